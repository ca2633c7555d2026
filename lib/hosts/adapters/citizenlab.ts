import { sandboxAdapter, userForms } from './sandbox';

// CitizenLab (003_129daf66f7fe1fe3.txt): admin and manager seats; past the limit the customer buys one per year.
const roles = { roles: { name: 'roles', type: 'list' as const } };

// Its bulk invite gives every address one role: one batch, so one dialog and one purchase for the sum.
const inviteForm = {
  form: 'form#user-invite',
  change: { kind: 'add-users' as const, list: { name: 'emails' }, fields: roles },
  confirm: 'confirmPurchase',
};

export const citizenlab = sandboxAdapter('citizenlab-demo', 'CitizenLab (sandbox)', {
  forms: [...userForms(roles, 'confirmPurchase'), inviteForm],
});

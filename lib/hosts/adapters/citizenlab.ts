import { sandboxAdapter, userForms } from './sandbox';

// CitizenLab (003_129daf66f7fe1fe3.txt): admin and manager seats; past the limit the customer buys one per year.
export const citizenlab = sandboxAdapter('citizenlab-demo', 'CitizenLab (sandbox)', {
  forms: userForms({ roles: { name: 'roles', type: 'list' } }, 'confirmPurchase'),
});

import { licenceForm, sandboxAdapter, userForms } from './sandbox';

// QicsMilestones (000_f86646bbf488b9ea.txt): a user with a login takes a seat, linked to an employee or not.
export const qics = sandboxAdapter('qics-demo', 'QicsMilestones (sandbox)', {
  forms: [
    ...userForms({ login: { name: 'login', type: 'flag' }, employee: { name: 'employee' } }),
    licenceForm,
  ],
});

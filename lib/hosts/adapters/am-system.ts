import { licenceForm, sandboxAdapter, userForms } from './sandbox';

// AM System (001_9c703775de6d48cc.txt): the profile decides which module pots a login draws from.
export const amSystem = sandboxAdapter('am-demo', 'AM System (sandbox)', {
  forms: [
    ...userForms({
      login: { name: 'login', type: 'flag' },
      profile: { name: 'profile' },
      validUntil: { name: 'validUntil' },
    }),
    licenceForm,
  ],
});

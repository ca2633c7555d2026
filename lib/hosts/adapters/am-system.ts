import { licenceForm, sandboxAdapter, userForms } from './sandbox';

// AM System (001_9c703775de6d48cc.txt): the profile decides which module pots a login draws from.
// Its user form has no login checkbox: every user has login details, so `login` is not read from the form.
export const amSystem = sandboxAdapter('am-demo', 'AM System (sandbox)', {
  forms: [
    ...userForms({
      profile: { name: 'profile' },
      validUntil: { name: 'validUntil' },
    }),
    licenceForm,
  ],
});

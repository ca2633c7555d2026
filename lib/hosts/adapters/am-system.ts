import { licenceForm, sandboxAdapter, userForms } from './sandbox';

// AM System (001_9c703775de6d48cc.txt): the profile decides which module pots a login draws from.
// Its user form has no login checkbox: every user has login details, so `login` is not read from the form.
// Its page says "du" and "licens"; licences are added under Administratör » Avtal » Uppgradera licens, then
// Checka ut, or through the form on that page, or by writing to sales@amsystem.com. Its menus stay Swedish.
export const amSystem = sandboxAdapter('am-demo', 'AM System (sandbox)', {
  forms: [
    ...userForms({
      profile: { name: 'profile' },
      validUntil: { name: 'validUntil' },
    }),
    licenceForm,
  ],
  words: {
    sv: {
      seat: { one: 'licens', other: 'licenser' },
      raise:
        'Lägg till licenser under Administratör » Avtal » Uppgradera licens och klicka sedan på Checka ut. Kan du inte ändra antalet där, skicka önskemålet via formuläret på sidan eller till sales@amsystem.com.',
    },
    en: {
      seat: { one: 'licence', other: 'licences' },
      raise:
        'Add licences under Administratör » Avtal » Uppgradera licens, then click Checka ut. If you cannot change the number there, send your request through the form on that page or to sales@amsystem.com.',
    },
    nl: {
      seat: { one: 'licentie', other: 'licenties' },
      register: 'informal',
      raise:
        'Voeg licenties toe via Administratör » Avtal » Uppgradera licens en klik daarna op Checka ut. Kun je het aantal daar niet wijzigen, stuur je verzoek dan via het formulier op die pagina of naar sales@amsystem.com.',
    },
    de: {
      seat: { one: 'Lizenz', other: 'Lizenzen' },
      register: 'informal',
      raise:
        'Füge Lizenzen unter Administratör » Avtal » Uppgradera licens hinzu und klicke danach auf Checka ut. Kannst du die Anzahl dort nicht ändern, schick deinen Wunsch über das Formular auf der Seite oder an sales@amsystem.com.',
    },
    fr: {
      seat: { one: 'licence', other: 'licences' },
      raise:
        'Ajoutez des licences sous Administratör » Avtal » Uppgradera licens, puis cliquez sur Checka ut. Si vous ne pouvez pas modifier le nombre à cet endroit, envoyez votre demande via le formulaire de la page ou à sales@amsystem.com.',
    },
  },
});

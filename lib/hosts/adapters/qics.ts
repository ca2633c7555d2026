import { licenceForm, sandboxAdapter, userForms } from './sandbox';

// QicsMilestones (000_f86646bbf488b9ea.txt): a user with a login takes a seat, linked to an employee or not.
// Its page says "u" and "gebruikers"; more users are asked for by e-mail, one at a time, on the next invoice.
export const qics = sandboxAdapter('qics-demo', 'QicsMilestones (sandbox)', {
  forms: [
    ...userForms({ login: { name: 'login', type: 'flag' }, employee: { name: 'employee' } }),
    licenceForm,
  ],
  words: {
    nl: {
      seat: { one: 'gebruiker', other: 'gebruikers' },
      register: 'formal',
      raise:
        'Stuur een e-mail naar info@qics.nl met het verzoek om het aantal gebruikers te verhogen; QicsMilestones past dan uw licentie aan. U kunt gebruikers per stuk bijbestellen; de verhoging wordt verwerkt op de eerstvolgende factuur.',
    },
    en: {
      seat: { one: 'user', other: 'users' },
      raise:
        'E-mail QicsMilestones at info@qics.nl to ask for more users. Users are added one at a time and billed from the next invoice, never retroactively.',
    },
    sv: {
      seat: { one: 'användarlicens', other: 'användarlicenser' },
      raise:
        'Mejla QicsMilestones på info@qics.nl och be om fler användare. Användare läggs till en i taget och faktureras från nästa faktura, aldrig retroaktivt.',
    },
    de: {
      seat: { one: 'Nutzerlizenz', other: 'Nutzerlizenzen' },
      register: 'formal',
      raise:
        'Bitten Sie QicsMilestones per E-Mail an info@qics.nl, die Zahl der Nutzer zu erhöhen. Nutzer werden einzeln nachbestellt und ab der nächsten Rechnung berechnet, nie rückwirkend.',
    },
    fr: {
      seat: { one: 'licence utilisateur', other: 'licences utilisateur' },
      raise:
        'Écrivez à info@qics.nl pour demander à QicsMilestones d’augmenter le nombre d’utilisateurs. Les utilisateurs s’ajoutent un par un et sont facturés à partir de la prochaine facture, jamais rétroactivement.',
    },
  },
});

import { sandboxAdapter, userForms } from './sandbox';

// CitizenLab (003_129daf66f7fe1fe3.txt): admin and manager seats; past the limit the customer buys one per year.
const roles = { roles: { name: 'roles', type: 'list' as const } };

// Its bulk invite gives every address one role: one batch, so one dialog and one purchase for the sum.
const inviteForm = {
  form: 'form#user-invite',
  change: { kind: 'add-users' as const, list: { name: 'emails' }, fields: roles },
  confirm: 'confirmPurchase',
};

// Its page says "je" and "jullie" and "extra seats kopen"; the order is confirmed by e-mail the same day and
// invoiced within 30 days (003, question 2).
export const citizenlab = sandboxAdapter('citizenlab-demo', 'CitizenLab (sandbox)', {
  forms: [...userForms(roles, 'confirmPurchase'), inviteForm],
  words: {
    nl: {
      seat: { one: 'seat', other: 'seats' },
      register: 'informal',
      raise:
        'Koop zelf extra seats onder Licentie & seats. Je ontvangt dezelfde dag een e-mail ter bevestiging van je bestelling; de factuur volgt binnen 30 dagen.',
    },
    en: {
      seat: { one: 'seat', other: 'seats' },
      raise:
        'Buy extra seats yourself under Licentie & seats. An e-mail confirms the order the same day; the invoice follows within 30 days.',
    },
    sv: {
      seat: { one: 'licens', other: 'licenser' },
      raise:
        'Köp fler licenser själv under Licentie & seats. Du får en bekräftelse via e-post samma dag, och fakturan kommer inom 30 dagar.',
    },
    de: {
      seat: { one: 'Lizenz', other: 'Lizenzen' },
      register: 'informal',
      raise:
        'Kauf zusätzliche Lizenzen selbst unter Licentie & seats. Du bekommst noch am selben Tag eine Bestätigung per E-Mail, die Rechnung folgt innerhalb von 30 Tagen.',
    },
    fr: {
      seat: { one: 'licence', other: 'licences' },
      raise:
        'Achetez vous-même des licences supplémentaires sous Licentie & seats. Un e-mail confirme la commande le jour même\u00a0; la facture suit sous 30 jours.',
    },
  },
});

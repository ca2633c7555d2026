/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Verdict } from '../../../lib/rules';
import { money } from '../format';
import { CheckboxField, SelectField } from '../views/fields';
import { numberParam, poolOf, reasonsOf } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// QicsMilestones (000_f86646bbf488b9ea.txt): users vs employees, 1 user included, a hard cap
// raised by e-mail to info@qics.nl, changes on the next invoice.

function employeeOptions({ view, userId }: Pick<FieldsProps, 'view' | 'userId'>) {
  const linked = new Set(view.snapshot.users.filter((u) => u.id !== userId).map((u) => u.employee));
  const free = view.snapshot.employees.filter((e) => !linked.has(e.id));
  return [
    { value: '', label: '(geen medewerker)' },
    ...free.map((e) => ({ value: e.id, label: view.names.employees.get(e.id) ?? e.id })),
  ];
}

function Fields(props: FieldsProps) {
  const { values, errors } = props;
  return (
    <>
      <CheckboxField name="login" label="Mag inloggen in QicsMilestones" checked={values.login} />
      <SelectField
        name="employee"
        label="Gekoppelde medewerker"
        value={values.employee}
        options={employeeOptions(props)}
        error={errors.employee}
      />
    </>
  );
}

function refusal(verdict: Verdict, view: TenantView): string {
  const [below] = reasonsOf(verdict, 'below-usage');
  if (below) {
    const used = numberParam(below, 'used');
    return `Het aantal gebruikers in uw abonnement kan niet lager worden dan het aantal gebruikers in QicsMilestones (${used}, inclusief de gebruiker uit het basisabonnement). Ontkoppel eerst gebruikers van hun medewerker en verwijder ze, of neem hun login weg; daarna kunt u uw licentie verlagen.`;
  }
  const [over] = reasonsOf(verdict, 'over-limit');
  const pool = poolOf(view.policy, over?.pool);
  const limit = numberParam(over, 'limit');
  const purchased = pool?.purchased ?? limit;
  return `Het maximum aantal gebruikers is bereikt: uw licentie staat ${limit} gebruikers toe (${purchased} in uw abonnement + 1 inbegrepen). Het is niet mogelijk om een nieuwe gebruiker aan te maken of een gebruiker toegang te geven zonder de licentie te verhogen; verhoog uw licentie via info@qics.nl.`;
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

export const qics: Site = {
  id: 'qics',
  lang: 'nl',
  money: (amount, currency) => money(amount, currency, 'nl'),
  brand: 'QicsMilestones',
  pages: [
    { id: 'users', label: 'Gebruikers' },
    { id: 'employees', label: 'Medewerkers' },
    { id: 'licence', label: 'Licentie' },
  ],
  // "Rechts bovenaan in het scherm ziet u het aantal gebruikers" (000_f86646bbf488b9ea.txt).
  count: (view) => `${view.report.pools.find((p) => p.kind === 'logins')?.used ?? 0} gebruikers`,
  columns: [
    { header: 'Inloggen', cell: (user) => yesNo(user.login) },
    {
      header: 'Medewerker',
      cell: (user, view) =>
        user.employee ? (view.names.employees.get(user.employee) ?? user.employee) : '—',
    },
  ],
  Fields,
  patchOf: (values) => ({ login: values.login, employee: values.employee || null }),
  refusal,
  text: {
    users: {
      title: 'Gebruikers',
      add: 'Nieuwe gebruiker',
      createTitle: 'Nieuwe gebruiker',
      editTitle: (name) => `Gebruiker ${name}`,
    },
    columns: { name: 'Naam', email: 'E-mailadres', actions: 'Acties' },
    fields: { name: 'Naam', email: 'E-mailadres' },
    actions: {
      create: 'Aanmaken',
      save: 'Opslaan',
      edit: 'Wijzigen',
      delete: 'Verwijderen',
      cancel: 'Annuleren',
    },
    flash: {
      created: (name) => `Gebruiker ${name} is aangemaakt.`,
      updated: (name) => `Gebruiker ${name} is opgeslagen.`,
      deleted: (name) => `Gebruiker ${name} is verwijderd.`,
      licence: (_pool, limit, date) =>
        `Uw licentie is aangepast naar ${limit} gebruikers. De wijziging wordt verwerkt op de eerstvolgende factuur (${date}), nooit met terugwerkende kracht.`,
    },
    invalid: {
      name: 'Vul een naam in.',
      email: 'Vul een geldig e-mailadres in.',
      date: 'Vul een geldige datum in.',
      seats: 'Vul een geheel aantal gebruikers in (0 of meer).',
      choice: 'Kies een van de mogelijkheden.',
    },
    licence: {
      title: 'Licentie',
      pool: 'Licentie',
      used: 'Gebruikers',
      limit: 'Toegestaan (incl. 1 inbegrepen)',
      unlimited: 'Onbeperkt',
      billed: 'Gefactureerd',
      cost: 'Per maand',
      change: 'Aantal gebruikers in uw abonnement wijzigen',
      poolField: 'Licentie',
      purchasedField: 'Gebruikers in abonnement (zonder de inbegrepen gebruiker)',
      submit: 'Licentie aanpassen',
      orders: 'Wijzigingen',
      orderedOn: 'Datum',
      seats: 'Gebruikers in abonnement',
      amount: 'Bedrag',
      effective: 'Op factuur vanaf',
    },
    pages: {
      forbidden: {
        title: 'Verzoek geweigerd',
        body: 'Deze pagina is verlopen of het formulier kwam niet van QicsMilestones. Ga terug, vernieuw de pagina en probeer het opnieuw.',
      },
      notFound: { title: 'Niet gevonden', body: 'Deze pagina of gebruiker bestaat niet (meer).' },
      invalid: { title: 'Ongeldig verzoek', body: 'Het formulier kon niet worden gelezen.' },
    },
    pager: {
      label: "Pagina's",
      previous: 'Vorige',
      next: 'Volgende',
      range: (from, to, total) => `${from}–${to} van ${total.toLocaleString('nl')}`,
    },
  },
  employees: {
    title: 'Medewerkers',
    intro:
      'Alleen medewerkers met een gekoppelde gebruiker tellen mee voor de licentie. Voor een medewerker zonder gebruiker kunt u onkosten boeken, maar geen uren.',
    name: 'Naam',
    user: 'Gekoppelde gebruiker',
    noUser: 'Geen gebruiker',
  },
};

/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Verdict } from '../../../lib/rules';
import { money } from '../format';
import { SelectField, TextField } from '../views/fields';
import { labelOf, numberParam, reasonsOf } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// AM System (001_9c703775de6d48cc.txt): a licence pot per module, taken by a login whose profile
// grants the module; more licences under Administratör » Avtal » Uppgradera licens, then Checka ut.

function Fields({ values, errors, view }: FieldsProps) {
  const options = view.snapshot.profiles.map((p) => ({
    value: p.id,
    label: view.names.profiles.get(p.id) ?? p.id,
  }));
  return (
    <>
      <SelectField
        name="profile"
        label="Profil"
        value={values.profile}
        options={options}
        error={errors.profile}
      />
      <TextField
        name="validUntil"
        label="Gäller t o m"
        type="date"
        value={values.validUntil}
        error={errors.validUntil}
      />
    </>
  );
}

const joined = (labels: string[]) =>
  labels.length > 1 ? `${labels.slice(0, -1).join(', ')} och ${labels.at(-1)}` : (labels[0] ?? '');

function refusal(verdict: Verdict, view: TenantView): string {
  const [below] = reasonsOf(verdict, 'below-usage');
  if (below) {
    const pot = labelOf(view.policy, below.pool);
    return `Antalet ${pot}licenser kan inte minskas till ${numberParam(below, 'purchased')} eftersom ${numberParam(below, 'used')} används. Om ni önskar minska antalet licenser måste ni först antingen ta bort användare eller ta bort deras login-uppgifter, för att därefter minska antalet licenser.`;
  }
  const pots = reasonsOf(verdict, 'over-limit').map(
    (r) => `${labelOf(view.policy, r.pool)} (alla ${numberParam(r, 'limit')} licenser används)`,
  );
  return `Det finns inte tillräckligt med licenser för ${joined(pots)}. Antalet användare kan inte överskrida antalet tillgängliga licenser. Lägg till licenser under Administratör » Avtal » Uppgradera licens och klicka på Checka ut, eller välj en profil utan den modulen.`;
}

export const am: Site = {
  id: 'am',
  lang: 'sv',
  money: (amount, currency) => money(amount, currency, 'sv'),
  brand: 'AM System',
  pages: [
    { id: 'users', label: 'Personal' },
    { id: 'licence', label: 'Administratör » Avtal' },
  ],
  count: (view) => `${view.snapshot.users.length} användare`,
  columns: [
    {
      header: 'Profil',
      cell: (user, view) => (user.profile ? (view.names.profiles.get(user.profile) ?? '') : '–'),
    },
    { header: 'Gäller t o m', cell: (user) => user.validUntil ?? '–' },
  ],
  Fields,
  patchOf: (values) => ({ profile: values.profile || null, validUntil: values.validUntil || null }),
  refusal,
  text: {
    users: {
      title: 'Personal',
      add: 'Ny användare',
      createTitle: 'Ny användare',
      editTitle: (name) => `Inloggningsuppgifter för ${name}`,
    },
    columns: { name: 'Namn', email: 'E-post', actions: 'Åtgärder' },
    fields: { name: 'Namn', email: 'E-post' },
    actions: { create: 'Skapa', save: 'Spara', edit: 'Redigera', delete: 'Ta bort', cancel: 'Avbryt' },
    flash: {
      created: (name) => `Användaren ${name} har skapats.`,
      updated: (name) => `Ändringarna för ${name} har sparats.`,
      deleted: (name) => `Användaren ${name} har tagits bort. Licenserna finns kvar i potten.`,
      licence: (pool, limit, date) =>
        `Antalet ${pool}licenser är nu ${limit}. Ändringen gäller från nästa faktura (${date}).`,
    },
    invalid: {
      name: 'Ange ett namn.',
      email: 'Ange en giltig e-postadress.',
      date: 'Ange ett giltigt datum (åååå-mm-dd).',
      seats: 'Ange ett heltal (0 eller fler).',
      choice: 'Välj ett av alternativen.',
    },
    licence: {
      title: 'Avtal',
      pool: 'Modul',
      used: 'Används',
      limit: 'Licenser',
      unlimited: 'Obegränsat',
      billed: 'Fakturerade',
      cost: 'Kostnad',
      change: 'Uppgradera licens',
      poolField: 'Modul',
      purchasedField: 'Antal licenser',
      submit: 'Checka ut',
      orders: 'Licensändringar',
      orderedOn: 'Datum',
      seats: 'Licenser',
      amount: 'Belopp',
      effective: 'Gäller från',
    },
    pages: {
      forbidden: {
        title: 'Åtgärden nekades',
        body: 'Sidan har gått ut eller formuläret kom inte från AM System. Gå tillbaka, ladda om sidan och försök igen.',
      },
      notFound: { title: 'Sidan hittades inte', body: 'Sidan eller användaren finns inte.' },
      invalid: { title: 'Ogiltig begäran', body: 'Formuläret kunde inte läsas.' },
    },
    pager: {
      label: 'Sidor',
      previous: 'Föregående',
      next: 'Nästa',
      range: (from, to, total) => `${from}–${to} av ${total.toLocaleString('sv')}`,
    },
  },
};

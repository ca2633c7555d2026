/** @jsxImportSource hono/jsx */
import type { Pool, Verdict } from '../../../lib/rules';
import { day, money } from '../format';
import { CheckboxField, SelectField } from '../views/fields';
import { labelOf, poolOf } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// CitizenLab (003_129daf66f7fe1fe3.txt): included admin and folder/project manager seats; extra seats
// bought by the customer, per year from the order date, prorated when the contract ends sooner.

const ROLES = [
  { value: '', label: 'Gewone gebruiker' },
  { value: 'admin', label: 'Admin' },
  { value: 'manager', label: 'Map-/projectbeheerder' },
];

const seatName = (pool: Pool | undefined) =>
  pool?.counts.kind === 'role' && pool.counts.role === 'admin' ? 'admin-seat' : 'map-/projectbeheerder-seat';

// CitizenLab writes "€950" and "€600" (003_129daf66f7fe1fe3.txt): symbol first, no space, no ",00".
const euros = new Intl.NumberFormat('nl', { maximumFractionDigits: 2 });
const cents = new Intl.NumberFormat('nl', { minimumFractionDigits: 2 });
const written = (amount: number, currency: string) =>
  currency === 'EUR'
    ? `€${(amount % 100 === 0 ? euros : cents).format(amount / 100)}`
    : money(amount, currency, 'nl');
const eur = (view: TenantView, amount: number) => written(amount, view.policy.currency);

/** The consent checkbox: for the pool a refused form needs a seat in, or for any pool up front. */
function offerLabel(view: TenantView, offerPool: string | undefined): string {
  const pool = poolOf(view.policy, offerPool);
  if (pool?.price) return `Ik bestel een extra ${seatName(pool)} à ${eur(view, pool.price.amount)} per jaar`;
  const prices = view.policy.pools
    .filter((p) => p.enforce === 'purchase' && p.price)
    .map((p) => `${seatName(p)} à ${eur(view, p.price?.amount ?? 0)}`);
  return `Ik bestel een extra seat als de limiet bereikt is (${prices.join(', ')} per jaar)`;
}

function Fields({ values, errors, view, offerPool }: FieldsProps) {
  return (
    <>
      <SelectField name="roles" label="Rol" value={values.roles} options={ROLES} error={errors.roles} />
      <CheckboxField
        name="confirmPurchase"
        label={offerLabel(view, offerPool)}
        checked={values.confirmPurchase}
      />
    </>
  );
}

function refusal(verdict: Verdict, view: TenantView): string {
  const need = verdict.reasons.find((r) => r.code === 'needs-purchase');
  const cost = verdict.costs.find((c) => c.pool === need?.pool);
  const pool = poolOf(view.policy, need?.pool);
  if (!cost || !pool?.price) {
    const reason = verdict.reasons.find((r) => r.code === 'over-limit' || r.code === 'below-usage');
    return `Dit kan niet binnen jullie licentie (${labelOf(view.policy, reason?.pool)}). Neem contact op met jullie Government Success manager.`;
  }
  const change = verdict.pools.find((p) => p.id === pool.id);
  const prorated = cost.prorated
    ? ` Omdat jullie contract op ${day(cost.to ?? cost.from, 'nl')} afloopt, wordt dat naar rato ${eur(view, cost.amount)}.`
    : '';
  return `Jullie hebben de limiet voor ${labelOf(view.policy, pool.id).toLowerCase()} bereikt (${change?.before ?? 0} van ${change?.limit ?? 0} in gebruik). Hiervoor moet je een extra ${seatName(pool)} kopen: ${eur(view, pool.price.amount)} per jaar, vanaf de datum van bestelling.${prorated} Vink „${offerLabel(view, pool.id)}” aan om de seat te bestellen.`;
}

function count(view: TenantView): string {
  return view.report.pools
    .map((p) => `${p.label}: ${p.used} van ${p.limit ?? '∞'} gebruikt, ${Math.max(0, p.headroom ?? 0)} over`)
    .join(' · ');
}

export const citizenlab: Site = {
  id: 'citizenlab',
  lang: 'nl',
  brand: 'CitizenLab',
  money: written,
  pages: [
    { id: 'users', label: 'Gebruikers' },
    { id: 'licence', label: 'Licentie & seats' },
  ],
  // "In die sectie zie je hoeveel accounts je momenteel gebruikt en hoeveel je er nog over hebt" (003).
  count,
  columns: [
    {
      header: 'Rol',
      cell: (user) => ROLES.find((r) => r.value === (user.roles[0] ?? ''))?.label ?? user.roles.join(', '),
    },
  ],
  Fields,
  patchOf: (values) => ({ roles: values.roles ? [values.roles] : [] }),
  refusal,
  text: {
    users: {
      title: 'Gebruikers',
      add: 'Gebruiker toevoegen',
      createTitle: 'Gebruiker toevoegen',
      editTitle: (name) => `Gebruiker ${name}`,
    },
    columns: { name: 'Naam', email: 'E-mailadres', actions: 'Acties' },
    fields: { name: 'Naam', email: 'E-mailadres' },
    actions: {
      create: 'Toevoegen',
      save: 'Opslaan',
      edit: 'Bewerken',
      delete: 'Verwijderen',
      cancel: 'Annuleren',
    },
    flash: {
      created: (name) => `${name} is toegevoegd.`,
      updated: (name) => `De wijzigingen voor ${name} zijn opgeslagen.`,
      deleted: (name) => `${name} is verwijderd.`,
      licence: (pool, limit, date) => `${pool}: nu ${limit} seats, vanaf ${date}.`,
    },
    invalid: {
      name: 'Vul een naam in.',
      email: 'Vul een geldig e-mailadres in.',
      date: 'Vul een geldige datum in.',
      seats: 'Vul een geheel aantal in (0 of meer).',
      choice: 'Kies een van de mogelijkheden.',
    },
    licence: {
      title: 'Licentie & seats',
      pool: 'Seats',
      used: 'In gebruik',
      limit: 'Beschikbaar',
      unlimited: 'Onbeperkt',
      billed: 'Extra gekocht',
      cost: 'Per jaar',
      change: 'Seats wijzigen',
      poolField: 'Soort seat',
      purchasedField: 'Aantal',
      submit: 'Wijzigen',
      orders: 'Bestellingen',
      orderedOn: 'Besteld op',
      seats: 'Extra seats daarna',
      amount: 'Bedrag',
      effective: 'Geldig',
    },
    pages: {
      forbidden: {
        title: 'Verzoek geweigerd',
        body: 'Deze pagina is verlopen of het formulier kwam niet van het platform. Ga terug, vernieuw de pagina en probeer het opnieuw.',
      },
      notFound: { title: 'Niet gevonden', body: 'Deze pagina of gebruiker bestaat niet.' },
      invalid: { title: 'Ongeldig verzoek', body: 'Het formulier kon niet worden gelezen.' },
    },
  },
  purchase: {
    seatName,
    title: 'Extra seats kopen',
    intro:
      'Extra accounts worden per account in rekening gebracht, op jaarbasis vanaf de datum van de bestelling. Loopt jullie contract eerder af, dan vervalt de seat aan het einde van het contract en worden de kosten naar rato aangepast.',
    submit: 'Seat kopen',
    flash: (seat, amount, from, to) =>
      `Bestelling geplaatst: 1 extra ${seat} op ${from} voor ${amount}${to ? `, geldig tot en met ${to}` : ''}. Je ontvangt vandaag een e-mail ter bevestiging; de factuur volgt binnen 30 dagen.`,
  },
};

/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Pool, Verdict } from '../../../lib/rules';
import { day, money } from '../format';
import { CheckboxField, SelectField } from '../views/fields';
import { labelOf, numberParam, poolOf, rolesOf } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// CitizenLab (003_129daf66f7fe1fe3.txt): included admin and folder/project manager seats; extra seats
// bought by the customer, per year from the order date, prorated when the contract ends sooner.

// The roles that take a seat, as the vendor names them: admin, and map-/projectbeheerder (003).
const SEAT_ROLES = [
  { value: 'admin', label: 'Admin' },
  { value: 'project-moderator', label: 'Projectbeheerder' },
  { value: 'folder-moderator', label: 'Mapbeheerder' },
];
const ROLES = [{ value: '', label: 'Gewone gebruiker' }, ...SEAT_ROLES];

const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;

const seatName = (pool: Pool | undefined) =>
  pool && rolesOf(pool).includes('admin') ? 'admin-seat' : 'map-/projectbeheerder-seat';
const seatsName = (pool: Pool | undefined, seats: number) =>
  seats === 1 ? `een extra ${seatName(pool)}` : `${seats} extra ${seatName(pool)}s`;

// CitizenLab writes "€950" and "€600" (003_129daf66f7fe1fe3.txt): symbol first, no space, no ",00".
const euros = new Intl.NumberFormat('nl', { maximumFractionDigits: 2 });
const cents = new Intl.NumberFormat('nl', { minimumFractionDigits: 2 });
const written = (amount: number, currency: string) =>
  currency === 'EUR'
    ? `€${(amount % 100 === 0 ? euros : cents).format(amount / 100)}`
    : money(amount, currency, 'nl');
const eur = (view: TenantView, amount: number) => written(amount, view.policy.currency);

/** The consent checkbox: for the seats a refused form needs in a pool, or for any pool up front. */
function offerLabel(view: TenantView, offerPool: string | undefined, seats = 1): string {
  const pool = poolOf(view.policy, offerPool);
  if (pool?.price) return `Ik bestel ${seatsName(pool, seats)} à ${eur(view, pool.price.amount)} per jaar`;
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
  const seats = numberParam(need, 'seats');
  const one = seats === 1;
  const price = `${eur(view, pool.price.amount)} per ${one ? '' : 'seat per '}jaar`;
  const prorated = cost.prorated
    ? ` Omdat jullie contract op ${day(cost.to ?? cost.from, 'nl')} afloopt, wordt dat ${one ? '' : 'samen '}naar rato ${eur(view, cost.amount)}.`
    : '';
  return `Jullie hebben de limiet voor ${labelOf(view.policy, pool.id).toLowerCase()} bereikt (${change?.before ?? 0} van ${change?.limit ?? 0} in gebruik). Hiervoor moet je ${seatsName(pool, seats)} kopen: ${price}, vanaf de datum van bestelling.${prorated} Vink „${offerLabel(view, pool.id, seats)}” aan om ${one ? 'de seat' : 'de seats'} te bestellen.`;
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
      cell: (user) => {
        const roles = user.roles.length > 0 ? user.roles.map(roleLabel).join(', ') : roleLabel('');
        if (user.billable) return roles;
        // Go Vocal's own staff hold admin rights in the tenant without being billed (rules-api.md v1.1 2).
        return (
          <>
            {roles} <span class="not-billed">Go Vocal-medewerker, niet gefactureerd</span>
          </>
        );
      },
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
    pager: {
      label: "Pagina's",
      previous: 'Vorige',
      next: 'Volgende',
      range: (from, to, total) => `${from}–${to} van ${total.toLocaleString('nl')}`,
    },
  },
  purchase: {
    seatName,
    title: 'Extra seats kopen',
    intro:
      'Extra accounts worden per account in rekening gebracht, op jaarbasis vanaf de datum van de bestelling. Loopt jullie contract eerder af, dan vervalt de seat aan het einde van het contract en worden de kosten naar rato aangepast.',
    submit: 'Seat kopen',
    flash: (seats, seat, amount, from, to) =>
      `Bestelling geplaatst: ${seats} extra ${seats === 1 ? seat : `${seat}s`} op ${from} voor ${amount}${to ? `, geldig tot en met ${to}` : ''}. Je ontvangt vandaag een e-mail ter bevestiging; de factuur volgt binnen 30 dagen.`,
  },
  invite: {
    link: 'Meerdere mensen uitnodigen',
    title: 'Mensen uitnodigen als admin of beheerder',
    intro:
      'Vul de e-mailadressen in van de collega’s die je wilt uitnodigen, één per regel (komma’s of puntkomma’s mogen ook), en kies hun rol. Ze krijgen allemaal dezelfde rol.',
    emails: 'E-mailadressen',
    role: 'Rol',
    roles: SEAT_ROLES,
    submit: 'Uitnodigingen versturen',
    offer: offerLabel,
    invalid: {
      none: 'Vul minstens één e-mailadres in.',
      emails: (bad) =>
        `Deze e-mailadressen zijn ongeldig: ${bad.join(', ')}. Verbeter ze of haal ze uit de lijst.`,
      taken: (taken) =>
        `Voor deze e-mailadressen bestaat al een account: ${taken.join(', ')}. Pas hun rol aan bij Gebruikers, of haal ze uit de lijst.`,
    },
    flash: (count, role) =>
      count === 1 ? `1 uitnodiging verstuurd (${role}).` : `${count} uitnodigingen verstuurd (${role}).`,
  },
};

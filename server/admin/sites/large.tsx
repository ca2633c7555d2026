/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Verdict } from '../../../lib/rules';
import { money } from '../format';
import { CheckboxField, SelectField, TextField } from '../views/fields';
import { labelOf, numberParam, reasonsOf, rolesOf } from './pools';
import type { FieldsProps, Site, TenantView } from './types';

// The sandbox's tenants at size (SEATGUARD_LARGE, issue 2/4): one generic English admin site with every
// kind of pool. Lists page by 50 as real hosts do, and no form holds a control per employee or team.

/** A user joins up to this many teams from the form: one text field each, sharing the name `teams`. */
const TEAM_FIELDS = 3;

function roleOptions(view: TenantView) {
  const roles = [...new Set(view.policy.pools.flatMap(rolesOf))];
  return [{ value: '', label: 'No role' }, ...roles.map((r) => ({ value: r, label: r }))];
}

function Fields({ values, errors, view }: FieldsProps) {
  const profiles = view.snapshot.profiles.map((p) => ({
    value: p.id,
    label: view.names.profiles.get(p.id) ?? p.id,
  }));
  const teams = Array.from({ length: TEAM_FIELDS }, (_, i) => values.teams[i] ?? '');
  return (
    <>
      <CheckboxField name="login" label="Can sign in" checked={values.login} />
      <TextField name="employee" label="Employee id" value={values.employee} error={errors.employee} />
      <SelectField
        name="profile"
        label="Profile"
        value={values.profile}
        options={profiles}
        error={errors.profile}
      />
      <TextField
        name="validUntil"
        label="Access until"
        type="date"
        value={values.validUntil}
        error={errors.validUntil}
      />
      <fieldset class={errors.teams ? 'field group invalid' : 'field group'}>
        <legend>Team ids</legend>
        {teams.map((team, i) => (
          <input id={`field-teams-${i}`} name="teams" type="text" value={team} aria-label={`Team ${i + 1}`} />
        ))}
        {errors.teams ? <p class="field-error">{errors.teams}</p> : null}
      </fieldset>
      <SelectField
        name="roles"
        label="Role"
        value={values.roles}
        options={roleOptions(view)}
        error={errors.roles}
      />
    </>
  );
}

function refusal(verdict: Verdict, view: TenantView): string {
  const [below] = reasonsOf(verdict, 'below-usage');
  if (below) {
    return `${labelOf(view.policy, below.pool)} cannot go below the ${numberParam(below, 'used')} seats in use. Remove users first, then lower the licence.`;
  }
  const over = [...reasonsOf(verdict, 'over-limit'), ...reasonsOf(verdict, 'needs-purchase')].map(
    (r) => `${labelOf(view.policy, r.pool)} (${numberParam(r, 'limit') || numberParam(r, 'used')})`,
  );
  return `Your licence is full: ${over.join(', ')}. Buy more seats on the Licence page first.`;
}

function count(view: TenantView): string {
  const logins = view.report.pools.find((p) => p.kind === 'logins');
  const users = `${view.snapshot.users.length.toLocaleString('en')} users`;
  return logins ? `${users}, ${logins.used.toLocaleString('en')} with sign-in` : users;
}

const profileOf = (id: string | undefined, view: TenantView) =>
  id ? (view.names.profiles.get(id) ?? id) : '–';

export const large: Site = {
  id: 'large',
  lang: 'en',
  money: (amount, currency) => money(amount, currency, 'en'),
  brand: 'Northwind People',
  pages: [
    { id: 'users', label: 'Users' },
    { id: 'teams', label: 'Teams' },
    { id: 'licence', label: 'Licence' },
  ],
  count,
  columns: [
    { header: 'Sign-in', cell: (user) => (user.login ? 'Yes' : 'No') },
    { header: 'Profile', cell: (user, view) => profileOf(user.profile, view) },
    { header: 'Teams', cell: (user) => user.teams.join(', ') || '–' },
    { header: 'Role', cell: (user) => user.roles.join(', ') || '–' },
  ],
  Fields,
  patchOf: (values) => ({
    login: values.login,
    employee: values.employee.trim() || null,
    profile: values.profile || null,
    validUntil: values.validUntil || null,
    teams: values.teams.map((t) => t.trim()).filter(Boolean),
    roles: values.roles ? [values.roles] : [],
  }),
  refusal,
  text: {
    users: {
      title: 'Users',
      add: 'New user',
      createTitle: 'New user',
      editTitle: (name) => `User ${name}`,
    },
    columns: { name: 'Name', email: 'E-mail', actions: 'Actions' },
    fields: { name: 'Name', email: 'E-mail' },
    actions: { create: 'Create', save: 'Save', edit: 'Edit', delete: 'Delete', cancel: 'Cancel' },
    flash: {
      created: (name) => `User ${name} was created.`,
      updated: (name) => `User ${name} was saved.`,
      deleted: (name) => `User ${name} was deleted.`,
      licence: (pool, limit, date) => `${pool}: ${limit} seats from the next invoice (${date}).`,
    },
    invalid: {
      name: 'Enter a name.',
      email: 'Enter a valid e-mail address.',
      date: 'Enter a valid date.',
      seats: 'Enter a whole number (0 or more).',
      choice: 'Choose one of the options, or an id that exists.',
    },
    licence: {
      title: 'Licence',
      pool: 'Pool',
      used: 'In use',
      limit: 'Seats',
      unlimited: 'No limit (billed by use)',
      billed: 'Billed',
      cost: 'Cost',
      change: 'Change the seats you buy',
      poolField: 'Pool',
      purchasedField: 'Seats bought (without the included ones)',
      submit: 'Change licence',
      orders: 'Changes',
      orderedOn: 'Date',
      seats: 'Seats bought',
      amount: 'Amount',
      effective: 'Effective',
    },
    pages: {
      forbidden: {
        title: 'Request refused',
        body: 'This page has expired or the form did not come from Northwind People. Go back, reload the page and try again.',
      },
      notFound: { title: 'Not found', body: 'This page or user does not exist.' },
      invalid: { title: 'Invalid request', body: 'The form could not be read.' },
    },
    pager: {
      label: 'Pages',
      previous: 'Previous',
      next: 'Next',
      range: (from, to, total) => `${from}–${to} of ${total.toLocaleString('en')}`,
    },
  },
  teams: {
    title: 'Teams',
    count: (active) => `${active.toLocaleString('en')} active teams`,
    name: 'Team name',
    members: 'Members',
    status: 'Status',
    active: 'Active',
    archived: 'Archived',
    none: 'No members',
    create: 'Create team',
    archive: 'Archive',
    restore: 'Restore',
    flash: {
      created: (name) => `Team ${name} was created.`,
      archived: (name) => `Team ${name} was archived; it is no longer billed.`,
      restored: (name) => `Team ${name} is active again.`,
    },
  },
  purchase: {
    seatName: (pool) => `${pool.label ?? pool.id} seat`,
    title: 'Buy extra seats',
    intro:
      'Extra seats of a pool billed per year run a year from the order date, prorated to the contract end.',
    submit: 'Buy a seat',
    flash: (seats, seat, amount, from, to) =>
      `Ordered ${seats} ${seat}${seats === 1 ? '' : 's'} from ${from} for ${amount}${to ? `, until ${to}` : ''}.`,
  },
};

import * as z from 'zod/mini';

// Shapes of rules-api.md: a public contract, extend but never break.

export const Day = z.iso.date();
const Id = z.string().check(z.minLength(1));
const Count = z.int().check(z.nonnegative());
const Per = z.enum(['month', 'year']);

export const Price = z.object({ amount: Count, per: Per });

export const Counts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('logins') }),
  z.object({ kind: z.literal('active-employees') }),
  z.object({ kind: z.literal('module'), module: Id }),
  z.object({ kind: z.literal('teams') }),
  z.object({ kind: z.literal('active-members') }),
  z.object({ kind: z.literal('role'), role: Id }),
]);

export const Enforce = z.enum(['block', 'purchase', 'warn', 'none']);
export const Billing = z.enum(['purchased', 'usage']);

export const Pool = z.object({
  id: Id,
  label: z.optional(z.string()),
  counts: Counts,
  included: z._default(Count, 0),
  purchased: z._default(Count, 0),
  enforce: Enforce,
  billing: Billing,
  price: z.optional(Price),
});

export const Contract = z.object({
  start: Day,
  end: z.optional(Day),
  cycle: Per,
});

export const Policy = z.object({
  tenant: Id,
  name: z.string(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like "EUR"')),
  contract: Contract,
  warnAt: z._default(z.number().check(z.gt(0), z.lte(1)), 0.8),
  pools: z.array(Pool),
});

const userFields = {
  login: z.boolean(),
  employee: Id,
  profile: Id,
  roles: z.array(Id),
  teams: z.array(Id),
  validUntil: Day,
};

export const User = z.object({
  id: Id,
  login: z._default(userFields.login, true),
  employee: z.optional(userFields.employee),
  profile: z.optional(userFields.profile),
  roles: z._default(userFields.roles, []),
  teams: z._default(userFields.teams, []),
  validUntil: z.optional(userFields.validUntil),
});

export const Employee = z.object({ id: Id, active: z._default(z.boolean(), true) });
export const Profile = z.object({ id: Id, modules: z._default(z.array(Id), []) });
export const Team = z.object({ id: Id, archived: z._default(z.boolean(), false) });

export const Snapshot = z.object({
  asOf: z.optional(z.string()),
  users: z._default(z.array(User), []),
  employees: z._default(z.array(Employee), []),
  profiles: z._default(z.array(Profile), []),
  teams: z._default(z.array(Team), []),
  counts: z.optional(z.record(z.string(), Count)),
});

// update-user: any user field but id; null clears an optional link.
export const UserPatch = z.object({
  login: z.optional(userFields.login),
  employee: z.optional(z.nullable(userFields.employee)),
  profile: z.optional(z.nullable(userFields.profile)),
  roles: z.optional(userFields.roles),
  teams: z.optional(userFields.teams),
  validUntil: z.optional(z.nullable(userFields.validUntil)),
});

export const Change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add-user'), user: User }),
  z.object({ kind: z.literal('remove-user'), id: Id }),
  z.object({ kind: z.literal('update-user'), id: Id, set: UserPatch }),
  z.object({ kind: z.literal('add-employee'), employee: Employee }),
  z.object({ kind: z.literal('add-team'), team: Team }),
  z.object({ kind: z.literal('archive-team'), id: Id }),
  z.object({ kind: z.literal('restore-team'), id: Id }),
  z.object({ kind: z.literal('set-purchased'), pool: Id, purchased: Count }),
]);

export const Opts = z.object({ now: z.string() });

export type Policy = z.output<typeof Policy>;
export type PolicyInput = z.input<typeof Policy>;
export type Pool = z.output<typeof Pool>;
export type Counts = z.output<typeof Counts>;
export type CountKind = Counts['kind'];
export type Enforce = z.output<typeof Enforce>;
export type Price = z.output<typeof Price>;
export type Snapshot = z.output<typeof Snapshot>;
export type SnapshotInput = z.input<typeof Snapshot>;
export type User = z.output<typeof User>;
export type UserPatch = z.output<typeof UserPatch>;
export type Employee = z.output<typeof Employee>;
export type Profile = z.output<typeof Profile>;
export type Team = z.output<typeof Team>;
export type Change = z.output<typeof Change>;
export type ChangeInput = z.input<typeof Change>;
export type Per = z.output<typeof Per>;

import * as z from 'zod/mini';

// Shapes of rules-api.md: a public contract, extend but never break.

/** A calendar day, YYYY-MM-DD (zod's pattern knows month lengths and leap years). */
export const Day = z.iso.date();
const Id = z.string().check(z.minLength(1));
/** Seats, counts and money stay far below 2^53, so sums and products of them are exact integers. */
export const MAX_COUNT = 1_000_000_000_000;
const Count = z.int().check(z.nonnegative(), z.lte(MAX_COUNT));
const Per = z.enum(['month', 'year']);
const TIME = /^T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** `YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]`: a real calendar day, a clock time, an optional zone (read as UTC). */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && z.regexes.date.test(value.slice(0, 10)) && TIME.test(value.slice(10));
}

/** An instant as vendors send it: RFC 3339 with Z or an offset, or without one (read as UTC). */
export const Timestamp = z
  .string()
  .check(z.refine(isTimestamp, 'expected an ISO timestamp like "2026-11-22T09:00:00Z"'));

// v1.1: every optional field also takes JSON null, read as absent (rules-api.md, v1.1 additions 1).

// null becomes undefined (or the default) before the field's own schema sees it; zod types a pipe that
// starts with a transform as unknown, hence the one cast per helper.

/** The schema, with null read as undefined. */
function nullAs<O, I>(schema: z.ZodMiniType<O, I>, fallback?: I) {
  const read = z.transform((value: unknown): unknown => value ?? fallback);
  type NullAs = z.ZodMiniType<O, I | null | undefined>;
  return z.pipe(read, schema as z.ZodMiniType<O, unknown>) as unknown as NullAs;
}

/** Optional: null or missing → absent. */
const opt = <O, I>(schema: z.ZodMiniType<O, I>) => z.optional(nullAs(z.optional(schema)));

/** Optional with a default: null or missing → the default. */
const def = <O, I>(schema: z.ZodMiniType<O, I>, fallback: I) =>
  z._default(nullAs(schema, fallback), fallback as never);

export const Price = z.object({ amount: Count, per: Per });

const RoleCounts = z
  .object({ kind: z.literal('role'), role: opt(Id), roles: opt(z.array(Id).check(z.minLength(1))) })
  .check(
    // v1.1 4: a role pool names one role or a list of roles, never both and never neither.
    z.refine((counts) => (counts.role === undefined) !== (counts.roles === undefined), {
      message: 'a role pool names exactly one of "role" and "roles"',
    }),
  );

export const Counts = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('logins') }),
  z.object({ kind: z.literal('active-employees') }),
  z.object({ kind: z.literal('module'), module: Id }),
  z.object({ kind: z.literal('teams') }),
  z.object({ kind: z.literal('active-members') }),
  RoleCounts,
]);

export const Enforce = z.enum(['block', 'purchase', 'warn', 'none']);
export const Billing = z.enum(['purchased', 'usage']);

export const Pool = z.object({
  id: Id,
  label: opt(z.string()),
  counts: Counts,
  included: def(Count, 0),
  purchased: def(Count, 0),
  enforce: Enforce,
  billing: Billing,
  price: opt(Price),
});

export const Contract = z.object({
  start: Day,
  end: opt(Day),
  cycle: Per,
});

export const Policy = z.object({
  tenant: Id,
  name: z.string(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like "EUR"')),
  contract: Contract,
  warnAt: def(z.number().check(z.gt(0), z.lte(1)), 0.8),
  pools: z.array(Pool),
});

const userFields = {
  login: z.boolean(),
  employee: Id,
  profile: Id,
  roles: z.array(Id),
  teams: z.array(Id),
  validUntil: Day,
  billable: z.boolean(),
  name: z.string(),
  email: z.string(),
  lastActiveAt: Timestamp,
};

export const User = z.object({
  id: Id,
  login: def(userFields.login, true),
  employee: opt(userFields.employee),
  profile: opt(userFields.profile),
  roles: def(userFields.roles, []),
  teams: def(userFields.teams, []),
  validUntil: opt(userFields.validUntil),
  /** v1.1 2: false for a vendor's own staff in the tenant: no seat in any pool (003). */
  billable: def(userFields.billable, true),
  // v1.1 3: display fields, never counted.
  name: opt(userFields.name),
  email: opt(userFields.email),
  lastActiveAt: opt(userFields.lastActiveAt),
});

export const Employee = z.object({ id: Id, active: def(z.boolean(), true) });
export const Profile = z.object({ id: Id, modules: def(z.array(Id), []) });
export const Team = z.object({ id: Id, archived: def(z.boolean(), false), name: opt(z.string()) });

export const Snapshot = z.object({
  asOf: opt(z.string()),
  users: def(z.array(User), []),
  employees: def(z.array(Employee), []),
  profiles: def(z.array(Profile), []),
  teams: def(z.array(Team), []),
  counts: opt(z.record(z.string(), Count)),
});

/** Clears a link or display field with null; null elsewhere leaves the field as it is. */
const clearable = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));

// update-user: any user field but id.
export const UserPatch = z.object({
  login: opt(userFields.login),
  employee: clearable(userFields.employee),
  profile: clearable(userFields.profile),
  roles: opt(userFields.roles),
  teams: opt(userFields.teams),
  validUntil: clearable(userFields.validUntil),
  billable: opt(userFields.billable),
  name: clearable(userFields.name),
  email: clearable(userFields.email),
  lastActiveAt: clearable(userFields.lastActiveAt),
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

/** v1.1 5: a batch, applied in order and judged as one. */
export const ChangeList = z.array(Change);

export const Opts = z.object({ now: z.union([Timestamp, Day]) });

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
/** One change, or a batch. */
export type ChangesInput = ChangeInput | z.input<typeof ChangeList>;
export type Per = z.output<typeof Per>;

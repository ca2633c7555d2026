import * as z from 'zod/mini';
import { parseInput } from './errors';
import { Employee, isTimestamp, MAX_COUNT, Profile, Snapshot, Team, User } from './schemas';

// A snapshot may hold a million users: this checks the common, valid shape in one tight loop and hands
// anything unusual to the zod schemas, which stay the authority and give the exact RulesInputError.
// When an item fails, zod parses that item alone: a million bad items never become a million issues.

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every(isId);
/** null and undefined are both "absent" (rules-api.md v1.1 1). */
const absent = (v: unknown): v is null | undefined => v === undefined || v === null;
const isOpt = (v: unknown, test: (v: unknown) => boolean) => absent(v) || test(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isText = (v: unknown): v is string => typeof v === 'string';
const DATE = z.regexes.date;
const isDate = (v: unknown) => typeof v === 'string' && DATE.test(v);

/** The optional fields of a user, each copied only when present. */
const OPTIONAL_USER_FIELDS = [
  ['employee', isId],
  ['profile', isId],
  ['validUntil', isDate],
  ['name', isText],
  ['email', isText],
  ['lastActiveAt', isTimestamp],
] as const;

/** Accepts only what the schema accepts, and builds the same output; null means "ask zod". */
function user(v: unknown): User | null {
  if (!isRec(v) || !isId(v.id) || !isOpt(v.login, isBool) || !isOpt(v.billable, isBool)) return null;
  if (!isOpt(v.roles, isIds) || !isOpt(v.teams, isIds)) return null;
  for (const [key, test] of OPTIONAL_USER_FIELDS) if (!isOpt(v[key], test)) return null;
  const out: User = {
    id: v.id,
    login: (v.login as boolean | null) ?? true,
    roles: absent(v.roles) ? [] : [...(v.roles as string[])],
    teams: absent(v.teams) ? [] : [...(v.teams as string[])],
    billable: (v.billable as boolean | null) ?? true,
  };
  for (const [key] of OPTIONAL_USER_FIELDS) if (!absent(v[key])) out[key] = v[key] as string;
  return out;
}

function employee(v: unknown): Employee | null {
  return isRec(v) && isId(v.id) && isOpt(v.active, isBool)
    ? { id: v.id, active: (v.active as boolean | null) ?? true }
    : null;
}

function team(v: unknown): Team | null {
  if (!isRec(v) || !isId(v.id) || !isOpt(v.archived, isBool) || !isOpt(v.name, isText)) return null;
  const out: Team = { id: v.id, archived: (v.archived as boolean | null) ?? false };
  if (!absent(v.name)) out.name = v.name as string;
  return out;
}

function profile(v: unknown): Profile | null {
  if (!isRec(v) || !isId(v.id) || !isOpt(v.modules, isIds)) return null;
  return { id: v.id, modules: absent(v.modules) ? [] : [...(v.modules as string[])] };
}

const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= MAX_COUNT;

/** A vendor's counts, keys such as `constructor` or `__proto__` included, as own properties of a bare object. */
function counts(value: unknown): Record<string, number> | undefined | null {
  if (absent(value)) return undefined;
  if (!isRec(value)) return null;
  const out: Record<string, number> = Object.create(null);
  for (const key of Object.keys(value)) {
    const n = value[key];
    if (!isCount(n)) return null;
    out[key] = n as number;
  }
  return out;
}

const LISTS = [
  ['users', user],
  ['employees', employee],
  ['profiles', profile],
  ['teams', team],
] as const;

/** Each list's item schema, for the exact error of an item the fast check refuses. */
const ITEM = { users: User, employees: Employee, profiles: Profile, teams: Team };

type ListName = (typeof LISTS)[number][0];

/** Parses one list; on the first item the fast check refuses, zod parses that item alone. */
function list<T>(v: Rec, name: ListName, item: (v: unknown) => T | null): T[] | null {
  const value = v[name];
  if (absent(value)) return [];
  if (!Array.isArray(value)) return null;
  const out: T[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (parsed === null) {
      // Throws the item's exact error; if zod accepts what the fast check did not, the whole list goes to zod.
      parseInput(ITEM[name], value[i], `snapshot.${name}[${i}]`);
      return null;
    }
    out[i] = parsed;
  }
  return out;
}

function fast(v: unknown): Snapshot | null {
  if (!isRec(v) || !isOpt(v.asOf, isText)) return null;
  const out = { asOf: absent(v.asOf) ? undefined : v.asOf } as Snapshot;
  for (const [name, item] of LISTS) {
    const parsed = list<unknown>(v, name, item);
    if (!parsed) return null;
    (out as Record<ListName, unknown[]>)[name] = parsed;
  }
  const count = counts(v.counts);
  if (count === null) return null;
  if (out.asOf === undefined) delete out.asOf;
  if (count !== undefined) out.counts = count;
  return out;
}

export function parseSnapshot(value: unknown): Snapshot {
  return fast(value) ?? parseInput(Snapshot, value, 'snapshot');
}

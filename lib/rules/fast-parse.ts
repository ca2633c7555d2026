import * as z from 'zod/mini';
import { parseInput } from './errors';
import { type Employee, type Profile, Snapshot, type Team, type User } from './schemas';

// A snapshot may hold a million users: this checks the common, valid shape in one tight loop and hands
// anything unusual to the zod schema, which stays the authority and gives the exact RulesInputError.

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isOptId = (v: unknown) => v === undefined || isId(v);
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every(isId);
const isOptBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const DATE = z.regexes.date;

/** Accepts only what the schema accepts, and builds the same output; null means "ask zod". */
function user(v: unknown): User | null {
  if (!isRec(v) || !isId(v.id) || !isOptBool(v.login) || !isOptId(v.employee) || !isOptId(v.profile))
    return null;
  if ((v.roles !== undefined && !isIds(v.roles)) || (v.teams !== undefined && !isIds(v.teams))) return null;
  if (v.validUntil !== undefined && !(typeof v.validUntil === 'string' && DATE.test(v.validUntil)))
    return null;
  const out: User = {
    id: v.id,
    login: (v.login as boolean | undefined) ?? true,
    roles: v.roles ? [...(v.roles as string[])] : [],
    teams: v.teams ? [...(v.teams as string[])] : [],
  };
  if (v.employee !== undefined) out.employee = v.employee as string;
  if (v.profile !== undefined) out.profile = v.profile as string;
  if (v.validUntil !== undefined) out.validUntil = v.validUntil as string;
  return out;
}

function employee(v: unknown): Employee | null {
  return isRec(v) && isId(v.id) && isOptBool(v.active)
    ? { id: v.id, active: (v.active as boolean) ?? true }
    : null;
}

function team(v: unknown): Team | null {
  return isRec(v) && isId(v.id) && isOptBool(v.archived)
    ? { id: v.id, archived: (v.archived as boolean) ?? false }
    : null;
}

function profile(v: unknown): Profile | null {
  if (!isRec(v) || !isId(v.id) || (v.modules !== undefined && !isIds(v.modules))) return null;
  return { id: v.id, modules: v.modules ? [...(v.modules as string[])] : [] };
}

function list<T>(value: unknown, item: (v: unknown) => T | null): T[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: T[] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const parsed = item(value[i]);
    if (parsed === null) return null;
    out[i] = parsed;
  }
  return out;
}

function counts(value: unknown): Record<string, number> | undefined | null {
  if (value === undefined) return undefined;
  if (!isRec(value)) return null;
  const entries = Object.entries(value);
  const valid = entries.every(([, n]) => Number.isSafeInteger(n) && (n as number) >= 0);
  return valid ? (Object.fromEntries(entries) as Record<string, number>) : null;
}

function fast(v: unknown): Snapshot | null {
  if (!isRec(v) || (v.asOf !== undefined && typeof v.asOf !== 'string')) return null;
  const users = list(v.users, user);
  const employees = users && list(v.employees, employee);
  const profiles = employees && list(v.profiles, profile);
  const teams = profiles && list(v.teams, team);
  const count = teams && counts(v.counts);
  if (!teams || count === null) return null;
  const out: Snapshot = {
    users: users as User[],
    employees: employees as Employee[],
    profiles: profiles as Profile[],
    teams,
  };
  if (v.asOf !== undefined) out.asOf = v.asOf as string;
  if (count !== undefined) out.counts = count;
  return out;
}

export function parseSnapshot(value: unknown): Snapshot {
  return fast(value) ?? parseInput(Snapshot, value, 'snapshot');
}

import * as z from 'zod/mini';
import type { Policy, Snapshot, UserPatch } from '../../lib/rules';
import { Email, type FieldErrors, Name, OptionalDay, type UserFormValues } from './forms';
import { rolesOf } from './sites/pools';
import type { SiteText } from './sites/types';

/** Field errors of what was typed: a name, an e-mail address, a date or nothing. */
export function formErrors(values: UserFormValues, text: SiteText['invalid']): FieldErrors {
  const errors: FieldErrors = {};
  if (!z.safeParse(Name, values.name).success) errors.name = text.name;
  if (!z.safeParse(Email, values.email).success) errors.email = text.email;
  if (!z.safeParse(OptionalDay, values.validUntil).success) errors.validUntil = text.date;
  return errors;
}

/** Errors of choices that do not resolve against the tenant as it is inside the write's transaction. */
export function referenceErrors(
  patch: UserPatch,
  facts: { policy: Policy; snapshot: Snapshot },
  userId: string | undefined,
  choice: string,
): FieldErrors {
  const { snapshot, policy } = facts;
  const errors: FieldErrors = {};
  const linked = snapshot.users.some((u) => u.id !== userId && u.employee === patch.employee);
  if (patch.employee && (linked || !snapshot.employees.some((e) => e.id === patch.employee))) {
    errors.employee = choice;
  }
  if ('profile' in patch && !snapshot.profiles.some((p) => p.id === patch.profile)) errors.profile = choice;
  if (patch.teams?.some((t) => !snapshot.teams.some((team) => team.id === t))) errors.teams = choice;
  const roles = policy.pools.flatMap(rolesOf);
  if (patch.roles?.some((r) => !roles.includes(r))) errors.roles = choice;
  return errors;
}

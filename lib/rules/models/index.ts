import type { CountKind, Counts } from '../schemas';
import { activeEmployees } from './active-employees';
import { activeMembers } from './active-members';
import { logins } from './logins';
import { moduleLicence } from './module';
import { role } from './role';
import { teams } from './teams';
import type { CountModel } from './types';

export type { CountModel, Facts } from './types';

/** Every `counts.kind` of rules-api.md and the model that counts it. */
export const models: { readonly [K in CountKind]: CountModel<K> } = {
  logins,
  'active-employees': activeEmployees,
  module: moduleLicence,
  teams,
  'active-members': activeMembers,
  role,
};

export function modelFor(counts: Counts): CountModel {
  return models[counts.kind] as CountModel;
}

import type { Report, Verdict } from './results';
import type { ChangesInput, PolicyInput, SnapshotInput } from './schemas';
import { prepareTenant, type RulesOptions } from './tenant';

export { applyChanges } from './apply';
export { nextBoundary } from './dates';
export { RulesInputError } from './errors';
export { type HolderReason, poolHolders, type SeatHolder, seatHolders } from './holders';
export { levelOf, limitOf } from './levels';
export { models } from './models';
export * from './results';
export * from './schemas';
export { type PreparedTenant, prepareParsed, prepareTenant, type RulesOptions } from './tenant';

/** Seat usage of a tenant now (rules-api.md). Throws RulesInputError on invalid input. */
export function evaluate(policy: PolicyInput, snapshot: SnapshotInput, opts: RulesOptions): Report {
  return prepareTenant(policy, snapshot).report(opts);
}

/**
 * What a change, or a batch of changes applied in order, would do to the tenant's seats, and whether to
 * allow it (rules-api.md, v1.1 5). Throws RulesInputError on invalid input.
 */
export function check(
  policy: PolicyInput,
  snapshot: SnapshotInput,
  changes: ChangesInput,
  opts: RulesOptions,
): Verdict {
  return prepareTenant(policy, snapshot).check(changes, opts);
}

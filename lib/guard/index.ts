export { type DecideInput, decide, type GuardFacts, unchecked } from './decide';
export { Decision, PoolHolders } from './decision';
export { holdersFor } from './holders';
export { type GuardOptions, installGuard } from './intercept';

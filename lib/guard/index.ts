export { type DecideInput, decide, type GuardFacts, unchecked } from './decide';
export { Decision, PoolHolders } from './decision';
export { holdersFor, warmHolders } from './holders';
export { type GuardOptions, installGuard } from './intercept';

export { type DecideInput, decide, type GuardFacts, unchecked } from './decide';
export { Decision } from './decision';
export { type GuardOptions, installGuard } from './intercept';

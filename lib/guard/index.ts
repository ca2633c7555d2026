export { type DecideInput, type Decision, decide, type GuardData, type GuardNote } from './decide';
export { type GuardOptions, installGuard } from './intercept';

import type { HostAdapter } from './schema';

export { adapterFor, adapterMatches, raiseHref, tenantOf } from './match';
export { FormReadError, NEW_TEAM_ID, NEW_USER_ID, readChange } from './read-form';
export * from './schema';

/** The built-in adapters, in match order. */
export const builtInAdapters: readonly HostAdapter[] = [];

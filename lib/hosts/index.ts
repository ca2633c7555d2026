import * as z from 'zod/mini';
import { amSystem } from './adapters/am-system';
import { citizenlab } from './adapters/citizenlab';
import { echoMembers, echoTeams } from './adapters/echometer';
import { large } from './adapters/large';
import { qics } from './adapters/qics';
import { SHIPS_SANDBOX } from './adapters/sandbox';
import { HostAdapter } from './schema';

export { SANDBOX_API, sandboxApiBase } from './adapters/sandbox';
export { actHref, adapterFor, adapterMatches, pageTenant, portless, raiseHref, tenantOf } from './match';
export { FormReadError, NEW_TEAM_ID, NEW_USER_ID, newUserId, readChange } from './read-form';
export * from './schema';

/** The sandbox's adapters, in match order: the five sandbox admin sites of server/, and its large tenants'. */
export const sandboxAdapters: readonly HostAdapter[] = [
  qics,
  amSystem,
  echoTeams,
  echoMembers,
  citizenlab,
  large,
].map((adapter) => z.parse(HostAdapter, adapter));

/** What this build knows by itself: the sandbox's adapters, except in the store build, which knows none. */
export const builtInAdapters: readonly HostAdapter[] = SHIPS_SANDBOX ? sandboxAdapters : [];

/** Every page pattern of the built-in adapters: the content script's static matches. */
export const builtInMatches: string[] = builtInAdapters.flatMap((adapter) => adapter.matches);

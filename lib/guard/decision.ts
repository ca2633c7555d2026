import * as z from 'zod/mini';
import { SuggestionItem, Verdict } from '../rules/results';
import { GuardNote } from '../view/schema';

/**
 * Who holds the seats of a pool the change is stopped or charged at, least recently active first: whom the
 * dialog can suggest freeing a seat from (display fields only; `count` is how many hold one in all).
 */
export const PoolHolders = z.object({ pool: z.string(), count: z.int(), items: z.array(SuggestionItem) });

/**
 * What the guard does with a submission: let it through (with a note when unchecked), ask with the
 * verdict, or stop it (fail-closed). The background decides; the content script acts on it.
 */
export const Decision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pass'), note: z.optional(GuardNote) }),
  z.object({ action: z.literal('ask'), verdict: Verdict, holders: z.optional(z.array(PoolHolders)) }),
  z.object({ action: z.literal('stop') }),
]);

export type Decision = z.output<typeof Decision>;
export type PoolHolders = z.output<typeof PoolHolders>;

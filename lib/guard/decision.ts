import * as z from 'zod/mini';
import { Verdict } from '../rules/results';
import { GuardNote } from '../view/schema';

/**
 * What the guard does with a submission: let it through (with a note when unchecked), ask with the
 * verdict, or stop it (fail-closed). The background decides; the content script acts on it.
 */
export const Decision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pass'), note: z.optional(GuardNote) }),
  z.object({ action: z.literal('ask'), verdict: Verdict }),
  z.object({ action: z.literal('stop') }),
]);

export type Decision = z.output<typeof Decision>;

import * as z from 'zod/mini';
import { englishErrors } from '../rules/errors';

type Parsed<S extends z.ZodMiniType> = { ok: true; data: z.output<S> } | { ok: false; issue: string };

/** Parses with English messages; on failure gives the first issue as `path: message`, e.g. `policy.pools[0].enforce: …`. */
export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): Parsed<S> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    result = z.safeParse(schema, value, { error: englishErrors });
  } catch (error) {
    // zod spreads a list's issues into its parent's: ~10⁵ bad items overflow the stack. Still a bad body.
    return {
      ok: false,
      issue: error instanceof RangeError ? 'too many invalid items to list' : String(error),
    };
  }
  if (result.success) return { ok: true, data: result.data };
  const first = result.error.issues[0];
  const path = z.core.toDotPath(first?.path ?? []);
  const message = first?.message ?? 'invalid';
  return { ok: false, issue: path ? `${path}: ${message}` : message };
}

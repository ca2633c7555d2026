import * as z from 'zod/mini';
import { englishErrors } from '../rules/errors';

/** Parses with English messages; on failure gives the first issue as `path: message`, e.g. `policy.pools[0].enforce: …`. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; issue: string } {
  const result = z.safeParse(schema, value, { error: englishErrors });
  if (result.success) return { ok: true, data: result.data };
  const first = result.error.issues[0];
  const path = z.core.toDotPath(first?.path ?? []);
  const message = first?.message ?? 'invalid';
  return { ok: false, issue: path ? `${path}: ${message}` : message };
}

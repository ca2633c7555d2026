import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

type Path = readonly PropertyKey[];

/** Invalid input to the rules: the message starts with the offending path, e.g. `policy.pools[0].enforce`. */
export class RulesInputError extends Error {
  override readonly name = 'RulesInputError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.path = path;
  }
}

export function formatPath(root: string, path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    root,
  );
}

/** zod/mini ships no messages; its English ones, imported alone so the other locales never reach a bundle. */
export const englishErrors = en().localeError;

/** Parses with a schema, turning the first zod issue into a RulesInputError under `root`. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, root: string) {
  const result = safeParse(schema, value, root);
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0];
  throw new RulesInputError(formatPath(root, issue?.path ?? []), issue?.message ?? 'invalid');
}

function safeParse<S extends z.ZodMiniType>(schema: S, value: unknown, root: string) {
  try {
    return z.safeParse(schema, value, { error: englishErrors });
  } catch (error) {
    // zod spreads a list's issues into its parent's: past ~10⁵ bad items that overflows the stack.
    if (error instanceof RangeError) throw new RulesInputError(root, 'too many invalid items to list');
    throw error;
  }
}

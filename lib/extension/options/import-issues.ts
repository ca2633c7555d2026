import * as z from 'zod/mini';
import type { MessageKey, Params } from '../../i18n';
import type { ImportIssue } from '../../view/options';

// zod's issues about pasted adapter JSON, as catalogue sentences: the admin reads "This setting is missing",
// never "tenant: Invalid input".

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** What of a zod schema's definition is walked to find the keys an object may have. */
interface Node {
  _zod: {
    def: { type: string; shape?: Record<string, Node>; element?: Node; innerType?: Node; options?: Node[] };
  };
}

/** Sentences for the issues of parsing `input` with `schema` (an array of adapters); `strip` drops a leading `[0]`. */
export function importIssues(issues: readonly Issue[], input: unknown, schema: unknown, strip: boolean) {
  const at = (path: Path) => z.core.toDotPath(strip ? path.slice(1) : [...path]) || '(root)';
  const one = (path: Path, key: MessageKey, params: Params = {}): ImportIssue => ({
    path: at(path),
    key,
    params,
  });

  function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>): ImportIssue[] {
    const known = keysAt(schema as Node, issue.path);
    return issue.keys.map((key) => {
      const like = closest(key, known);
      return like
        ? one([...issue.path, key], 'options.issue.unknown-key-like', { key, known: like })
        : one([...issue.path, key], 'options.issue.unknown-key', { key });
    });
  }

  const missing = (issue: Issue) => issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;

  function union(issue: Extract<Issue, { code: 'invalid_union' }>): ImportIssue[] {
    if (issue.errors.length === 0) {
      // A discriminated union whose `kind` matched no option.
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      if (options.length === 0) return [one(issue.path, 'options.issue.invalid')];
      return [one(issue.path, 'options.issue.one-of', { values: quoted(options.map(String)) })];
    }
    const alternatives = issue.errors.map((list) =>
      list.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
    );
    // Each alternative lacks only its own setting: name the choice rather than one arbitrary side of it.
    const choice = alternatives.every(
      (list) => list.some(missing) && list.every((i) => missing(i) || i.code === 'unrecognized_keys'),
    );
    if (choice) {
      const keys = alternatives.flatMap((list) => list.filter(missing).map((i) => String(i.path.at(-1))));
      const strays = alternatives[0]?.filter((i) => i.code === 'unrecognized_keys') ?? [];
      return [
        one(issue.path, 'options.issue.needs-one-of', { keys: quoted(keys) }),
        ...strays.flatMap(sentence),
      ];
    }
    // Otherwise the alternative that came closest, e.g. `tenant` as a string: "must be an object".
    const best = alternatives.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap(sentence);
  }

  function sentence(issue: Issue): ImportIssue[] {
    const { path } = issue;
    switch (issue.code) {
      case 'unrecognized_keys':
        return unknownKeys(issue);
      case 'invalid_union':
        return union(issue);
      case 'invalid_type':
        return [one(path, missing(issue) ? 'options.issue.missing' : typeKey(issue.expected))];
      case 'invalid_value':
        return [one(path, 'options.issue.one-of', { values: quoted(issue.values.map(String)) })];
      case 'too_small':
        return [one(path, ...tooSmall(issue))];
      case 'too_big':
        return issue.origin === 'number'
          ? [one(path, 'options.issue.at-most', { max: Number(issue.maximum) })]
          : [one(path, 'options.issue.too-long', { count: Number(issue.maximum) })];
      default:
        return [one(path, formatKey(path))];
    }
  }

  return issues.flatMap(sentence);
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): [MessageKey, Params] {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'number')
    return issue.inclusive
      ? ['options.issue.at-least', { min: minimum }]
      : ['options.issue.above', { min: minimum }];
  if (issue.origin === 'array') return ['options.issue.too-few', { count: minimum }];
  return ['options.issue.empty', {}];
}

const TYPES: Readonly<Record<string, MessageKey>> = {
  string: 'options.issue.text',
  number: 'options.issue.number',
  array: 'options.issue.list',
  object: 'options.issue.object',
};

function typeKey(expected: string): MessageKey {
  return TYPES[expected] ?? 'options.issue.invalid';
}

/** A pattern or format the schema checks, by the setting it belongs to (lib/hosts/schema.ts). */
function formatKey(path: Path): MessageKey {
  const names = path.filter((key): key is string => typeof key === 'string');
  const last = names.at(-1);
  if (typeof path.at(-1) === 'number' && last === 'matches') return 'options.issue.match-pattern';
  if (last === 'id' && names.length === 1) return 'options.issue.adapter-id';
  if (last === 'path' && names.at(-2) === 'tenant') return 'options.issue.tenant-pattern';
  if (last === 'action') return 'options.issue.id-pattern';
  if (last === 'attr') return 'options.issue.data-attribute';
  if (last === 'name' || last === 'field' || last === 'confirm') return 'options.issue.field-name';
  if (last === 'baseUrl') return 'options.issue.url';
  return 'options.issue.invalid';
}

const quoted = (values: readonly string[]) => [...new Set(values)].map((v) => `"${v}"`).join(', ');

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys an object at `path` may have, across every alternative of a union. */
function keysAt(node: Node, path: Path): string[] {
  const { type, shape, element, innerType, options } = node._zod.def;
  if (innerType) return keysAt(innerType, path);
  if (options) return options.flatMap((option) => keysAt(option, path));
  const [head, ...rest] = path;
  if (type === 'array' && element) return head === undefined ? [] : keysAt(element, rest);
  if (type !== 'object' || !shape) return [];
  if (head === undefined) return Object.keys(shape);
  const next = shape[String(head)];
  return next ? keysAt(next, rest) : [];
}

/** The known key a typo most likely meant: the same but for case, or at most two edits away. */
function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  const scored = known.map((k) => [k, distance(lower, k.toLowerCase())] as const);
  const [best] = scored.filter(([, d]) => d <= Math.min(2, key.length - 2)).sort((a, b) => a[1] - b[1]);
  return best?.[0];
}

/** Levenshtein distance, for names of a few letters. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

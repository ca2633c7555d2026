import { describe, expect, it } from 'vitest';
import { catalogues, type ExtensionMessage, LANGS, type MessageKey } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { panelEn } from '../../../lib/i18n/panel/en';

const KEYS = Object.keys(en) as MessageKey[];
const OTHERS = LANGS.filter((lang) => lang !== 'en');

/** Every text of a message: its plural forms, in both registers where it has them. */
function forms(message: ExtensionMessage): [string, string][] {
  if (typeof message === 'string') return [['text', message]];
  if ('formal' in message)
    return Object.entries(message).flatMap(([register, inner]) =>
      forms(inner).map(([form, text]): [string, string] => [`${register}.${form}`, text]),
    );
  return Object.entries(message);
}

const isPlural = (message: ExtensionMessage): boolean =>
  typeof message !== 'string' && ('one' in message || ('formal' in message && isPlural(message.formal)));

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '').sort();
}

function unbalanced(text: string): boolean {
  return /[{}]/.test(text.replace(/\{[^{}]+\}/g, ''));
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

describe('catalogue key set', () => {
  it.each(LANGS)('%s has exactly the en keys', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual([...KEYS].sort());
  });

  it.each(['reason', 'suggestion', 'level', 'kind', 'why', 'free', 'raise', 'per', 'title', 'cost'])(
    'en has %s.* keys',
    (prefix) => {
      expect(KEYS.some((key) => key.startsWith(`${prefix}.`))).toBe(true);
    },
  );

  const required = [
    ...['level', 'needs-purchase', 'adds-cost', 'frees-seats'].map((c) => `reason.${c}`),
    ...['below-usage', 'next-invoice', 'no-seat-change'].map((c) => `reason.${c}`),
    ...['unused-seats', 'inactive-members', 'expired-logins', 'empty-teams'].map((c) => `suggestion.${c}`),
    ...['ok', 'near', 'full', 'over'].map((c) => `level.${c}`),
    ...['logins', 'active-employees', 'module', 'teams', 'active-members', 'role'].flatMap((c) => [
      `why.${c}`,
      `free.${c}`,
    ]),
    // A module's or a role's pool counts in the vendor's word for a seat (unitText): no kind noun of its own.
    ...['logins', 'active-employees', 'teams', 'active-members'].map((c) => `kind.${c}`),
    'next.inactive-members',
    ...['block', 'purchase', 'warn', 'none'].map((c) => `raise.${c}`),
    ...['per.month', 'per.year', 'unit.seat'],
    ...['limit', 'full', 'purchase', 'cost', 'allow', 'below-usage', 'frees'].map((c) => `title.${c}`),
  ];
  it.each(required)('en defines %s', (key) => {
    expect(KEYS).toContain(key);
  });
});

describe.each(LANGS)('%s messages', (lang) => {
  it.each(KEYS)('%s is well formed', (key) => {
    const message = catalogues[lang][key];
    const reference = en[key];
    // A language may need plural forms where English needs none (Dutch "is/zijn", French agreement), never fewer.
    if (isPlural(reference)) expect(isPlural(message), `${lang} ${key} has plural forms`).toBe(true);
    const inner =
      typeof message !== 'string' && 'formal' in message ? [message.formal, message.informal] : [message];
    for (const form of inner) {
      if (typeof form === 'string') continue;
      expect(Object.keys(form)).toEqual(expect.arrayContaining(['one', 'other']));
      // A noun picked by the count (unit.seat: "seat", "seats") holds no number itself.
      if (!key.startsWith('unit.')) expect(placeholders(form.other)).toContain('count');
    }
    // Registers only where the admin is addressed on a host: the widget's catalogue has none.
    if (inner.length > 1)
      expect(Object.hasOwn(panelEn, key), `${key} is in the panel's catalogue`).toBe(false);
    const expected = placeholders(forms(reference)[0]?.[1] ?? '');
    for (const [form, text] of forms(message)) {
      expect(text.trim(), `${lang} ${key}.${form} is empty`).not.toBe('');
      expect(placeholders(text), `${lang} ${key}.${form} placeholders`).toEqual(expected);
      expect(unbalanced(text), `${lang} ${key}.${form} has a stray brace`).toBe(false);
    }
  });
});

describe.each(OTHERS)('%s is translated', (lang) => {
  const sentences = KEYS.flatMap((key) =>
    forms(en[key])
      .filter(([, text]) => words(text) > 3)
      .map(([form, text]) => [`${key}.${form}`, key, form, text] as const),
  );
  it.each(sentences)('%s differs from en', (_, key, _form, text) => {
    for (const [, translated] of forms(catalogues[lang][key])) expect(translated).not.toBe(text);
  });
});

describe('the guards themselves', () => {
  it.each([
    ['a {x} b {y}', ['x', 'y']],
    ['{y}{x}', ['x', 'y']],
    ['none', []],
  ])('placeholders(%j)', (text, expected) => {
    expect(placeholders(text)).toEqual(expected);
  });

  it.each([
    ['{pool} is {after}', '{pool} ist {nach}'],
    ['{pool} is full', '{pool} ist voll {count}'],
  ])('catches a placeholder mismatch: %j vs %j', (a, b) => {
    expect(placeholders(b)).not.toEqual(placeholders(a));
  });

  it.each([
    ['{pool} ok', false],
    ['{pool ok', true],
    ['pool} ok', true],
    ['{{pool}}', true],
  ])('unbalanced(%j) is %s', (text, expected) => {
    expect(unbalanced(text)).toBe(expected);
  });

  it('counts words of an untranslated copy', () => {
    expect(words(en['reason.level'])).toBeGreaterThan(3);
    expect(words(en['level.over'])).toBeLessThanOrEqual(3);
  });
});

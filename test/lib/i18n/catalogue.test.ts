import { describe, expect, it } from 'vitest';
import { catalogues, LANGS, type Message, type MessageKey } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';

const KEYS = Object.keys(en) as MessageKey[];
const OTHERS = LANGS.filter((lang) => lang !== 'en');

function forms(message: Message): [string, string][] {
  return typeof message === 'string' ? [['text', message]] : Object.entries(message);
}

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

  it.each(['reason', 'suggestion', 'level', 'kind', 'why', 'free', 'raise', 'period', 'per', 'outcome'])(
    'en has %s.* keys',
    (prefix) => {
      expect(KEYS.some((key) => key.startsWith(`${prefix}.`))).toBe(true);
    },
  );

  const required = [
    ...['over-limit', 'near-limit', 'needs-purchase', 'adds-cost', 'frees-seats'].map((c) => `reason.${c}`),
    ...['below-usage', 'next-invoice', 'no-seat-change'].map((c) => `reason.${c}`),
    ...['unused-seats', 'inactive-members', 'expired-logins', 'empty-teams'].map((c) => `suggestion.${c}`),
    ...['ok', 'near', 'full', 'over'].map((c) => `level.${c}`),
    ...['logins', 'active-employees', 'module', 'teams', 'active-members', 'role'].flatMap((c) => [
      `kind.${c}`,
      `why.${c}`,
      `free.${c}`,
    ]),
    ...['block', 'purchase', 'warn', 'none'].map((c) => `raise.${c}`),
    ...['period.month', 'period.year', 'per.month', 'per.year'],
    ...['allow', 'warn', 'confirm', 'block'].map((c) => `outcome.${c}`),
  ];
  it.each(required)('en defines %s', (key) => {
    expect(KEYS).toContain(key);
  });
});

describe.each(LANGS)('%s messages', (lang) => {
  it.each(KEYS)('%s is well formed', (key) => {
    const message = catalogues[lang][key];
    const reference = en[key];
    expect(typeof message).toBe(typeof reference);
    if (typeof message !== 'string') {
      expect(Object.keys(message)).toEqual(expect.arrayContaining(['one', 'other']));
      expect(placeholders(message.other)).toContain('count');
    }
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
  it.each(sentences)('%s differs from en', (_, key, form, text) => {
    const message = catalogues[lang][key];
    const translated = typeof message === 'string' ? message : message[form as 'one' | 'other'];
    expect(translated).not.toBe(text);
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
    expect(words(en['reason.over-limit'])).toBeGreaterThan(3);
    expect(words(en['level.over'])).toBeLessThanOrEqual(3);
  });
});

import { describe, expect, it } from 'vitest';
import { hasMessage, type Lang, type MessageKey, t } from '../../../lib/i18n';
import { pickForm } from '../../../lib/i18n/message';

const nbsp = '\u00a0';

describe('t: placeholders', () => {
  it.each([
    ['en', 'This would take Users to 26 of 25: over the limit.'],
    ['nl', 'Users: hiermee kom je op 26 van 25, boven de limiet.'],
    ['sv', 'Users: detta ger 26 av 25, vilket är över gränsen.'],
    ['de', 'Users: Damit wären es 26 von 25 – über dem Limit.'],
    ['fr', `Users${nbsp}: cela porterait l’utilisation à 26 sur 25, au-delà de la limite.`],
  ] as const)('%s reason.over-limit', (lang, expected) => {
    expect(t('reason.over-limit', { pool: 'Users', after: 26, limit: 25 }, lang)).toBe(expected);
  });

  it('leaves a missing param visible and never throws', () => {
    expect(t('reason.over-limit', { pool: 'Users', after: 26 })).toBe(
      'This would take Users to 26 of {limit}: over the limit.',
    );
    expect(t('kind.module')).toBe('{module} licences');
  });

  it('ignores inherited properties and extra params', () => {
    expect(t('kind.role', { role: 'admin', constructor: 'x', extra: 1 })).toBe('admin seats');
    expect(t('kind.role', Object.create({ role: 'inherited' }))).toBe('{role} seats');
  });

  it('inserts strings verbatim, without re-expanding braces in them', () => {
    expect(t('kind.role', { role: '{role}' })).toBe('{role} seats');
    expect(t('kind.module', { module: '$& 1,000' })).toBe('$& 1,000 licences');
  });

  it('defaults to en with no params', () => {
    expect(t('level.over')).toBe('Over limit');
  });
});

describe('t: plurals by params.count', () => {
  it.each([
    ['en', 1, 'This frees 1 seat in Case.'],
    ['en', 2, 'This frees 2 seats in Case.'],
    ['en', 0, 'This frees 0 seats in Case.'],
    ['nl', 1, 'Case: hiermee komt 1 licentie vrij.'],
    ['nl', 2, 'Case: hiermee komen 2 licenties vrij.'],
    ['sv', 1, 'Case: detta frigör 1 licens.'],
    ['sv', 2, 'Case: detta frigör 2 licenser.'],
    ['de', 1, 'Case: Damit wird 1 Lizenz frei.'],
    ['de', 2, 'Case: Damit werden 2 Lizenzen frei.'],
    ['fr', 1, `Case${nbsp}: cela libère 1 licence.`],
    ['fr', 2, `Case${nbsp}: cela libère 2 licences.`],
    // French treats 0 as singular.
    ['fr', 0, `Case${nbsp}: cela libère 0 licence.`],
  ] as const)('%s count=%d', (lang, count, expected) => {
    expect(t('reason.frees-seats', { pool: 'Case', count }, lang)).toBe(expected);
  });

  it.each([
    ['string count', { pool: 'Case', count: '1' }, 'This frees 1 seat in Case.'],
    ['empty count', { pool: 'Case', count: '' }, 'This frees  seats in Case.'],
    ['no count', { pool: 'Case' }, 'This frees {count} seats in Case.'],
    ['non-numeric count', { pool: 'Case', count: 'many' }, 'This frees many seats in Case.'],
  ])('%s', (_, params, expected) => {
    expect(t('reason.frees-seats', params)).toBe(expected);
  });

  it.each([
    [0, 'none'],
    [1, 'one'],
    [2, 'other'],
    [Number.NaN, 'other'],
  ] as const)('pickForm uses zero when present (count=%d)', (count, expected) => {
    expect(pickForm({ zero: 'none', one: 'one', other: 'other' }, count, 'en')).toBe(expected);
  });
});

describe('t: numbers per locale', () => {
  it.each(['en', 'nl', 'sv', 'de', 'fr'] as const)('%s formats 1234 like Intl does', (lang) => {
    const expected = new Intl.NumberFormat(lang).format(1234);
    expect(t('reason.frees-seats', { pool: 'P', count: 1234 }, lang)).toContain(expected);
  });

  it.each([
    ['en', '1,234'],
    ['de', '1.234'],
    ['nl', '1.234'],
  ] as const)('%s: 1234 → %s', (lang, expected) => {
    expect(t('reason.over-limit', { pool: 'P', after: 1234, limit: 1000 }, lang)).toContain(expected);
  });

  it.each(['fr', 'sv'] as const)('%s groups thousands with a space, not a comma or dot', (lang) => {
    const text = t('reason.over-limit', { pool: 'P', after: 1234, limit: 1000 }, lang);
    expect(text).toMatch(/1\s234/u);
    expect(text).not.toMatch(/1[.,]234/);
  });
});

describe('t: fallbacks', () => {
  it.each([
    ['unknown lang', 'pt', 'Full'],
    ['malformed lang', 'not a tag!', 'Full'],
    ['region subtag', 'de-AT', 'Voll'],
  ])('%s (%s)', (_, lang, expected) => {
    expect(t('level.full', {}, lang as Lang)).toBe(expected);
  });

  it('returns an unknown code itself', () => {
    expect(t('nope.nope' as MessageKey)).toBe('nope.nope');
  });
});

describe('hasMessage', () => {
  it.each([
    ['level.ok', true],
    ['reason.needs-purchase', true],
    ['reason.unknown', false],
    ['toString', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(hasMessage(code)).toBe(expected);
  });
});

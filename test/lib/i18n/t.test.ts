import { describe, expect, it } from 'vitest';
import { hasMessage, type Lang, type MessageKey, t } from '../../../lib/i18n';
import { pickForm } from '../../../lib/i18n/message';

const nbsp = '\u00a0';

describe('t: placeholders', () => {
  it.each([
    ['en', 'Users: 26 of 25 after this change, over the limit.'],
    ['nl', 'Users: 26 van 25 na deze wijziging, boven de limiet.'],
    ['sv', 'Users: 26 av 25 efter ändringen, över gränsen.'],
    ['de', 'Users: nach dieser Änderung 26 von 25, über dem Limit.'],
    ['fr', `Users${nbsp}: 26 sur 25 après cette modification, limite dépassée.`],
  ] as const)('%s reason.level', (lang, expected) => {
    const level = t('level.over', {}, lang);
    const word = level.charAt(0).toLocaleLowerCase(lang) + level.slice(1);
    expect(t('reason.level', { pool: 'Users', after: 26, limit: 25, level: word }, lang)).toBe(expected);
  });

  it('leaves a missing param visible and never throws', () => {
    expect(t('reason.level', { pool: 'Users', after: 26, level: 'full' })).toBe(
      'Users: 26 of {limit} after this change, full.',
    );
    expect(t('csv.why.module', { profile: 'Basis' })).toBe('Profile Basis grants the {module} module');
  });

  it('ignores inherited properties and extra params', () => {
    expect(t('csv.why.role', { roles: 'admin', constructor: 'x', extra: 1 })).toBe('Holds the role admin');
    expect(t('csv.why.role', Object.create({ roles: 'inherited' }))).toBe('Holds the role {roles}');
  });

  it('inserts strings verbatim, without re-expanding braces in them', () => {
    expect(t('csv.why.role', { roles: '{roles}' })).toBe('Holds the role {roles}');
    expect(t('csv.why.module', { profile: '$& 1,000', module: 'x' })).toBe(
      'Profile $& 1,000 grants the x module',
    );
  });

  it('defaults to en with no params', () => {
    expect(t('level.over')).toBe('Over the limit');
  });
});

describe('t: plurals by params.count', () => {
  // The verb agrees with the count; the noun ({unit}) comes from lib/view/voice.ts seatWord.
  it.each([
    ['en', 1, 'Case: this frees 1 seat.'],
    ['en', 2, 'Case: this frees 2 seat.'],
    ['nl', 1, 'Case: hiermee komt 1 seat vrij.'],
    ['nl', 2, 'Case: hiermee komen 2 seat vrij.'],
    ['de', 1, 'Case: Damit wird 1 seat frei.'],
    ['de', 2, 'Case: Damit werden 2 seat frei.'],
  ] as const)('%s count=%d', (lang, count, expected) => {
    expect(t('reason.frees-seats', { pool: 'Case', count, unit: 'seat' }, lang)).toBe(expected);
  });

  it.each([
    ['en', 1, 'seat'],
    ['en', 2, 'seats'],
    ['en', 0, 'seats'],
    ['nl', 1, 'licentie'],
    ['nl', 2, 'licenties'],
    ['sv', 2, 'licenser'],
    ['de', 2, 'Lizenzen'],
    ['fr', 1, 'licence'],
    // French treats 0 as singular.
    ['fr', 0, 'licence'],
    ['fr', 2, 'licences'],
  ] as const)('unit.seat in %s for %d', (lang, count, expected) => {
    expect(t('unit.seat', { count }, lang)).toBe(expected);
  });

  it.each([
    ['string count', { count: '1' }, 'seat'],
    ['empty count', { count: '' }, 'seats'],
    ['no count', {}, 'seats'],
    ['non-numeric count', { count: 'many' }, 'seats'],
  ])('%s', (_, params, expected) => {
    expect(t('unit.seat', params)).toBe(expected);
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
    expect(t('reason.frees-seats', { pool: 'P', count: 1234, unit: 'u' }, lang)).toContain(expected);
  });

  it.each([
    ['en', '1,234'],
    ['de', '1.234'],
    ['nl', '1.234'],
  ] as const)('%s: 1234 → %s', (lang, expected) => {
    expect(t('reason.level', { pool: 'P', after: 1234, limit: 1000 }, lang)).toContain(expected);
  });

  it.each(['fr', 'sv'] as const)('%s groups thousands with a space, not a comma or dot', (lang) => {
    const text = t('reason.level', { pool: 'P', after: 1234, limit: 1000 }, lang);
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

describe('t: the register a host speaks in (its adapter’s words)', () => {
  it.each([
    ['de', 'formal', 'Archivieren Sie das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
    ['de', 'informal', 'Archiviere das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
    // Without a host: seatguard's own register, as its options page speaks.
    ['de', undefined, 'Archivieren Sie das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
    ['de', 'nonsense', 'Archivieren Sie das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
    // A language without two registers reads the same either way.
    ['nl', 'formal', 'Archiveer het team: gearchiveerde teams worden niet gefactureerd.'],
    ['nl', 'informal', 'Archiveer het team: gearchiveerde teams worden niet gefactureerd.'],
  ] as const)('%s free.teams in register %s', (lang, register, expected) => {
    expect(t('free.teams', register === undefined ? {} : { register }, lang)).toBe(expected);
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

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatRelative,
  LANGS,
  type Lang,
  resolveLang,
} from '../../../lib/i18n';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatMoney', () => {
  it.each(LANGS)('%s: EUR 950 per admin seat', (lang) => {
    const text = formatMoney(95000, 'EUR', lang);
    expect(text).toContain('950');
    expect(text).toContain('€');
    expect(text).toBe(new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(950));
  });

  it.each([
    ['en', 47370, 'EUR', '€473.70'],
    ['en', 1234, 'JPY', '¥1,234'],
    ['en', 1234, 'jpy', '¥1,234'],
    ['en', -6000, 'EUR', '-€60.00'],
    ['en', 12345, 'BHD', 'BHD 12.345'],
  ] as const)('%s %d %s → %s', (lang, minor, currency, expected) => {
    expect(formatMoney(minor, currency, lang).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('uses no decimals for JPY in any language', () => {
    for (const lang of LANGS) expect(formatMoney(1234, 'JPY', lang)).not.toMatch(/[.,]\d{2}\b/);
  });

  it.each(['EURO', '', '€'])('throws RangeError for currency %j', (currency) => {
    expect(() => formatMoney(100, currency, 'en')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it.each([
    ['nl', '2027-03-31', ['2027', 'mrt', '31']],
    ['en', '2027-03-31', ['2027', 'Mar', '31']],
    ['de', '2027-03-31', ['2027', '31']],
    ['sv', '2027-03-31', ['2027', 'mars']],
    ['fr', '2027-03-31', ['2027', 'mars']],
    // UTC: no time zone may shift the first or last day of a year.
    ['en', '2027-01-01', ['Jan 1, 2027']],
    ['en', '2026-12-31', ['Dec 31, 2026']],
    ['en', '0099-01-01', ['99']],
  ] as const)('%s %s contains %j', (lang, day, parts) => {
    const text = formatDate(day, lang);
    for (const part of parts) expect(text).toContain(part);
  });

  it.each(['2027-02-30', '2027-13-01', '27-03-31', '2027-03-31T00:00:00Z', '', 'tomorrow'])(
    'throws RangeError for %j',
    (day) => {
      expect(() => formatDate(day, 'en')).toThrow(RangeError);
    },
  );
});

describe('formatNumber', () => {
  it.each(LANGS)('%s matches Intl', (lang) => {
    expect(formatNumber(1234.5, lang)).toBe(new Intl.NumberFormat(lang).format(1234.5));
  });
});

describe('formatRelative', () => {
  it.each([
    [0, 'en', '0 seconds ago'],
    [45 * SECOND, 'en', '45 seconds ago'],
    [2 * MINUTE, 'en', '2 minutes ago'],
    [2 * MINUTE + 59 * SECOND, 'en', '2 minutes ago'],
    [HOUR, 'en', '1 hour ago'],
    [3 * HOUR, 'en', '3 hours ago'],
    [DAY, 'en', '1 day ago'],
    [40 * DAY, 'en', '40 days ago'],
    [-2 * MINUTE, 'en', 'in 2 minutes'],
    [2 * MINUTE, 'nl', '2 minuten geleden'],
    [2 * MINUTE, 'de', 'vor 2 Minuten'],
  ] as const)('%d ms in %s → %s', (ms, lang, expected) => {
    expect(formatRelative(ms, lang)).toBe(expected);
  });

  it.each(LANGS)('%s matches Intl for 2 minutes', (lang) => {
    expect(formatRelative(2 * MINUTE, lang)).toBe(new Intl.RelativeTimeFormat(lang).format(-2, 'minute'));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for %d', (ms) => {
    expect(() => formatRelative(ms, 'en')).toThrow(RangeError);
  });
});

describe('resolveLang', () => {
  it.each([
    [['nl-BE'], 'nl'],
    [['pt'], 'en'],
    [[null, 'sv-SE'], 'sv'],
    [['DE-de'], 'de'],
    [['fr_CA'], 'fr'],
    [['nl_NL.UTF-8'], 'nl'],
    [[' sv '], 'sv'],
    [['pt-BR', 'de', 'fr'], 'de'],
    [[undefined, '', 'x'], 'en'],
    [['english'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(resolveLang(candidates)).toBe(expected);
  });

  it('falls back to en in formatters given a cast unknown lang', () => {
    expect(formatNumber(1234, 'not a tag!' as Lang)).toBe('1,234');
  });
});

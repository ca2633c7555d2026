import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, LANGS, type Lang } from '../../../lib/i18n';
import {
  evaluate,
  type PolicyInput,
  ReasonCode,
  type Suggestion,
  type SuggestionItem,
  SuggestionKind,
} from '../../../lib/rules';
import { EXTENSION_ERROR_CODES, extensionWords } from '../../../lib/view/extension-words';
import {
  billingText,
  costLineText,
  ERROR_CODES,
  errorText,
  headroomText,
  levelText,
  NAMES_SHOWN,
  namesText,
  poolSummaryText,
  poolUsageText,
  reasonText,
  shortUsageText,
  suggestionText,
} from '../../../lib/view/text';
import { sharedWords, viewErrorText } from '../../../lib/view/words';
import {
  amSnapshot,
  amSystem,
  citizenlab,
  citizenlabUsers,
  confirmVerdict,
  echoMembers,
  echoNamedSnapshot,
  echoSnapshot,
  echoTeams,
  NOW,
  qics,
  qicsReport,
  verdictsByReason,
} from './fixtures';

const LEFTOVER = /\{[^{}\s]+\}/;
const verdicts = verdictsByReason();
const reasonCases = Object.entries(verdicts).flatMap(([code, verdict]) =>
  LANGS.map((lang) => [code, lang, verdict] as const),
);

describe('reasonText', () => {
  it('the fixtures cover every reason code', () => {
    expect(Object.keys(verdicts).sort()).toEqual([...ReasonCode.options].sort());
    for (const [code, verdict] of Object.entries(verdicts))
      expect(verdict.reasons.map((r) => r.code)).toContain(code);
  });

  it.each(reasonCases)('%s in %s leaves no {placeholder}', (code, lang, verdict) => {
    const reason = verdict.reasons.find((r) => r.code === code);
    expect(reason).toBeDefined();
    if (!reason) return;
    const text = reasonText(reason, 'Pool X', lang, extensionWords);
    expect(text).not.toMatch(LEFTOVER);
    if (reason.pool) expect(text).toContain('Pool X');
  });

  it.each([
    ['over-limit', 'en', 'Users: 26 of 25 after this change, over the limit.'],
    ['near-limit', 'en', 'Users: 20 of 25 after this change, near the limit.'],
    ['needs-purchase', 'en', 'Users: the limit is reached, so this needs 1 extra seat.'],
    // "Admins zit vol" was no Dutch: a plural label takes no singular verb; the label only leads the sentence.
    ['needs-purchase', 'nl', 'Users: de limiet is bereikt, dus hiervoor is 1 extra licentie nodig.'],
    ['adds-cost', 'en', 'Users: this adds 1 billed seat.'],
    ['adds-cost', 'de', 'Users: Damit kommt 1 abgerechnete Lizenz hinzu.'],
    [
      'below-usage',
      'en',
      'Users: lowering it to 10 is not possible with 25 in use; remove users or their logins first.',
    ],
    [
      'next-invoice',
      'en',
      `Users: the change takes effect on the next invoice, ${formatDate('2026-12-01', 'en')}, never retroactively.`,
    ],
  ] as const)('%s in %s reads %j', (code, lang, expected) => {
    const verdict = verdicts[code];
    const reason = verdict?.reasons.find((r) => r.code === code);
    if (!reason || !verdict) throw new Error(`no ${code} fixture`);
    expect(reasonText(reason, 'Users', lang, extensionWords)).toBe(expected);
  });

  // The rules say near-limit when a change takes the last free seat; the panel then shows Full.
  it.each([
    ['en', 'Users: 25 of 25 after this change, full.'],
    ['nl', 'Users: 25 van 25 na deze wijziging, vol.'],
    ['sv', 'Users: 25 av 25 efter ändringen, fullt.'],
    ['de', 'Users: nach dieser Änderung 25 von 25, voll.'],
    ['fr', 'Users\u00a0: 25 sur 25 après cette modification, complet.'],
  ] as const)('reaching the limit reads as full, as the panel says, in %s', (lang, expected) => {
    const reason = { code: 'near-limit' as const, pool: 'users', params: { after: 25, limit: 25 } };
    expect(reasonText(reason, 'Users', lang, sharedWords)).toBe(expected);
    expect(reasonText(reason, 'Users', lang, sharedWords)).toContain(
      levelText('full', lang).toLocaleLowerCase(lang),
    );
  });

  // The widget's what-if only adds seats: it carries the words for what adding can say, and no more.
  it.each(Object.entries(verdicts))(
    '%s: the widget says it as the extension does, or not at all',
    (code, verdict) => {
      const reason = verdict.reasons.find((r) => r.code === code);
      if (!reason) throw new Error(`no ${code} fixture`);
      const widget = reasonText(reason, 'Users', 'fr', sharedWords);
      const extension = reasonText(reason, 'Users', 'fr', extensionWords);
      const onlyExtension = ['frees-seats', 'below-usage', 'next-invoice', 'no-seat-change'].includes(code);
      expect(widget).toBe(onlyExtension ? code : extension);
    },
  );

  it('maps the seats param to the plural count and the vendor’s noun', () => {
    const reason = { code: 'frees-seats' as const, pool: 'users', params: { seats: 3 } };
    expect(reasonText(reason, 'Users', 'en', extensionWords)).toBe('Users: this frees 3 seats.');
    expect(reasonText({ ...reason, params: { seats: 1 } }, 'Users', 'en', extensionWords)).toBe(
      'Users: this frees 1 seat.',
    );
    const voice = { seat: { one: 'gebruiker', other: 'gebruikers' } };
    expect(reasonText(reason, 'Gebruikers', 'nl', extensionWords, voice)).toBe(
      'Gebruikers: hiermee komen 3 gebruikers vrij.',
    );
  });

  it('shows an unreadable date as sent instead of throwing', () => {
    const reason = { code: 'next-invoice' as const, pool: 'users', params: { date: 'soon' } };
    expect(reasonText(reason, 'Users', 'en', extensionWords)).toContain('invoice, soon,');
  });
});

const suggestionsOf = (): Suggestion[] => [
  ...qicsReport(20).suggestions,
  ...qicsReport(20, qics({ price: false })).suggestions,
  ...evaluate(echoTeams(), echoSnapshot, { now: NOW }).suggestions,
  ...evaluate(echoTeams('purchased'), echoSnapshot, { now: NOW }).suggestions,
  ...evaluate(echoMembers(), echoSnapshot, { now: NOW }).suggestions,
  ...evaluate(amSystem(), amSnapshot, { now: NOW }).suggestions,
];

describe('suggestionText', () => {
  const all = suggestionsOf();

  it('the fixtures cover every suggestion kind, priced and unpriced', () => {
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(SuggestionKind.options));
    expect(all.filter((s) => s.saving === null).map((s) => s.kind)).toEqual(
      expect.arrayContaining(['unused-seats', 'empty-teams']),
    );
  });

  it.each(
    all.flatMap((s) => LANGS.map((lang) => [s.kind, s.saving ? 'priced' : 'unpriced', lang, s] as const)),
  )('%s (%s) in %s leaves no {placeholder}', (_kind, _priced, lang, suggestion) => {
    const text = suggestionText(suggestion, 'Pool X', lang);
    expect(text).not.toMatch(LEFTOVER);
    expect(text).toContain('Pool X');
  });

  it.each([
    [
      'en',
      `Users: 5 purchased seats are not in use. Dropping them saves €75.00 per month from ${formatDate('2026-12-01', 'en')}.`,
    ],
    [
      'nl',
      `Users: 5 gekochte licenties worden niet gebruikt. Afbestellen bespaart ${formatMoney(7500, 'EUR', 'nl')} per maand, vanaf ${formatDate('2026-12-01', 'nl')}.`,
    ],
  ] as const)('unused seats with their saving in %s', (lang, expected) => {
    const [unused] = qicsReport(20).suggestions;
    if (!unused) throw new Error('no suggestion');
    expect(suggestionText(unused, 'Users', lang)).toBe(expected);
  });

  it('unused seats in the vendor’s word: QicsMilestones bills users', () => {
    const [unused] = qicsReport(20).suggestions;
    if (!unused) throw new Error('no suggestion');
    const voice = { seat: { one: 'gebruiker', other: 'gebruikers' } };
    expect(suggestionText(unused, 'Gebruikers', 'nl', voice)).toMatch(
      /^Gebruikers: 5 gekochte gebruikers worden niet gebruikt\. /,
    );
  });

  it('unpriced unused seats name no amount', () => {
    const [unused] = qicsReport(20, qics({ price: false })).suggestions;
    if (!unused) throw new Error('no suggestion');
    expect(suggestionText(unused, 'Users', 'en')).toBe(
      'Users: 5 purchased seats are not in use. They can be dropped from the next invoice.',
    );
  });
});

describe('namesText: who a suggestion names, short', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `Person ${i}` }));

  it.each<[string, SuggestionItem[], string]>([
    ['nobody', [], ''],
    ['one name', [{ id: 'u1', name: 'Eva Meijer' }], 'Eva Meijer'],
    [
      'the name, else the e-mail, else the id',
      [
        { id: 'u1', name: 'Eva Meijer', email: 'eva@example.org' },
        { id: 'u2', email: 'daan@example.org' },
        { id: 'u3' },
      ],
      'Eva Meijer, daan@example.org, u3',
    ],
    ['an empty name is no name', [{ id: 'u1', name: '', email: 'eva@example.org' }], 'eva@example.org'],
    ['four in full: "+1 more" would save no room', people(4), 'Person 0, Person 1, Person 2, Person 3'],
    ['five: the first three and how many more', people(5), 'Person 0, Person 1, Person 2 +2 more'],
    ['many', people(1204), 'Person 0, Person 1, Person 2 +1,201 more'],
  ])('%s', (_name, items, expected) => {
    expect(namesText(items, 'en')).toBe(expected);
  });

  it.each([
    ['en', '+7 more'],
    ['nl', 'en nog 7'],
    ['sv', 'och 7 till'],
    ['de', 'und 7 weitere'],
    ['fr', 'et 7 autres'],
  ] as const)('says how many more in %s', (lang, more) => {
    expect(namesText(people(NAMES_SHOWN + 7), lang)).toBe(`Person 0, Person 1, Person 2 ${more}`);
  });

  it('counts from the whole list when a view carries only its first few', () => {
    expect(namesText(people(10), 'en', 100_000)).toBe('Person 0, Person 1, Person 2 +99,997 more');
    expect(namesText(people(4), 'en', 4)).toBe('Person 0, Person 1, Person 2, Person 3');
  });
});

describe('suggestionText names people and teams (v1.1 3)', () => {
  const suggestion = (policy: PolicyInput, kind: SuggestionKind) => {
    const found = evaluate(policy, echoNamedSnapshot, { now: NOW }).suggestions.find((s) => s.kind === kind);
    if (!found) throw new Error(`no ${kind} suggestion`);
    return found;
  };

  it.each([
    [
      'en',
      'Members: 6 members are in no active team, so are not billed: Eva Meijer, Daan Smit, lena@echo.example +3 more.',
    ],
    [
      'de',
      'Members: 6 Mitglieder sind in keinem aktiven Team hinterlegt und werden daher nicht abgerechnet: Eva Meijer, Daan Smit, lena@echo.example und 3 weitere.',
    ],
  ] as const)('inactive members by name in %s, the first few then how many more', (lang, expected) => {
    expect(suggestionText(suggestion(echoMembers(), 'inactive-members'), 'Members', lang)).toBe(expected);
  });

  it.each([
    ['nl', 'Teams: 2 actieve teams hebben geen leden maar worden wel gefactureerd: Marketing, t6. '],
    ['sv', 'Teams: 2 aktiva team saknar medlemmar men faktureras ändå: Marketing, t6. '],
    ['fr', 'Teams\u00a0: 2 équipes actives n’ont aucun membre mais restent facturées\u00a0: Marketing, t6. '],
  ] as const)('empty teams by name in %s, by id only without one', (lang, start) => {
    const text = suggestionText(suggestion(echoTeams(), 'empty-teams'), 'Teams', lang);
    expect(text.startsWith(start)).toBe(true);
  });

  it('unpriced empty teams name them too', () => {
    expect(suggestionText(suggestion(echoTeams('purchased'), 'empty-teams'), 'Teams', 'en')).toBe(
      'Teams: 2 active teams have no members: Marketing, t6.',
    );
  });

  it('an expired login by name, not by id', () => {
    const snapshot = {
      ...amSnapshot,
      users: [{ id: 'x1', profile: 'full', validUntil: '2026-06-30', name: 'Karin Ek' }],
    };
    const [expired] = evaluate(amSystem(), snapshot, { now: NOW }).suggestions.filter(
      (s) => s.kind === 'expired-logins',
    );
    if (!expired) throw new Error('no expired-logins suggestion');
    const text = suggestionText(expired, 'Ärende', 'sv');
    expect(text).toContain('har fortfarande en licens: Karin Ek.');
    expect(text).not.toContain('x1');
  });
});

describe('costLineText', () => {
  const purchase = confirmVerdict().costs[0];
  if (!purchase) throw new Error('no cost line');

  it.each([
    ['en', '473.70', '€'],
    ['nl', '473,70', '€'],
    ['de', '473,70', '€'],
    ['sv', '473,70', '€'],
    ['fr', '473,70', '€'],
  ] as const)('a prorated purchase in %s shows %s and both dates', (lang, amount, symbol) => {
    const text = costLineText(purchase, lang);
    expect(text).toContain(amount);
    expect(text).toContain(symbol);
    expect(text).toContain(formatDate('2026-10-01', lang));
    expect(text).toContain(formatDate('2027-03-31', lang));
    expect(text).not.toMatch(LEFTOVER);
  });

  it('reads in full in en: due now, for which dates, then the full price; never "per year" of a one-off', () => {
    const text = costLineText(purchase, 'en');
    expect(text).toBe('€473.70 now, Oct 1, 2026 – Mar 31, 2027; then €950.00 per year');
  });

  it.each([
    [29, '5 seats × €15.00 = €75.00 more per month, from Dec 1, 2026'],
    [25, '€15.00 more per month, from Dec 1, 2026'],
    [22, '2 seats × €15.00 = €30.00 less per month, from Dec 1, 2026'],
  ])('set-purchased to %i: a recurring line from the next invoice', (purchased, expected) => {
    const verdict = verdictsByReason()['next-invoice'];
    const line = verdict?.costs[0];
    if (!line) throw new Error('no cost line');
    const seats = purchased - 24;
    expect(costLineText({ ...line, seats, amount: seats * 1500 }, 'en')).toBe(expected);
  });
});

describe('pool texts', () => {
  const full = qicsReport(25).pools[0];
  const echo = evaluate(echoTeams(), echoSnapshot, { now: NOW }).pools[0];
  const am = evaluate(amSystem(), amSnapshot, { now: NOW }).pools[0];
  if (!full || !echo || !am) throw new Error('no pools');

  it.each([
    [full, 'en', '25 of 25 users (1 included + 24 purchased)'],
    [full, 'nl', '25 van 25 gebruikers (1 inbegrepen + 24 gekocht)'],
    // "Nutzer: 25 von 25": no dative to get wrong after "von".
    [full, 'de', 'Nutzer: 25 von 25 (1 inklusive + 24 gekauft)'],
    // No French agreement to get wrong, and none with zero either ("achetés : 0" was wrong twice).
    [full, 'fr', '25 sur 25 utilisateurs (1 de base + 24 en supplément)'],
    [am, 'en', '10 of 12 seats'],
    [am, 'sv', '10 av 12 licenser'],
    [echo, 'en', 'Number of teams: 4, no limit'],
    [echo, 'fr', 'Nombre de licences d’équipe\u00a0: 4, sans limite'],
  ] as const)('poolUsageText %#: %s', (pool, lang, expected) => {
    expect(poolUsageText(pool, lang)).toBe(expected);
  });

  it('poolSummaryText names the pool and the level', () => {
    expect(poolSummaryText(full, 'en')).toBe(
      'Users: 25 of 25 users (1 included + 24 purchased). Level: Full.',
    );
  });

  it.each([
    [qicsReport(10).pools[0], 'Room for 15 more seats'],
    [qicsReport(24).pools[0], 'Room for 1 more seat'],
    [full, 'No room for more seats'],
    [qicsReport(31).pools[0], '6 seats over the limit'],
    [echo, null],
  ])('headroomText %#', (pool, expected) => {
    if (!pool) throw new Error('no pool');
    expect(headroomText(pool, 'en')).toBe(expected);
  });

  const admins = evaluate(citizenlab(), citizenlabUsers, { now: NOW }).pools[0];
  const unpriced = qicsReport(25, qics({ price: false })).pools[0];
  const month = { amount: 1500, currency: 'EUR', per: 'month' } as const;
  const qicsVoice = { seat: { one: 'gebruiker', other: 'gebruikers' } };
  it.each([
    [full, 'en', month, {}, 'Billed: 24 seats × €15.00 = €360.00 per month'],
    [full, 'nl', month, qicsVoice, 'Gefactureerd: 24 gebruikers × €\u00a015,00 = €\u00a0360,00 per maand'],
    [echo, 'en', { ...month, amount: 900 }, {}, 'Billed: 4 seats × €9.00 = €36.00 per month'],
    // Included seats are no charge, and never read as free: what an extra one costs.
    [
      admins,
      'nl',
      { amount: 95000, currency: 'EUR', per: 'year' },
      {},
      'Inbegrepen in de licentie, niet apart gefactureerd; een extra licentie kost €\u00a0950,00 per jaar.',
    ],
    [unpriced, 'en', undefined, {}, 'Billed: 24 seats'],
  ] as const)('billingText %#: %s', (pool, lang, price, voice, expected) => {
    if (!pool) throw new Error('no pool');
    expect(billingText(pool, lang, price, voice)).toBe(expected);
  });

  it('seats bought for a term state their price, not a yearly total they may not run', () => {
    const bought = { ...admins, purchased: 1, billed: 1, limit: 3 } as NonNullable<typeof admins>;
    expect(billingText(bought, 'en', { amount: 95000, currency: 'EUR', per: 'year' })).toBe(
      'Billed: 1 seat × €950.00 per year',
    );
  });

  it.each([
    [full, 'Users 25/25'],
    [echo, 'Teams 4'],
  ])('shortUsageText %#', (pool, expected) => {
    expect(shortUsageText(pool, 'en')).toBe(expected);
  });

  it.each([
    ['ok', 'en', 'OK'],
    ['over', 'en', 'Over the limit'],
    ['full', 'nl', 'Vol'],
    ['near', 'de', 'Fast voll'],
  ] as const)('levelText(%s, %s) is %s', (level, lang, expected) => {
    expect(levelText(level, lang)).toBe(expected);
  });
});

describe('errorText and the extension words', () => {
  const shared = ERROR_CODES.map((code) => [code, errorText] as const);
  const own = EXTENSION_ERROR_CODES.map((code) => [code, extensionWords.error] as const);
  const all = [...shared, ...own];
  const cases = all.flatMap(([code, words]) => LANGS.map((lang) => [code, lang, words] as const));

  it.each(cases)('%s in %s is a sentence of its own', (code, lang: Lang, words) => {
    const text = words(code, lang);
    expect(text).not.toMatch(LEFTOVER);
    expect(text.length).toBeGreaterThan(30);
    const others = all.filter(([c]) => c !== code).map(([c, w]) => w(c, lang));
    expect(others).not.toContain(text);
  });

  it('the extension says what to do about a refused token; the shared words know no such code', () => {
    expect(extensionWords.error('unauthorized', 'en')).toBe(
      "The Seat API refused the token (401). Check the token in seatguard's options.",
    );
    expect(errorText('unauthorized', 'en')).toBe(
      'Seat data could not be loaded (unauthorized). Refresh to try again.',
    );
  });

  it.each(ERROR_CODES)('the extension words the shared code %s as the widget does', (code) => {
    expect(extensionWords.error(code, 'de')).toBe(errorText(code, 'de'));
  });

  it.each(['aborted', 'config', ''])('an unknown code %j falls back to a generic sentence', (code) => {
    expect(errorText(code, 'en')).toBe(`Seat data could not be loaded (${code}). Refresh to try again.`);
    expect(extensionWords.error(code, 'en')).toBe(errorText(code, 'en'));
  });

  it('only the extension has notes: the widget has no guard', () => {
    expect(sharedWords.note('guard-error', 'en')).toBeNull();
    expect(extensionWords.note('guard-error', 'sv')).toMatch(/seatguard/);
  });
});

describe('viewErrorText', () => {
  it.each([
    ['error', { code: 'network', message: '' }, errorText('network', 'en')],
    ['error', undefined, errorText('unknown', 'en')],
    ['ready', undefined, null],
    ['loading', { code: 'network', message: '' }, null],
  ] as const)('%s with %j', (status, error, expected) => {
    expect(viewErrorText({ tenant: 't', status, ...(error ? { error } : {}) }, 'en')).toBe(expected);
  });

  it('uses the words it is given', () => {
    const view = { tenant: 't', status: 'error', error: { code: 'forbidden', message: '' } } as const;
    expect(viewErrorText(view, 'en', extensionWords)).toContain('(403)');
    expect(viewErrorText(view, 'en')).toContain('(forbidden)');
  });
});

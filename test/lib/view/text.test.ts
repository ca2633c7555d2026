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
    const text = reasonText(reason, 'Pool X', lang, extensionWords, verdict.costs);
    expect(text).not.toMatch(LEFTOVER);
    if (reason.pool) expect(text).toContain('Pool X');
  });

  it.each([
    ['over-limit', 'en', 'This would take Users to 26 of 25: over the limit.'],
    ['needs-purchase', 'en', 'Users is full: you need to buy 1 extra seat.'],
    ['needs-purchase', 'nl', 'Users zit vol: hiervoor moet je 1 extra seat kopen.'],
    ['adds-cost', 'en', 'This adds 1 billed seat to Users: €9.00 more per month.'],
    [
      'adds-cost',
      'de',
      `Users: Damit kommt 1 abgerechnete Lizenz hinzu, ${formatMoney(900, 'EUR', 'de')} mehr pro Monat.`,
    ],
    ['below-usage', 'en', "You can't lower Users to 10 with 25 in use: remove users or their logins first."],
    [
      'next-invoice',
      'en',
      `The change to Users takes effect on the next invoice, ${formatDate('2026-12-01', 'en')}, never retroactively.`,
    ],
  ] as const)('%s in %s reads %j', (code, lang, expected) => {
    const verdict = verdicts[code];
    const reason = verdict?.reasons.find((r) => r.code === code);
    if (!reason || !verdict) throw new Error(`no ${code} fixture`);
    expect(reasonText(reason, 'Users', lang, extensionWords, verdict.costs)).toBe(expected);
  });

  // The widget's what-if only adds seats: it carries the words for what adding can say, and no more.
  it.each(Object.entries(verdicts))(
    '%s: the widget says it as the extension does, or not at all',
    (code, verdict) => {
      const reason = verdict.reasons.find((r) => r.code === code);
      if (!reason) throw new Error(`no ${code} fixture`);
      const widget = reasonText(reason, 'Users', 'fr', sharedWords, verdict.costs);
      const extension = reasonText(reason, 'Users', 'fr', extensionWords, verdict.costs);
      const onlyExtension = ['frees-seats', 'below-usage', 'next-invoice'].includes(code);
      expect(widget).toBe(onlyExtension ? code : extension);
    },
  );

  it('maps the seats param to the plural count', () => {
    const reason = { code: 'frees-seats' as const, pool: 'users', params: { seats: 3 } };
    expect(reasonText(reason, 'Users', 'en', extensionWords)).toBe('This frees 3 seats in Users.');
    expect(reasonText({ ...reason, params: { seats: 1 } }, 'Users', 'en', extensionWords)).toBe(
      'This frees 1 seat in Users.',
    );
  });

  it('adds-cost without its cost line still reads as a sentence', () => {
    const reason = verdicts['adds-cost']?.reasons[0];
    if (!reason) throw new Error('no adds-cost fixture');
    expect(reasonText(reason, 'Teams', 'en', extensionWords)).toBe('This adds 1 billed seat to Teams.');
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
      `Users: 5 purchased seats are unused. Dropping them saves €75.00 per month from ${formatDate('2026-12-01', 'en')}.`,
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

  it('unpriced unused seats name no amount', () => {
    const [unused] = qicsReport(20, qics({ price: false })).suggestions;
    if (!unused) throw new Error('no suggestion');
    expect(suggestionText(unused, 'Users', 'en')).toBe(
      'Users: 5 purchased seats are unused. You can drop them from the next invoice.',
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
    ['nl', '+7 meer'],
    ['sv', '+7 till'],
    ['de', '+7 weitere'],
    ['fr', '+7 autres'],
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
      "Members: 6 members are in no active team and aren't billed: Eva Meijer, Daan Smit, lena@echo.example +3 more. The “Remove inactive workspace members” button removes them; they then lose access.",
    ],
    [
      'de',
      'Members: 6 Mitglieder sind in keinem aktiven Team hinterlegt und werden nicht abgerechnet: Eva Meijer, Daan Smit, lena@echo.example +3 weitere. Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie; danach haben sie keinen Zugriff mehr.',
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
      'Teams: 2 active teams have no members: Marketing, t6. Archive them if they are no longer needed.',
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

  it('reads in full in en', () => {
    expect(costLineText(purchase, 'en')).toBe(
      '1 seat × €473.70 = €473.70 per year, Oct 1, 2026 – Mar 31, 2027, prorated to contract end',
    );
  });

  it.each([
    [29, '5 seats × €15.00 = €75.00 per month, from Dec 1, 2026'],
    [22, '-2 seats × €15.00 = -€30.00 per month, from Dec 1, 2026'],
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
    [full, 'de', '25 von 25 Nutzer (1 inklusive + 24 gekauft)'],
    [am, 'en', '10 of 12 seats'],
    [am, 'sv', '10 av 12 licenser'],
    [echo, 'en', 'teams in use: 4, no limit'],
    [echo, 'fr', 'licences d’équipe\u00a0: 4, sans limite'],
  ] as const)('poolUsageText %#: %s', (pool, lang, expected) => {
    expect(poolUsageText(pool, lang)).toBe(expected);
  });

  it('poolSummaryText names the pool and the level', () => {
    expect(poolSummaryText(full, 'en')).toBe(
      'Users: 25 of 25 users (1 included + 24 purchased). Level: Full.',
    );
  });

  it.each([
    [qicsReport(10).pools[0], '15 seats free'],
    [qicsReport(24).pools[0], '1 seat free'],
    [full, 'No seats free'],
    [qicsReport(31).pools[0], '6 seats over the limit'],
    [echo, null],
  ])('headroomText %#', (pool, expected) => {
    if (!pool) throw new Error('no pool');
    expect(headroomText(pool, 'en')).toBe(expected);
  });

  const admins = evaluate(citizenlab(), citizenlabUsers, { now: NOW }).pools[0];
  const unpriced = qicsReport(25, qics({ price: false })).pools[0];
  it.each([
    [full, 'en', 'Billed: 24 seats · €360.00 per month'],
    [full, 'nl', 'Gefactureerd: 24 licenties · €\u00a0360,00 per maand'],
    [echo, 'en', 'Billed: 4 seats · €36.00 per month'],
    // Nothing bought on top of the included seats: no "€0.00 per year".
    [admins, 'en', 'Billed: 0 seats'],
    [unpriced, 'en', 'Billed: 24 seats'],
  ] as const)('billingText %#: %s', (pool, lang, expected) => {
    if (!pool) throw new Error('no pool');
    expect(billingText(pool, lang)).toBe(expected);
  });

  it.each([
    [full, 'Users 25/25'],
    [echo, 'Teams 4'],
  ])('shortUsageText %#', (pool, expected) => {
    expect(shortUsageText(pool, 'en')).toBe(expected);
  });

  it.each([
    ['ok', 'en', 'OK'],
    ['over', 'en', 'Over limit'],
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

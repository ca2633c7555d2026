import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../lib/i18n';
import { type ChangeInput, check, type Verdict } from '../../../lib/rules';
import { levelText, verdictTitle } from '../../../lib/view/text';
import {
  purchaseTotal,
  raiseOfVerdict,
  raisesBill,
  recurringRaise,
  type VerdictCase,
  verdictCase,
} from '../../../lib/view/verdict';
import { confirmVerdict, echoSnapshot, echoTeams, NOW, qics, qicsUsers, verdictsByReason } from './fixtures';

const verdicts = verdictsByReason();

describe('purchaseTotal', () => {
  it('sums the needs-purchase cost lines: 47370 cents', () => {
    expect(purchaseTotal(confirmVerdict())).toEqual({ amount: 47370, currency: 'EUR' });
  });

  it('ignores cost lines of pools that need no purchase', () => {
    const adds = verdicts['adds-cost'];
    if (!adds) throw new Error('no fixture');
    expect(purchaseTotal(adds)).toBeNull();
  });

  it('refuses to add up two currencies', () => {
    const verdict = confirmVerdict();
    const [line] = verdict.costs;
    if (!line) throw new Error('no cost line');
    expect(purchaseTotal({ ...verdict, costs: [line, { ...line, currency: 'USD' }] })).toBeNull();
  });
});

describe('raiseOfVerdict', () => {
  it.each([
    ['over-limit', 'block'],
    ['needs-purchase', 'purchase'],
    ['near-limit', null],
    ['below-usage', null],
    ['adds-cost', null],
    ['frees-seats', null],
  ])('%s → %s', (code, expected) => {
    const verdict = verdicts[code];
    if (!verdict) throw new Error('no fixture');
    expect(raiseOfVerdict(verdict)).toBe(expected);
  });

  it('over the limit of a warn pool: going over is allowed but billed', () => {
    const verdict = verdicts['over-limit'];
    if (!verdict) throw new Error('no fixture');
    expect(raiseOfVerdict({ ...verdict, outcome: 'warn' })).toBe('warn');
  });
});

describe('verdictCase and the title it gives: the question the dialog asks (issue 12, 3)', () => {
  const qicsAt = (users: number, change: ChangeInput) =>
    check(qics(), qicsUsers(users), change, { now: NOW });
  const add: ChangeInput = { kind: 'add-user', user: { id: 'new' } };
  const cases: [VerdictCase, Verdict, Record<Lang, string>][] = [
    [
      'limit',
      qicsAt(25, add),
      {
        en: 'The limit is reached',
        nl: 'De limiet is bereikt',
        sv: 'Gränsen är nådd',
        de: 'Das Limit ist erreicht',
        fr: 'La limite est atteinte',
      },
    ],
    [
      'purchase',
      confirmVerdict(),
      {
        en: 'Confirm the purchase of 1 extra seat',
        nl: 'Aankoop van 1 extra licentie bevestigen',
        sv: 'Bekräfta köp av 1 licens till',
        de: 'Kauf von 1 zusätzlichen Lizenz bestätigen',
        fr: 'Confirmer l’achat de 1 licence supplémentaire',
      },
    ],
    [
      'cost',
      qicsAt(20, { kind: 'set-purchased', pool: 'users', purchased: 26 }),
      {
        en: 'This raises the bill',
        nl: 'Hiermee wordt de factuur hoger',
        sv: 'Detta höjer fakturan',
        de: 'Das erhöht die Rechnung',
        fr: 'Cette modification augmente la facture',
      },
    ],
    [
      // Echometer caps nothing: a new team is a cost, never a "licence limit" warning.
      'cost',
      check(echoTeams(), echoSnapshot, { kind: 'add-team', team: { id: 't9' } }, { now: NOW }),
      {
        en: 'This raises the bill',
        nl: 'Hiermee wordt de factuur hoger',
        sv: 'Detta höjer fakturan',
        de: 'Das erhöht die Rechnung',
        fr: 'Cette modification augmente la facture',
      },
    ],
    [
      'full',
      qicsAt(24, add),
      {
        en: 'After this, the limit is reached',
        nl: 'Hierna is de limiet bereikt',
        sv: 'Efter detta är gränsen nådd',
        de: 'Danach ist das Limit erreicht',
        fr: 'Après cela, la limite sera atteinte',
      },
    ],
    [
      'near',
      qicsAt(19, add),
      { en: 'Near the limit', nl: 'Bijna vol', sv: 'Nära gränsen', de: 'Fast voll', fr: 'Presque complet' },
    ],
    [
      'over',
      { ...qicsAt(25, add), outcome: 'warn' },
      {
        en: 'Over the limit',
        nl: 'Boven de limiet',
        sv: 'Över gränsen',
        de: 'Über dem Limit',
        fr: 'Limite dépassée',
      },
    ],
  ];

  it.each(
    cases.flatMap(([kind, verdict, titles]) =>
      LANGS.map((lang) => [kind, lang, verdict, titles[lang]] as const),
    ),
  )('%s in %s', (kind, lang, verdict, title) => {
    expect(verdictCase(verdict)).toBe(kind);
    expect(verdictTitle(verdict, lang)).toBe(title);
  });

  it.each([
    ['below-usage', verdicts['below-usage']],
    ['frees', verdicts['frees-seats']],
    // Archiving an Echometer team frees no room under a limit (there is none): it lowers the bill (002).
    ['lowers', check(echoTeams(), echoSnapshot, { kind: 'archive-team', id: 't1' }, { now: NOW })],
    ['allow', verdicts['no-seat-change']],
  ] as const)('%s: the extension words it', (kind, verdict) => {
    if (!verdict) throw new Error('no fixture');
    expect(verdictCase(verdict)).toBe(kind);
  });

  it('near and over read as the level the panel shows for them', () => {
    for (const lang of LANGS) {
      expect(verdictTitle(qicsAt(19, add), lang)).toBe(levelText('near', lang));
      expect(verdictTitle({ ...qicsAt(25, add), outcome: 'warn' }, lang)).toBe(levelText('over', lang));
    }
  });

  it('a raise of the bill is one; a drop is not', () => {
    const up = qicsAt(20, { kind: 'set-purchased', pool: 'users', purchased: 26 });
    const down = qicsAt(20, { kind: 'set-purchased', pool: 'users', purchased: 22 });
    expect(raisesBill(up)).toBe(true);
    expect(recurringRaise(up)).toEqual({ amount: 3000, currency: 'EUR', per: 'month' });
    expect(raisesBill(down)).toBe(false);
    expect(recurringRaise(down)).toBeNull();
    expect(verdictCase(down)).toBe('allow');
  });
});

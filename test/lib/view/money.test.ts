import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/i18n';
import { type ChangeInput, type CostLine, check } from '../../../lib/rules';
import { costLineText } from '../../../lib/view/text';
import type { Voice } from '../../../lib/view/voice';
import { citizenlab, citizenlabUsers, echoSnapshot, echoTeams, NOW, qics, qicsUsers } from './fixtures';

// Money as a careful billing page shows it, in each of the five languages: what is due now and for which
// dates, or how much more or less per period from when; a one-off never reads "per year" (issue 12, 2).

const nb = '\u00a0';
const PROMOTE: ChangeInput = { kind: 'update-user', id: 'r1', set: { roles: ['admin'] } };

function lineOf(verdict: { costs: readonly CostLine[] }): CostLine {
  const [line] = verdict.costs;
  if (!line) throw new Error('no cost line');
  return line;
}

/** CitizenLab's example of the issue: an admin seat bought on 1 Dec 2026, 121 of 365 days of € 950. */
const prorated = lineOf(check(citizenlab(), citizenlabUsers, PROMOTE, { now: '2026-12-01T09:00:00Z' }));
/** The same seat without a contract end: a whole year, due now. */
const oneOff = lineOf(
  check({ ...citizenlab(), contract: { start: '2026-04-01', cycle: 'year' } }, citizenlabUsers, PROMOTE, {
    now: '2026-12-01T09:00:00Z',
  }),
);
/** QicsMilestones from 24 to 26 purchased users: + € 30 a month from the next invoice (000). */
const raise = lineOf(
  check(qics(), qicsUsers(20), { kind: 'set-purchased', pool: 'users', purchased: 26 }, { now: NOW }),
);
/** Echometer: a new team is one more billed unit per month (002). */
const usage = lineOf(
  check(echoTeams(), echoSnapshot, { kind: 'add-team', team: { id: 't9' } }, { now: NOW }),
);

describe('the fixtures are the cases of the issue', () => {
  it('a prorated admin seat: € 314,93 for 1 Dec 2026 – 31 Mar 2027 of € 950 a year', () => {
    expect(prorated).toMatchObject({
      seats: 1,
      amount: 31493,
      prorated: true,
      from: '2026-12-01',
      to: '2027-03-31',
    });
    expect(prorated.price).toEqual({ amount: 95000, per: 'year' });
  });

  it('a raise of two users: + € 30 a month from the next invoice', () => {
    expect(raise).toMatchObject({ seats: 2, amount: 3000, per: 'month', to: null, from: '2026-12-01' });
  });
});

const QICS: Voice = { seat: { one: 'gebruiker', other: 'gebruikers' } };

describe.each<[Lang, Record<'prorated' | 'oneOff' | 'raise' | 'usage' | 'drop', string>]>([
  [
    'nl',
    {
      prorated: `€${nb}314,93 nu, 1 dec 2026 – 31 mrt 2027; daarna €${nb}950,00 per jaar`,
      oneOff: `€${nb}950,00 nu, 1 dec 2026 – 30 nov 2027; daarna €${nb}950,00 per jaar`,
      raise: `2 licenties × €${nb}15,00 = €${nb}30,00 meer per maand, vanaf 1 dec 2026`,
      usage: `€${nb}9,00 meer per maand, vanaf 1 dec 2026`,
      drop: `2 licenties × €${nb}15,00 = €${nb}30,00 minder per maand, vanaf 1 dec 2026`,
    },
  ],
  [
    'en',
    {
      prorated: '€314.93 now, Dec 1, 2026 – Mar 31, 2027; then €950.00 per year',
      oneOff: '€950.00 now, Dec 1, 2026 – Nov 30, 2027; then €950.00 per year',
      raise: '2 seats × €15.00 = €30.00 more per month, from Dec 1, 2026',
      usage: '€9.00 more per month, from Dec 1, 2026',
      drop: '2 seats × €15.00 = €30.00 less per month, from Dec 1, 2026',
    },
  ],
  [
    'sv',
    {
      prorated: `314,93${nb}€ nu, 1 dec. 2026 – 31 mars 2027; därefter 950,00${nb}€ per år`,
      oneOff: `950,00${nb}€ nu, 1 dec. 2026 – 30 nov. 2027; därefter 950,00${nb}€ per år`,
      raise: `2 licenser × 15,00${nb}€ = 30,00${nb}€ mer per månad, från och med 1 dec. 2026`,
      usage: `9,00${nb}€ mer per månad, från och med 1 dec. 2026`,
      drop: `2 licenser × 15,00${nb}€ = 30,00${nb}€ mindre per månad, från och med 1 dec. 2026`,
    },
  ],
  [
    'de',
    {
      prorated: `314,93${nb}€ jetzt, 01.12.2026 – 31.03.2027; danach 950,00${nb}€ pro Jahr`,
      oneOff: `950,00${nb}€ jetzt, 01.12.2026 – 30.11.2027; danach 950,00${nb}€ pro Jahr`,
      raise: `2 Lizenzen × 15,00${nb}€ = 30,00${nb}€ mehr pro Monat, ab 01.12.2026`,
      usage: `9,00${nb}€ mehr pro Monat, ab 01.12.2026`,
      drop: `2 Lizenzen × 15,00${nb}€ = 30,00${nb}€ weniger pro Monat, ab 01.12.2026`,
    },
  ],
  [
    'fr',
    {
      prorated: `314,93${nb}€ maintenant, du 1 déc. 2026 au 31 mars 2027${nb}; ensuite 950,00${nb}€ par an`,
      oneOff: `950,00${nb}€ maintenant, du 1 déc. 2026 au 30 nov. 2027${nb}; ensuite 950,00${nb}€ par an`,
      raise: `2 licences × 15,00${nb}€ = 30,00${nb}€ de plus par mois, à partir du 1 déc. 2026`,
      usage: `9,00${nb}€ de plus par mois, à partir du 1 déc. 2026`,
      drop: `2 licences × 15,00${nb}€ = 30,00${nb}€ de moins par mois, à partir du 1 déc. 2026`,
    },
  ],
])('money in %s', (lang, expected) => {
  // Intl writes narrow and plain no-break spaces by locale; compared with one kind.
  const same = (text: string) => text.replace(/[\u00a0\u202f]/g, nb);

  it('a prorated purchase: due now, for which dates, and the full price after', () => {
    expect(same(costLineText(prorated, lang))).toBe(expected.prorated);
  });

  it('a one-off for a whole term: due now, for its dates; never "per year" of what is due now', () => {
    expect(same(costLineText(oneOff, lang))).toBe(expected.oneOff);
  });

  it('a recurring raise: how much more per period, from the next invoice', () => {
    expect(same(costLineText(raise, lang))).toBe(expected.raise);
  });

  it('a usage addition: what one more unit adds per period, from the next cycle', () => {
    expect(same(costLineText(usage, lang))).toBe(expected.usage);
  });

  it('a drop: how much less per period', () => {
    expect(same(costLineText({ ...raise, seats: -2, amount: -3000 }, lang))).toBe(expected.drop);
  });
});

describe('money in the vendor’s word', () => {
  it('QicsMilestones bills users, not licences', () => {
    expect(costLineText(raise, 'nl', QICS).replace(/\s/g, ' ')).toBe(
      '2 gebruikers × € 15,00 = € 30,00 meer per maand, vanaf 1 dec 2026',
    );
  });

  it('several prorated seats show the sum, then the full price per seat', () => {
    const five = { ...prorated, seats: 5, amount: 5 * prorated.amount };
    expect(costLineText(five, 'en', { seat: { one: 'seat', other: 'seats' } })).toBe(
      '5 seats × €314.93 = €1,574.65 now, Dec 1, 2026 – Mar 31, 2027; then €950.00 per seat per year',
    );
  });
});

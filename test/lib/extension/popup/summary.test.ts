import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../../lib/extension/popup/summary';
import { evaluate } from '../../../../lib/rules';
import {
  citizenlab,
  citizenlabSnapshot,
  echo,
  echoSnapshot,
  NOW,
  qics,
  qicsSnapshot,
} from '../../rules/fixtures';
import { echoMembers, echoNamedSnapshot } from '../../view/fixtures';

const squash = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('summaryText: plain text for a support ticket', () => {
  it('names the tenant, each pool with usage, level, billing and cost, and the time of the data', () => {
    const report = evaluate(citizenlab(), citizenlabSnapshot(), { now: NOW });
    const prices = {
      admins: { amount: 95000, currency: 'EUR', per: 'year' as const },
      managers: { amount: 60000, currency: 'EUR', per: 'year' as const },
    };
    // Included seats are no charge, and never read as free ("Billed: 0 seats" did).
    expect(squash(summaryText('Gemeente Velden', report, 'en', prices)).split('\n')).toEqual([
      'Gemeente Velden (citizenlab-demo)',
      'Seat level: Full',
      '- admins: 2/2, Full · Included in the licence, not billed separately; an extra seat costs €950.00 per year.',
      '- managers: 2/3, OK · Included in the licence, not billed separately; an extra seat costs €600.00 per year.',
      'Data as of Nov 22, 2026 09:00 UTC',
    ]);
  });

  it('lists the suggestions, and pools without a limit', () => {
    const report = evaluate(echo('teams', 4900), echoSnapshot(), { now: NOW });
    const prices = { teams: { amount: 4900, currency: 'EUR', per: 'month' as const } };
    const lines = squash(summaryText('Echo GmbH', report, 'en', prices)).split('\n');
    expect(lines[2]).toBe('- teams: 4, no limit, OK · Billed: 4 seats × €49.00 = €196.00 per month');
    expect(lines[3]).toBe('Suggestions:');
    expect(lines[4]).toMatch(/^- teams: 1 .*team/);
  });

  it.each([
    ['en', '+3 more'],
    ['sv', 'och 3 till'],
  ] as const)(
    'names the people a suggestion is about, in %s, never their ids where a name is known',
    (lang, more) => {
      const report = evaluate(echoMembers(), echoNamedSnapshot, { now: NOW });
      const lines = summaryText('Echo GmbH', report, lang).split('\n');
      const suggestion = lines.find((line) => line.startsWith('- Members: 6 '));
      expect(suggestion).toContain(`: Eva Meijer, Daan Smit, lena@echo.example ${more}.`);
      expect(suggestion).not.toMatch(/\bm[234]\b/);
    },
  );

  it('speaks the agent’s language, with its number and date formats', () => {
    const report = evaluate(qics(), qicsSnapshot(25, 22, 4), { now: NOW });
    const prices = { users: { amount: 1500, currency: 'EUR', per: 'month' as const } };
    const text = squash(summaryText('Bureau Jansen', report, 'nl', prices));
    expect(text).toContain('- Users: 25/25, Vol · ');
    expect(text).toContain('24 licenties × € 15,00 = € 360,00 per maand');
    expect(text).toContain('Gegevens van 22 nov 2026 09:00 UTC');
  });

  it('shows an as-of value it cannot read as sent', () => {
    const report = { ...evaluate(qics(), qicsSnapshot(1), { now: NOW }), asOf: 'yesterday' };
    expect(summaryText('Bureau Jansen', report, 'en').split('\n').at(-1)).toBe('Data as of yesterday');
  });
});

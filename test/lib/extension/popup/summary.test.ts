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
    expect(squash(summaryText('Gemeente Velden', report, 'en')).split('\n')).toEqual([
      'Gemeente Velden (citizenlab-demo)',
      'Seat level: Full',
      '- admins: 2/2, Full · Billed: 0 seats',
      '- managers: 2/3, OK · Billed: 0 seats',
      'Data as of Nov 22, 2026 09:00 UTC',
    ]);
  });

  it('lists the suggestions, and pools without a limit', () => {
    const report = evaluate(echo('teams', 4900), echoSnapshot(), { now: NOW });
    const lines = squash(summaryText('Echo GmbH', report, 'en')).split('\n');
    expect(lines[2]).toBe('- teams: 4, no limit, OK · Billed: 4 seats · €196.00 per month');
    expect(lines[3]).toBe('Suggestions:');
    expect(lines[4]).toMatch(/^- teams: 1 .*team/);
  });

  it.each([
    ['en', '+3 more'],
    ['sv', '+3 till'],
  ] as const)(
    'names the people a suggestion is about, in %s, never their ids where a name is known',
    (lang, more) => {
      const report = evaluate(echoMembers(), echoNamedSnapshot, { now: NOW });
      const lines = summaryText('Echo GmbH', report, lang).split('\n');
      const suggestion = lines.find((line) => line.startsWith('- Members: 6 '));
      expect(suggestion).toContain(`: Eva Meijer, Daan Smit, lena@echo.example ${more}. `);
      expect(suggestion).not.toMatch(/\bm[234]\b/);
    },
  );

  it('speaks the agent’s language, with its number and date formats', () => {
    const report = evaluate(qics(), qicsSnapshot(25, 22, 4), { now: NOW });
    const text = squash(summaryText('Bureau Jansen', report, 'nl'));
    expect(text).toContain('- Users: 25/25, Vol · ');
    expect(text).toContain('€ 360,00 per maand');
    expect(text).toContain('Gegevens van 22 nov 2026 09:00 UTC');
  });

  it('shows an as-of value it cannot read as sent', () => {
    const report = { ...evaluate(qics(), qicsSnapshot(1), { now: NOW }), asOf: 'yesterday' };
    expect(summaryText('Bureau Jansen', report, 'en').split('\n').at(-1)).toBe('Data as of yesterday');
  });
});

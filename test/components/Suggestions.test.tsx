import { afterEach, describe, expect, it } from 'vitest';
import { Suggestions } from '../../components/Suggestions';
import { formatDate, formatMoney } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { labelsOf } from '../../lib/view/report';
import {
  amSnapshot,
  amSystem,
  echoMembers,
  echoNamedSnapshot,
  echoSnapshot,
  echoTeams,
  NOW,
  qicsReport,
  USERS_AT,
} from '../lib/view/fixtures';
import { all, mount, text, unmountAll } from './mount';

afterEach(unmountAll);

describe('Suggestions', () => {
  it.each([
    [
      'en',
      `Users: 5 purchased seats are unused. Dropping them saves ${formatMoney(7500, 'EUR', 'en')} per month from ${formatDate('2026-12-01', 'en')}.`,
    ],
    [
      'nl',
      `Users: 5 gekochte licenties worden niet gebruikt. Afbestellen bespaart ${formatMoney(7500, 'EUR', 'nl')} per maand, vanaf ${formatDate('2026-12-01', 'nl')}.`,
    ],
  ] as const)('unused seats with their saving in %s', (lang, expected) => {
    const report = qicsReport(USERS_AT.near);
    const root = mount(
      <Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang={lang} />,
    );
    expect(all(root, 'li').map((li) => text(li))).toEqual([expected]);
  });

  it('empty teams name the saving per month', () => {
    const report = evaluate(echoTeams(), echoSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="en" />);
    expect(text(root)).toContain(`Archive it to save ${formatMoney(900, 'EUR', 'en')} per month.`);
  });

  it('labels each suggestion with its pool', () => {
    const report = evaluate(amSystem(), amSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="sv" />);
    const items = all(root, 'li').map((li) => text(li));
    expect(items.some((item) => item.startsWith('Ärende:') && item.includes('Gäller t o m'))).toBe(true);
  });

  it.each([
    ['en', ': Eva Meijer, Daan Smit, lena@echo.example +3 more. '],
    ['nl', ': Eva Meijer, Daan Smit, lena@echo.example +3 meer. '],
  ] as const)('names the members in %s, the first few then how many more', (lang, names) => {
    const report = evaluate(echoMembers(), echoNamedSnapshot, { now: NOW });
    const root = mount(
      <Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang={lang} />,
    );
    const [item] = all(root, 'li').map((li) => text(li));
    expect(item).toContain(names);
    // m2, m3 and m4 have a name or an e-mail: their ids never show.
    expect(item).not.toMatch(/\bm[234]\b/);
  });

  it('names empty teams, by id only when a team has no name', () => {
    const report = evaluate(echoTeams(), echoNamedSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="de" />);
    expect(text(root)).toContain('werden aber abgerechnet: Marketing, t6. Archivieren Sie sie');
    expect(text(root)).not.toContain('t5');
  });

  it('renders nothing without suggestions', () => {
    const root = mount(<Suggestions suggestions={[]} labels={{}} lang="en" />);
    expect(root.childElementCount).toBe(0);
  });

  it('falls back to the pool id without a label', () => {
    const report = qicsReport(USERS_AT.near);
    const root = mount(<Suggestions suggestions={report.suggestions} labels={{}} lang="en" />);
    expect(text(root)).toContain('users: 5 purchased seats');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { Suggestions } from '../../components/Suggestions';
import { formatDate, formatMoney } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { labelsOf } from '../../lib/view/report';
import {
  amSnapshot,
  amSystem,
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

import { afterEach, describe, expect, it } from 'vitest';
import { Suggestions } from '../../components/Suggestions';
import { builtInAdapters } from '../../lib/hosts';
import { formatDate, formatMoney } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { extensionWordsFor } from '../../lib/view/extension-words';
import { kindsOf, labelsOf } from '../../lib/view/report';
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
      `Users: 15 purchased seats are not in use. Dropping them saves ${formatMoney(22500, 'EUR', 'en')} per month from ${formatDate('2026-12-01', 'en')}.`,
    ],
    [
      'nl',
      `Users: 15 gekochte licenties worden niet gebruikt. Afbestellen bespaart ${formatMoney(22500, 'EUR', 'nl')} per maand, vanaf ${formatDate('2026-12-01', 'nl')}.`,
    ],
  ] as const)('unused seats with their saving in %s', (lang, expected) => {
    const report = qicsReport(USERS_AT.ok);
    const root = mount(
      <Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang={lang} />,
    );
    expect(all(root, 'li').map((li) => text(li))).toEqual([expected]);
  });

  it('empty teams name the saving per month and when it starts', () => {
    const report = evaluate(echoTeams(), echoSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="en" />);
    expect(text(root)).toContain(
      `Archiving it saves ${formatMoney(900, 'EUR', 'en')} per month from ${formatDate('2026-12-01', 'en')}.`,
    );
  });

  it('labels each suggestion with its pool', () => {
    const report = evaluate(amSystem(), amSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="sv" />);
    const items = all(root, 'li').map((li) => text(li));
    expect(
      items.some((item) => item.startsWith('Ärende:') && item.includes('har fortfarande en licens')),
    ).toBe(true);
  });

  it.each([
    ['en', ': Eva Meijer, Daan Smit, lena@echo.example +3 more.'],
    ['nl', ': Eva Meijer, Daan Smit, lena@echo.example en nog 3.'],
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
    expect(text(root)).toContain('werden aber abgerechnet: Marketing, t6. Archivieren spart');
    expect(text(root)).not.toContain('t5');
  });

  it('renders nothing without suggestions', () => {
    const root = mount(<Suggestions suggestions={[]} labels={{}} lang="en" />);
    expect(root.childElementCount).toBe(0);
  });

  it('falls back to the pool id without a label', () => {
    const report = qicsReport(USERS_AT.ok);
    const root = mount(<Suggestions suggestions={report.suggestions} labels={{}} lang="en" />);
    expect(text(root)).toContain('users: 15 purchased seats');
  });

  it('the widget (shared words) offers no vendor’s step and links nowhere', () => {
    const report = evaluate(echoMembers(), echoNamedSnapshot, { now: NOW });
    const root = mount(<Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang="de" />);
    expect(text(root)).not.toContain('Button');
    expect(all(root, 'a')).toHaveLength(0);
  });
});

describe('Suggestions on a host: the vendor’s next step, and links to where to act', () => {
  const echo = builtInAdapters.find((a) => a.id === 'sandbox-echo-members');
  const link = (what: 'user' | 'team', id: string) => `https://host.example/${what}s/${id}`;
  /** The suggestions as the panel shows them on Echometer's pages, in its German. */
  const mountOnEcho = (report: ReturnType<typeof evaluate>) =>
    mount(
      <Suggestions
        suggestions={report.suggestions}
        labels={labelsOf(report)}
        kinds={kindsOf(report)}
        lang="de"
        words={extensionWordsFor(echo)}
        link={link}
      />,
    );

  it('inactive members in Echometer’s German (du): who, that it saves nothing, and its button', () => {
    const report = evaluate(echoMembers(), echoNamedSnapshot, { now: NOW });
    const root = mountOnEcho(report);
    const [item] = all(root, 'li');
    if (!item) throw new Error('no suggestion');
    expect(text(item)).toBe(
      'Members: 6 Mitglieder sind in keinem aktiven Team hinterlegt und werden daher nicht abgerechnet: Eva Meijer, Daan Smit, lena@echo.example und 3 weitere. Entferne sie nur, wenn sie keinen Zugriff mehr brauchen: Der Button „Inaktive Workspace-Mitglieder entfernen“ entfernt sie mit einem Klick. Gespart wird dadurch nichts.',
    );
    expect(all(item, 'a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Eva Meijer', 'https://host.example/users/m2'],
      ['Daan Smit', 'https://host.example/users/m3'],
      ['lena@echo.example', 'https://host.example/users/m4'],
    ]);
  });

  it('an empty team links to where teams are archived, and says to archive it', () => {
    const report = evaluate(echoTeams(), echoNamedSnapshot, { now: NOW });
    const root = mountOnEcho(report);
    expect(all(root, 'a').map((a) => a.getAttribute('href'))).toEqual([
      'https://host.example/teams/t5',
      'https://host.example/teams/t6',
    ]);
    expect(text(root)).toContain('Archiviere das Team: Archivierte Teams werden nicht in Rechnung gestellt.');
  });
});

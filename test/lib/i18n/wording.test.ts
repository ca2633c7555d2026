import { describe, expect, it } from 'vitest';
import { builtInAdapters, type HostAdapter } from '../../../lib/hosts';
import { LANGS, type Lang, type MessageKey, t } from '../../../lib/i18n';
import { evaluate, type PoolReport } from '../../../lib/rules';
import { extensionWordsFor, voiceOf } from '../../../lib/view/extension-words';
import { headroomText, poolUsageText } from '../../../lib/view/text';
import { seatWord } from '../../../lib/view/voice';
import { echoMembers, echoSnapshot, echoTeams, NOW, qicsReport } from '../view/fixtures';

// Wording defects a careful native reader of each vendor's help page found in the screens (issue 12, 3), one
// table per kind of defect, so that none comes back in any language.

function adapter(id: string): HostAdapter {
  const found = builtInAdapters.find((a) => a.id === id);
  if (!found) throw new Error(`no adapter ${id}`);
  return found;
}

function onlyPool(pools: readonly PoolReport[] | undefined): PoolReport {
  const [pool] = pools ?? [];
  if (!pool) throw new Error('no pool');
  return pool;
}

const qicsRoom = onlyPool(qicsReport(23).pools);
const qicsFull = onlyPool(qicsReport(25).pools);

/**
 * QicsMilestones counts "gebruikers" (000): where its word for a seat is a person, room left is room for more
 * users, never "5 users free" or "no users free"; where it is a licence, the licence is free.
 */
const HEADROOM: [Lang, string, string][] = [
  ['nl', 'Ruimte voor nog 2 gebruikers', 'Geen ruimte voor meer gebruikers'],
  ['en', 'Room for 2 more users', 'No room for more users'],
  ['sv', '2 användarlicenser lediga', 'Inga lediga användarlicenser'],
  ['de', '2 Nutzerlizenzen frei', 'Keine Nutzerlizenzen frei'],
  ['fr', '2 licences utilisateur libres', 'Aucune licence utilisateur libre'],
];

describe('room left, in the words of a vendor that counts users', () => {
  it.each(HEADROOM)('QicsMilestones in %s: %s; at the limit: %s', (lang, room, none) => {
    const voice = voiceOf(adapter('sandbox-qics-demo'), lang);
    expect(headroomText(qicsRoom, lang, voice)).toBe(room);
    expect(headroomText(qicsFull, lang, voice)).toBe(none);
  });

  it.each(LANGS)('%s: no built-in vendor’s person word is called free', (lang) => {
    for (const host of builtInAdapters) {
      const voice = voiceOf(host, lang);
      const text = `${headroomText(qicsRoom, lang, voice)} ${headroomText(qicsFull, lang, voice)}`;
      expect(text).not.toMatch(/\b(users|gebruikers|användare) (free|vrij|lediga)\b/);
      expect(text).not.toMatch(/\b(No|Geen|Inga) (users|gebruikers|användare)\b/);
    }
  });
});

/** The guard's "or free one" heading: no unit, so "free a user" never reads as letting a person go. */
const OR_FREE: [Lang, string][] = [
  ['en', 'Or make room'],
  ['nl', 'Of maak ruimte vrij'],
  ['sv', 'Eller frigör plats'],
  ['de', 'Oder Platz schaffen'],
  ['fr', 'Ou libérer de la place'],
];

describe('the heading over the ways to free a seat', () => {
  it.each(OR_FREE)('%s: %s, whatever the vendor’s word for a seat', (lang, expected) => {
    for (const host of builtInAdapters) {
      const unit = seatWord(1, lang, voiceOf(host, lang));
      expect(t('dialog.or-free', { unit }, lang)).toBe(expected);
    }
  });
});

const echoTeamsPool = onlyPool(evaluate(echoTeams(), echoSnapshot, { now: NOW }).pools);
const echoMembersPool = onlyPool(evaluate(echoMembers(), echoSnapshot, { now: NOW }).pools);

/**
 * A pool without a limit is a line of its own: it starts with a capital, and members are counted, not "in use"
 * (Echometer's "aktive Workspace-Mitglieder", 002; "membres actifs de l’espace de travail", 004).
 */
const UNLIMITED: [Lang, string, string][] = [
  ['en', 'Number of teams: 4, no limit', 'Number of active members: 2, no limit'],
  ['nl', 'Aantal teams: 4, geen limiet', 'Aantal actieve leden: 2, geen limiet'],
  ['sv', 'Antal team: 4, ingen gräns', 'Antal aktiva medlemmar: 2, ingen gräns'],
  ['de', 'Team-Lizenzen: 4, kein Limit', 'Aktive Workspace-Mitglieder: 2, kein Limit'],
  [
    'fr',
    'Nombre de licences d’équipe\u00a0: 4, sans limite',
    'Nombre de membres actifs de l’espace de travail\u00a0: 2, sans limite',
  ],
];

describe('usage of a pool without a limit', () => {
  it.each(UNLIMITED)('%s: %s / %s', (lang, teams, members) => {
    expect(poolUsageText(echoTeamsPool, lang)).toBe(teams);
    expect(poolUsageText(echoMembersPool, lang)).toBe(members);
    for (const text of [teams, members]) {
      expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase(lang));
      expect(text).not.toMatch(/in use|in gebruik|som används|in Nutzung/);
    }
  });
});

/** The panel's status line: a state, never a plan tier ("Licensnivå", "Niveau des licences" read as one). */
const STATUS: [Lang, string][] = [
  ['en', 'Seat level: Full'],
  ['nl', 'Licentiestatus: Vol'],
  ['sv', 'Licensstatus: Fullt'],
  ['de', 'Lizenzstatus: Voll'],
  ['fr', 'État des licences\u00a0: Complet'],
];

describe('the panel’s status line', () => {
  it.each(STATUS)('%s: %s', (lang, expected) => {
    expect(t('panel.level', { level: t(`level.full`, {}, lang) }, lang)).toBe(expected);
  });
});

/** "+22 meer" is English in Dutch clothes: each language ends a list of names its own way. */
const MORE: [Lang, string][] = [
  ['en', '+22 more'],
  ['nl', 'en nog 22'],
  ['sv', 'och 22 till'],
  ['de', 'und 22 weitere'],
  ['fr', 'et 22 autres'],
];

describe('the end of a shortened list of names', () => {
  it.each(MORE)('%s: %s', (lang, expected) => {
    expect(t('suggestion.more', { count: 22 }, lang)).toBe(expected);
  });
});

/** QicsMilestones' raise hint (000): write to the address, in one word for its users per language. */
const QICS_RAISE: [Lang, RegExp, RegExp][] = [
  ['nl', /^Stuur een e-mail naar info@qics\.nl met het verzoek/, /e-mail via|\bje\b/],
  ['en', /^E-mail QicsMilestones at info@qics\.nl/, /via info@/],
  ['sv', /^Mejla QicsMilestones på info@qics\.nl/, /via info@/],
  ['de', /^Bitten Sie QicsMilestones per E-Mail an info@qics\.nl, die Zahl der Nutzer/, /Benutzer|\bdu\b/],
  ['fr', /^Écrivez à info@qics\.nl pour demander à QicsMilestones/, /QicsMilestones à info@/],
];

describe('QicsMilestones’ raise hint', () => {
  it.each(QICS_RAISE)('%s says where to write, in its own terms', (lang, says, never) => {
    const hint = extensionWordsFor(adapter('sandbox-qics-demo')).raise('block', lang)?.hint ?? '';
    expect(hint).toMatch(says);
    expect(hint).not.toMatch(never);
  });
});

/** Sentences mended after a native reading; each as it must read now. */
const MENDED: [Lang, MessageKey, string][] = [
  [
    'sv',
    'free.module',
    'Flytta användaren till en profil utan moduler: användaren kan fortfarande logga in men använder ingen modul. Om inloggningen också ska stoppas, sätt dessutom Gäller t o m till ett datum som redan har passerat.',
  ],
  ['sv', 'whatif.title', 'Vad händer om du lägger till fler?'],
  [
    'fr',
    'free.role',
    'Retirez à l’utilisateur ses droits d’administrateur ou de gestionnaire\u00a0; le compte lui-même est conservé.',
  ],
  ['fr', 'options.export.nothing', 'Vous n’avez encore aucun adaptateur personnel à exporter.'],
  [
    'fr',
    'options.test.network',
    'Impossible de joindre {url}. Vérifiez l’adresse et assurez-vous que le serveur est démarré.',
  ],
  [
    'fr',
    'pool.included-price',
    'Incluses dans le contrat, non facturées à part\u00a0; une {unit} supplémentaire coûte {price}.',
  ],
  [
    'nl',
    'options.field.warn-at-hint',
    'Waarschuw wanneer een pool dit deel van de limiet bereikt. Laat het leeg om de eigen drempel van elke leverancier te gebruiken.',
  ],
];

describe('mended sentences', () => {
  it.each(MENDED)('%s %s', (lang, key, expected) => {
    expect(t(key, {}, lang)).toBe(expected);
  });

  it('French names a seat by its unit, never "places"', () => {
    expect(t('pool.included-price', { unit: 'licence', price: '950 €' }, 'fr')).not.toMatch(/\bplaces?\b/);
  });
});

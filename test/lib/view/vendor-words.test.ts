import { describe, expect, it } from 'vitest';
import { builtInAdapters, type HostAdapter } from '../../../lib/hosts';
import { LANGS, type Lang } from '../../../lib/i18n';
import { extensionWords, extensionWordsFor, freeText, voiceOf } from '../../../lib/view/extension-words';
import { seatWord } from '../../../lib/view/voice';
import { sharedWords } from '../../../lib/view/words';

// The raise hint, the term for a seat and the register come from the host's adapter in the admin's language,
// never from the language alone (issue 12, 3): QicsMilestones in Swedish is still raised by e-mail to Qics.

function adapter(id: string): HostAdapter {
  const found = builtInAdapters.find((a) => a.id === id);
  if (!found) throw new Error(`no adapter ${id}`);
  return found;
}

/** Each vendor's own way to raise a limit (the seeds), and what only another vendor says. */
const RAISE: Record<string, { enforce: 'block' | 'purchase'; own: RegExp }> = {
  // 000: "Zodra u ons een e-mail heeft gestuurd …", info@qics.nl.
  'sandbox-qics-demo': { enforce: 'block', own: /info@qics\.nl/ },
  // 001: Administratör » Avtal » Uppgradera licens, then Checka ut.
  'sandbox-am-demo': { enforce: 'block', own: /Administratör » Avtal » Uppgradera licens.*Checka ut/ },
  // 003: the customer buys extra seats itself.
  'sandbox-citizenlab-demo': { enforce: 'purchase', own: /Licentie & seats/ },
};
const OTHERS = [/info@qics\.nl/, /Uppgradera licens/, /Licentie & seats/];

describe.each(Object.entries(RAISE))('%s: the raise hint in every language', (id, { enforce, own }) => {
  it.each(LANGS)('%s names the vendor’s own steps and no other vendor’s', (lang) => {
    const hint = extensionWordsFor(adapter(id)).raise(enforce, lang)?.hint ?? '';
    expect(hint).toMatch(own);
    for (const other of OTHERS.filter((o) => o.source !== own.source && !own.source.includes(o.source)))
      expect(hint).not.toMatch(other);
  });
});

describe('the raise hint where no adapter says: neutral, no vendor’s steps', () => {
  it.each(LANGS)('%s', (lang) => {
    for (const enforce of ['block', 'purchase'] as const) {
      const hint = extensionWords.raise(enforce, lang)?.hint ?? '';
      for (const other of OTHERS) expect(hint).not.toMatch(other);
      expect(hint).not.toMatch(/e-?mail|mejl/i);
    }
  });

  it('the widget, with no host, says nothing of raising', () => {
    expect(sharedWords.raise('block', 'nl')).toBeNull();
    expect(sharedWords.voice('nl')).toEqual({});
  });
});

/** adapter × language → the word for one seat and for five, as the vendor's pages have it. */
const TERMS: [string, Lang, string, string][] = [
  ['sandbox-qics-demo', 'nl', 'gebruiker', 'gebruikers'],
  ['sandbox-qics-demo', 'en', 'user', 'users'],
  ['sandbox-qics-demo', 'sv', 'användarlicens', 'användarlicenser'],
  ['sandbox-qics-demo', 'de', 'Nutzerlizenz', 'Nutzerlizenzen'],
  ['sandbox-qics-demo', 'fr', 'licence utilisateur', 'licences utilisateur'],
  ['sandbox-am-demo', 'sv', 'licens', 'licenser'],
  ['sandbox-am-demo', 'nl', 'licentie', 'licenties'],
  ['sandbox-am-demo', 'en', 'licence', 'licences'],
  ['sandbox-echo-teams', 'de', 'Lizenz', 'Lizenzen'],
  ['sandbox-echo-members', 'fr', 'licence', 'licences'],
  ['sandbox-citizenlab-demo', 'nl', 'seat', 'seats'],
  ['sandbox-citizenlab-demo', 'en', 'seat', 'seats'],
  ['sandbox-citizenlab-demo', 'de', 'Lizenz', 'Lizenzen'],
];

describe('the term for a seat', () => {
  it.each(TERMS)('%s in %s: %s, %s', (id, lang, one, other) => {
    const voice = voiceOf(adapter(id), lang);
    expect(seatWord(1, lang, voice)).toBe(one);
    expect(seatWord(5, lang, voice)).toBe(other);
  });

  it('one term per dialog: CitizenLab in Dutch never mixes seat and licentie', () => {
    const words = extensionWordsFor(adapter('sandbox-citizenlab-demo'));
    const voice = words.voice('nl');
    const texts = [
      words.raise('purchase', 'nl')?.hint,
      words.reason('needs-purchase', { pool: 'Admins', count: 1, unit: seatWord(1, 'nl', voice) }, 'nl'),
    ].join(' ');
    expect(texts).toContain('seat');
    expect(texts).not.toMatch(/licentie/);
  });

  it.each(LANGS)('without a host, seatguard’s own word in %s', (lang) => {
    expect(voiceOf(undefined, lang)).toEqual({ seat: undefined, register: undefined });
    expect(seatWord(2, lang)).not.toBe('');
  });
});

describe('the register: u or je, Sie or du, as the host says', () => {
  it.each([
    // 000 says "u"; its raise hint speaks to "u".
    ['sandbox-qics-demo', 'nl', 'formal', /\bU kunt\b/, /\bje\b/],
    // 003 says "je" and "jullie".
    ['sandbox-citizenlab-demo', 'nl', 'informal', /\bJe ontvangt\b/, /\buw?\b/],
    // 001 says "du"; in German its steps read du.
    ['sandbox-am-demo', 'de', 'informal', /\bFüge\b.*\bkannst du\b/i, /\bSie\b/],
    ['sandbox-qics-demo', 'de', 'formal', /\bBitten Sie\b/, /\bdu\b/],
  ] as const)('%s in %s is %s', (id, lang, register, says, never) => {
    const host = adapter(id);
    expect(voiceOf(host, lang).register).toBe(register);
    const hint =
      extensionWordsFor(host).raise('block', lang)?.hint ??
      extensionWordsFor(host).raise('purchase', lang)?.hint;
    expect(hint).toMatch(says);
    expect(hint).not.toMatch(never);
  });

  it.each([
    ['sandbox-echo-teams', 'Archiviere das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
    ['sandbox-qics-demo', 'Archivieren Sie das Team: Archivierte Teams werden nicht in Rechnung gestellt.'],
  ])('the way out on %s in German follows its register', (id, expected) => {
    expect(freeText('teams', 'de', voiceOf(adapter(id), 'de'))).toBe(expected);
  });

  it.each(LANGS)('every built-in adapter words %s in full', (lang) => {
    for (const id of Object.keys(RAISE)) expect(adapter(id).words?.[lang]?.seat).toBeDefined();
  });
});

describe('the vendor’s own ways out, per count kind (licensing.md)', () => {
  it.each([
    ['logins', 'nl', 'Ontkoppel de gebruiker van de medewerker en verwijder daarna de gebruiker.'],
    ['module', 'sv', /^Flytta användaren till en profil utan moduler/],
    ['teams', 'fr', /^Archivez l’équipe/],
    ['role', 'nl', /^Verwijder de beheerdersrechten/],
  ] as const)('%s in %s', (kind, lang, expected) => {
    const text = freeText(kind, lang);
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it('an unknown count kind has none', () => {
    expect(freeText('seats-of-some-other-kind', 'en')).toBeNull();
  });

  it('removing members who are not billed is never offered as a saving', () => {
    for (const lang of LANGS) {
      const next = extensionWords.next('inactive-members', 'active-members', lang) ?? '';
      expect(next).toMatch(/nothing|niets|ingenting|nichts|rien/);
    }
  });
});

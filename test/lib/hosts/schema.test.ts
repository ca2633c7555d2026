import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FormRule, HostAdapter } from '../../../lib/hosts';

// The host adapter format is public JSON that customers write: its batch rule kind, accepted and refused.

const fields = { roles: { name: 'roles', type: 'list' } };

describe('FormRule with kind add-users', () => {
  it.each([
    [
      'a text area, its type defaulted',
      { kind: 'add-users', list: { name: 'emails' }, fields },
      { kind: 'add-users', list: { name: 'emails', type: 'text' }, fields },
    ],
    [
      'inputs sharing a name',
      { kind: 'add-users', list: { name: 'email[]', type: 'list' }, fields: {} },
      { kind: 'add-users', list: { name: 'email[]', type: 'list' }, fields: {} },
    ],
  ])('accepts %s', (_name, change, parsed) => {
    const result = z.parse(FormRule, { form: 'form#invite', change, confirm: 'confirmPurchase' });
    expect(result.change).toEqual(parsed);
  });

  it.each([
    ['no list', { kind: 'add-users', fields }, 'change.list'],
    [
      'a flag as the list',
      { kind: 'add-users', list: { name: 'emails', type: 'flag' }, fields },
      'change.list.type',
    ],
    [
      'a list name that is no field name',
      { kind: 'add-users', list: { name: 'e mails' }, fields },
      'change.list.name',
    ],
    ['no fields', { kind: 'add-users', list: { name: 'emails' } }, 'change.fields'],
  ])('refuses %s at %s', (_name, change, path) => {
    const result = z.safeParse(FormRule, { form: 'form#invite', change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('HostAdapter words and links: additive, optional, validated', () => {
  const base = {
    id: 'acme-admin',
    name: 'Acme',
    matches: ['https://admin.acme.example/*'],
    tenant: { fixed: 'acme' },
  };

  it('an adapter without them is as valid as before', () => {
    const parsed = z.parse(HostAdapter, base);
    expect(parsed.words).toBeUndefined();
    expect(parsed.links).toBeUndefined();
  });

  it('accepts a vendor’s words per language and its link templates', () => {
    const words = {
      nl: { seat: { one: 'gebruiker', other: 'gebruikers' }, register: 'formal', raise: 'Mail ons.' },
      de: { register: 'informal' },
    };
    const links = { user: '/t/{tenant}/admin/users/{id}', team: 'https://admin.acme.example/teams#{id}' };
    const parsed = z.parse(HostAdapter, { ...base, words, links });
    expect(parsed.words).toEqual(words);
    expect(parsed.links).toEqual(links);
  });

  it.each([
    ['a language seatguard does not speak', { words: { pt: { register: 'formal' } } }, 'words'],
    ['an unknown key in a language', { words: { nl: { failmode: 'closed' } } }, 'words.nl'],
    ['a register that is neither', { words: { de: { register: 'polite' } } }, 'words.de.register'],
    [
      'a term with markup',
      { words: { en: { seat: { one: '<b>seat</b>', other: 'seats' } } } },
      'words.en.seat.one',
    ],
    ['a term missing its plural', { words: { en: { seat: { one: 'seat' } } } }, 'words.en.seat.other'],
    ['an empty raise hint', { words: { en: { raise: '' } } }, 'words.en.raise'],
    ['a link with an unknown placeholder', { links: { user: '/users/{name}' } }, 'links.user'],
    ['a javascript: link', { links: { user: 'javascript:alert(1)//{id}' } }, 'links.user'],
    ['an unknown kind of link', { links: { invoice: '/invoices' } }, 'links'],
  ])('refuses %s at %s', (_name, extra, path) => {
    const result = z.safeParse(HostAdapter, { ...base, ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).join(' ')).toContain(path);
  });
});

describe('the adapter format is strict', () => {
  // A misspelt key must be an error, never a setting silently dropped ("failmode": "closed" read as open).
  it('declares every object strict, so a new one cannot slip in loose', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../lib/hosts/schema.ts'), 'utf8');
    expect(source).not.toMatch(/\bz\.(object|looseObject)\(/);
  });

  it('refuses an unknown key on the adapter and deep inside a form rule', () => {
    const adapter = { id: 'a', name: 'A', matches: ['https://a.example/*'], tenant: { fixed: 't' } };
    expect(z.safeParse(HostAdapter, { ...adapter, failmode: 'closed' }).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['failmode'], path: [] }),
    ]);
    const change = { kind: 'add-user', fields: { login: { name: 'login', typ: 'flag' } } };
    expect(z.safeParse(FormRule, { form: 'form', change }).error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: ['typ'],
        path: ['change', 'fields', 'login'],
      }),
    ]);
  });
});

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

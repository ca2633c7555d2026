import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFor, builtInAdapters, type HostAdapter, readChange, tenantOf } from '../../../lib/hosts';
import { large } from '../../../lib/hosts/adapters/large';
import { createApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { seedIfEmpty, seedLarge } from '../../../server/db/seed';

// The large tenants' adapter reads the markup server/ renders for a `large-N` tenant (SEATGUARD_LARGE).

const ORIGIN = 'http://127.0.0.1:5178';
const TENANT = 'large-120';
const dir = mkdtempSync(join(tmpdir(), 'seatguard-large-hosts-'));
const db = openDatabase(join(dir, 'db.sqlite'));
const app = createApp({ db, tokens: { agent: 'a', tenants: {} }, corsOrigins: [], origins: [ORIGIN] });

beforeAll(() => {
  seedIfEmpty(db);
  seedLarge(db, [120]);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Document> {
  const response = await app.request(`${ORIGIN}${path}`);
  expect(response.status).toBe(200);
  const window = new Window({ url: `${ORIGIN}${path}` });
  window.document.write(await response.text());
  return window.document as unknown as Document;
}

function host(): HostAdapter {
  const found = adapterFor(builtInAdapters, `${ORIGIN}/t/${TENANT}/admin/users`);
  if (!found) throw new Error('no adapter for the large tenant');
  return found;
}

function formOf(doc: Document, selector: string) {
  const rule = host().forms.find((r) => r.form === selector);
  const form = doc.querySelector<HTMLFormElement>(selector);
  if (!rule || !form) throw new Error(`${selector} missing`);
  return { rule, form };
}

/** Sets inputs by name; an array fills the inputs sharing that name one by one (the team id fields). */
function fill(form: HTMLFormElement, values: Record<string, string | boolean | string[]>) {
  for (const [name, value] of Object.entries(values)) {
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
    fields.forEach((field, i) => {
      if (field.getAttribute('type') === 'checkbox') (field as HTMLInputElement).checked = value === true;
      else field.value = Array.isArray(value) ? (value[i] ?? '') : String(value);
    });
  }
}

describe('the large tenants’ adapter', () => {
  it.each([
    ['http://127.0.0.1:5178/t/large-10000/admin/users', 'large-10000'],
    ['http://localhost:5178/t/large-100000/admin/teams?page=3', 'large-100000'],
  ])('runs on %s for tenant %s', (url, tenant) => {
    expect(adapterFor(builtInAdapters, url)?.id).toBe(large.id);
    expect(tenantOf(host(), url)).toBe(tenant);
  });

  it.each([
    'http://127.0.0.1:5178/t/largest/admin/users',
    'http://127.0.0.1:5178/t/large-10000/partner',
    'https://127.0.0.1/t/large-10000/admin/users',
    // Another port of the same host is another origin (issue 13).
    'http://127.0.0.1/t/large-25/admin',
    'http://127.0.0.1:5179/t/large-10000/admin/users',
  ])('does not run on %s', (url) => {
    expect(adapterFor(builtInAdapters, url)?.id).not.toBe(large.id);
  });

  it.each([
    [
      '/users/new',
      'form#user-create',
      {
        name: 'N',
        login: true,
        employee: 'e7',
        profile: 'prof-3',
        validUntil: '2027-01-31',
        teams: ['t1', '', 't4'],
        roles: 'admin',
      },
      {
        kind: 'add-user',
        user: {
          id: 'seatguard:new-user',
          login: true,
          employee: 'e7',
          profile: 'prof-3',
          validUntil: '2027-01-31',
          teams: ['t1', 't4'],
          roles: ['admin'],
        },
      },
    ],
    [
      '/users/new',
      'form#user-create',
      { name: 'N', login: false, employee: '', teams: [], roles: '' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', login: false, teams: [], roles: [] } },
    ],
    [
      '/users/u5',
      'form#user-edit',
      { login: false, employee: '', roles: 'manager' },
      { kind: 'update-user', id: 'u5', set: { login: false, employee: null, roles: ['manager'] } },
    ],
    ['/users', 'form[id^="user-delete-"]', {}, { kind: 'remove-user' }],
    ['/teams', 'form#team-create', { name: 'New team' }, { kind: 'add-team' }],
    ['/teams', 'form[id^="team-archive-"]', {}, { kind: 'archive-team' }],
    [
      '/licence',
      'form#licence-form',
      { pool: 'users', purchased: '200' },
      { kind: 'set-purchased', pool: 'users', purchased: 200 },
    ],
  ])('%s %s reads %j', async (page, selector, values, expected) => {
    const doc = await open(`/t/${TENANT}/admin${page}`);
    const { rule, form } = formOf(doc, selector);
    fill(form, values);
    expect(readChange(form, rule.change)).toMatchObject(expected);
  });

  it('finds the panel’s anchor and the users on a page of the list', async () => {
    const doc = await open(`/t/${TENANT}/admin/users?page=2`);
    expect(doc.querySelector('header.page-header')).not.toBeNull();
    expect(doc.querySelectorAll('tr[data-user-id]')).toHaveLength(50);
  });
});

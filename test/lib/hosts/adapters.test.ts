import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actHref,
  adapterFor,
  builtInAdapters,
  type HostAdapter,
  readChange,
  tenantOf,
} from '../../../lib/hosts';
import { createApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { seedIfEmpty } from '../../../server/db/seed';

// The built-in adapters read the sandbox admin site's real markup, rendered by server/ itself.

const ORIGIN = 'http://127.0.0.1:5178';
let app: ReturnType<typeof createApp>;

beforeAll(() => {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'seatguard-hosts-')), 'db.sqlite'));
  seedIfEmpty(db);
  app = createApp({ db, tokens: { agent: 'a', tenants: {} }, corsOrigins: [], origins: [ORIGIN] });
});

/** The page as the server renders it, in a DOM at its own URL so form actions resolve. */
async function open(path: string): Promise<Document> {
  const response = await app.request(`${ORIGIN}${path}`);
  expect(response.status).toBe(200);
  const window = new Window({ url: `${ORIGIN}${path}` });
  window.document.write(await response.text());
  return window.document as unknown as Document;
}

function adapter(tenant: string): HostAdapter {
  const found = adapterFor(builtInAdapters, `${ORIGIN}/t/${tenant}/admin/users`);
  if (!found) throw new Error(`no adapter for ${tenant}`);
  return found;
}

function formOf(doc: Document, host: HostAdapter, selector: string) {
  const rule = host.forms.find((r) => r.form === selector);
  const form = doc.querySelector<HTMLFormElement>(selector);
  if (!rule || !form) throw new Error(`${selector} missing`);
  return { rule, form };
}

function set(form: HTMLFormElement, values: Record<string, string | boolean | string[]>) {
  for (const [name, value] of Object.entries(values)) {
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
    for (const field of fields) {
      if (field.getAttribute('type') === 'checkbox') {
        (field as HTMLInputElement).checked = Array.isArray(value)
          ? value.includes(field.value)
          : value === true;
      } else field.value = String(value);
    }
  }
}

describe('built-in adapters', () => {
  it.each([
    ['qics-demo', '/t/qics-demo/admin/users'],
    ['am-demo', '/t/am-demo/admin/licence'],
    ['citizenlab-demo', '/t/citizenlab-demo/admin'],
  ])('%s runs on %s and finds its tenant there', (tenant, path) => {
    const host = adapter(tenant);
    expect(tenantOf(host, `${ORIGIN}${path}`)).toBe(tenant);
  });

  it.each([
    'http://127.0.0.1:5178/partner',
    'https://example.com/t/qics-demo/admin/users',
    'http://127.0.0.1/t/other/admin',
  ])('no adapter runs on %s', (url) => {
    expect(adapterFor(builtInAdapters, url)).toBeUndefined();
  });

  it.each([
    [
      'qics-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', login: true, employee: '' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', login: true } },
    ],
    [
      'qics-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', login: false },
      { kind: 'add-user', user: { id: 'seatguard:new-user', login: false } },
    ],
    [
      'am-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', profile: 'full', validUntil: '' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', profile: 'full' } },
    ],
    [
      'echo-members',
      '/users/new',
      'form#user-create',
      { name: 'N', teams: [] },
      { kind: 'add-user', user: { id: 'seatguard:new-user', teams: [] } },
    ],
    [
      'citizenlab-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', roles: 'admin' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', roles: ['admin'] } },
    ],
    [
      'citizenlab-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', roles: '' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', roles: [] } },
    ],
    [
      'citizenlab-demo',
      '/users/new',
      'form#user-create',
      { name: 'N', roles: 'folder-moderator' },
      { kind: 'add-user', user: { id: 'seatguard:new-user', roles: ['folder-moderator'] } },
    ],
    [
      'citizenlab-demo',
      '/users/invite',
      'form#user-invite',
      { emails: 'a@velden.nl\nb@velden.nl; A@velden.nl', roles: 'project-moderator' },
      [
        { kind: 'add-user', user: { id: 'seatguard:new-user:1', roles: ['project-moderator'] } },
        { kind: 'add-user', user: { id: 'seatguard:new-user:2', roles: ['project-moderator'] } },
      ],
    ],
    ['citizenlab-demo', '/users/invite', 'form#user-invite', { emails: '', roles: 'admin' }, []],
    [
      'qics-demo',
      '/licence',
      'form#licence-form',
      { pool: 'users', purchased: '30' },
      { kind: 'set-purchased', pool: 'users', purchased: 30 },
    ],
  ])('%s %s %s reads %j', async (tenant, page, selector, values, expected) => {
    const host = adapter(tenant);
    const doc = await open(`/t/${tenant}/admin${page}`);
    const { rule, form } = formOf(doc, host, selector);
    set(form, values);
    expect(readChange(form, rule.change)).toMatchObject(expected);
  });

  it.each([
    ['form#user-create', 'confirmPurchase'],
    ['form#user-edit', 'confirmPurchase'],
    ['form#user-invite', 'confirmPurchase'],
  ])('CitizenLab’s %s ticks the vendor’s own %s box when the admin confirms', (selector, confirm) => {
    expect(adapter('citizenlab-demo').forms.find((r) => r.form === selector)?.confirm).toBe(confirm);
  });

  it('reads the edited user from the edit form’s action', async () => {
    const host = adapter('am-demo');
    const list = await open('/t/am-demo/admin/users');
    const id = list.querySelector('tr[data-user-id]')?.getAttribute('data-user-id') ?? '';
    const doc = await open(`/t/am-demo/admin/users/${encodeURIComponent(id)}`);
    const { rule, form } = formOf(doc, host, 'form#user-edit');
    set(form, { profile: 'none', validUntil: '' });
    expect(readChange(form, rule.change)).toEqual({
      kind: 'update-user',
      id,
      set: { profile: 'none', validUntil: null },
    });
  });

  it.each([
    ['user-delete', '/users', 'form[id^="user-delete-"]', 'remove-user'],
    ['team-archive', '/teams', 'form[id^="team-archive-"]', 'archive-team'],
    ['team-restore', '/teams', 'form[id^="team-restore-"]', 'restore-team'],
  ])('reads the %s id from the action', async (_name, page, selector, kind) => {
    const host = adapter('echo-members');
    const doc = await open(`/t/echo-members/admin${page}`);
    const { rule, form } = formOf(doc, host, selector);
    const id = form.getAttribute('id')?.replace(/^[a-z]+-[a-z]+-/, '');
    expect(readChange(form, rule.change)).toEqual({ kind, id });
  });

  it('refuses a form whose action names no user (a page we did not expect)', async () => {
    const host = adapter('qics-demo');
    const doc = await open('/t/qics-demo/admin/users');
    const { rule, form } = formOf(doc, host, 'form[id^="user-delete-"]');
    form.setAttribute('action', '/t/qics-demo/admin/users');
    expect(() => readChange(form, rule.change)).toThrow(/no id found/);
  });
});

describe('actHref: where the admin acts on a user or team, from the adapter’s link templates', () => {
  it.each([
    ['user', 'u25', `${ORIGIN}/t/qics-demo/admin/users/u25`],
    ['user', 'a b/c', `${ORIGIN}/t/qics-demo/admin/users/a%20b%2Fc`],
    ['team', 't-alpha', `${ORIGIN}/t/qics-demo/admin/teams`],
  ] as const)('%s %s → %s', (what, id, expected) => {
    expect(actHref(adapter('qics-demo'), what, 'qics-demo', id, `${ORIGIN}/t/qics-demo/admin/users`)).toBe(
      expected,
    );
  });

  it('nothing without a template', () => {
    expect(actHref({}, 'user', 'acme', 'u1', 'https://host.example/')).toBeUndefined();
  });

  it('nothing for a template that is no URL on the page, instead of an exception', () => {
    const broken = { links: { user: 'http://[/{id}' } };
    expect(actHref(broken, 'user', 'acme', 'u1', 'https://host.example/')).toBeUndefined();
  });

  it('a user’s link opens the page the sandbox serves for that user', async () => {
    const doc = await open('/t/qics-demo/admin/users/u25');
    expect(doc.querySelector('form#user-edit')).not.toBeNull();
  });
});

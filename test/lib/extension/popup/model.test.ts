import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse, type TenantSummary } from '../../../../lib/api/schemas';
import { DEBOUNCE_MS } from '../../../../lib/extension/popup/search';
import type { AgentReply } from '../../../../lib/extension/shared/agent-protocol';
import { prepareTenant } from '../../../../lib/rules';
import { buildView } from '../../../../lib/view/build';
import { citizenlab, citizenlabSnapshot, NOW } from '../../rules/fixtures';
import { popupSetup } from './fakes';

const summary = (id: string, name: string): TenantSummary => ({
  id,
  name,
  level: 'ok',
  pools: [{ id: 'users', label: 'Users', used: 1, limit: 5 }],
});
const TENANTS = [
  summary('citizenlab-demo', 'Gemeente Velden'),
  summary('qics-demo', 'Bureau Jansen'),
  summary('am-demo', 'Norrby kommun'),
];
const FACTS = z.parse(SeatsResponse, { policy: citizenlab(), snapshot: citizenlabSnapshot() });
const NOW_MS = Date.parse(NOW);
const VIEW = buildView({
  tenant: 'citizenlab-demo',
  facts: { prepared: prepareTenant(FACTS.policy, FACTS.snapshot), fetchedAt: NOW_MS },
  now: NOW_MS,
});

const DOWN = { code: 'network', message: 'down' };
const results = (id: number, tenants = TENANTS): AgentReply => ({ type: 'results', id, tenants });

/** Types `text` and lets the debounce run out; returns the search request sent. */
function typed(setup: ReturnType<typeof popupSetup>, text: string) {
  setup.model.search.input(text);
  setup.advance(DEBOUNCE_MS);
  const request = setup.port().sent.at(-1);
  if (request?.type !== 'search') throw new Error('no search sent');
  return request;
}

describe('popup model: searching as you type', () => {
  it('waits for a pause in typing, then sends one search with the last text', () => {
    const setup = popupSetup();
    setup.model.search.input('v');
    setup.advance(100);
    setup.model.search.input('ve');
    setup.advance(100);
    setup.model.search.input('vel');
    expect(setup.ports).toHaveLength(0);
    expect(setup.model.search.status.value).toBe('searching');
    setup.advance(DEBOUNCE_MS);
    expect(setup.port().sent).toEqual([{ type: 'search', id: expect.any(Number), q: 'vel' }]);
  });

  it('sends trimmed text, at most the API’s 100 characters, and nothing for blanks', () => {
    const setup = popupSetup();
    expect(typed(setup, `  ${'x'.repeat(120)} `).q).toBe('x'.repeat(100));
    setup.model.search.input('   ');
    setup.advance(DEBOUNCE_MS);
    expect(setup.port().sent).toHaveLength(1);
    expect(setup.model.search.status.value).toBe('idle');
  });

  it('shows the latest search’s reply and ignores a late reply to an older one', () => {
    const setup = popupSetup();
    const first = typed(setup, 'de');
    const second = typed(setup, 'demo');
    setup.port().reply(results(second.id, TENANTS.slice(1)));
    setup.port().reply(results(first.id));
    expect(setup.model.search.results.value.map((t) => t.id)).toEqual(['qics-demo', 'am-demo']);
    expect(setup.model.search.status.value).toBe('done');
  });

  it('ignores every reply once the box is cleared', () => {
    const setup = popupSetup();
    const request = typed(setup, 'velden');
    setup.model.search.input('');
    setup.port().reply(results(request.id));
    expect(setup.model.search.results.value).toEqual([]);
    expect(setup.model.search.expanded.value).toBe(false);
  });

  it('drops replies that do not parse', () => {
    const setup = popupSetup();
    const request = typed(setup, 'velden');
    setup.port().reply({ type: 'results', id: request.id, tenants: [{ id: 1 }] });
    expect(setup.model.search.status.value).toBe('searching');
  });

  it('reports a failure by its code', () => {
    const setup = popupSetup();
    const request = typed(setup, 'velden');
    setup.port().reply({ type: 'failed', id: request.id, error: { code: 'unauthorized', message: '401' } });
    expect(setup.model.search.status.value).toBe('failed');
    expect(setup.model.search.failure.value).toBe('unauthorized');
  });
});

describe('popup model: keyboard selection', () => {
  function withResults() {
    const setup = popupSetup();
    const request = typed(setup, 'demo');
    setup.port().reply(results(request.id));
    return setup;
  }

  it('opens the list with the first match highlighted, so Enter picks it', () => {
    const setup = withResults();
    expect(setup.model.search.expanded.value).toBe(true);
    expect(setup.model.search.active.value).toBe(0);
    expect(setup.model.search.key('Enter')).toBe(true);
    expect(setup.port().sent.at(-1)).toEqual({
      type: 'tenant',
      id: expect.any(Number),
      tenant: 'citizenlab-demo',
    });
    expect(setup.model.search.expanded.value).toBe(false);
    expect(setup.model.search.query.value).toBe('Gemeente Velden');
  });

  it.each<[string[], number]>([
    [['ArrowDown'], 1],
    [['ArrowDown', 'ArrowDown'], 2],
    [['ArrowDown', 'ArrowDown', 'ArrowDown'], 0],
    [['ArrowUp'], 2],
    [['ArrowUp', 'ArrowUp', 'ArrowDown'], 2],
  ])('%j moves the highlight to %i, wrapping', (keys, expected) => {
    const setup = withResults();
    for (const key of keys) expect(setup.model.search.key(key)).toBe(true);
    expect(setup.model.search.active.value).toBe(expected);
  });

  it('Escape closes the list, a second Escape clears the box; arrows open it again', () => {
    const setup = withResults();
    expect(setup.model.search.key('Escape')).toBe(true);
    expect(setup.model.search.expanded.value).toBe(false);
    expect(setup.model.search.key('Enter')).toBe(false);
    expect(setup.model.search.key('ArrowDown')).toBe(true);
    expect(setup.model.search.expanded.value).toBe(true);
    expect(setup.model.search.active.value).toBe(0);
    setup.model.search.key('Escape');
    setup.model.search.key('Escape');
    expect(setup.model.search.query.value).toBe('');
    expect(setup.model.search.key('Escape')).toBe(false);
  });

  it('leaves other keys to the input', () => {
    const setup = withResults();
    for (const key of ['a', 'Home', 'End', 'Tab', 'ArrowLeft'])
      expect(setup.model.search.key(key)).toBe(false);
  });

  it('picks with a click too, and Enter without matches does nothing', () => {
    const setup = withResults();
    setup.model.search.pick(2);
    expect(setup.port().sent.at(-1)).toMatchObject({ type: 'tenant', tenant: 'am-demo' });
    const empty = typed(setup, 'zzz');
    setup.port().reply(results(empty.id, []));
    expect(setup.model.search.key('Enter')).toBe(false);
  });
});

describe('popup model: the picked tenant', () => {
  function picked() {
    const setup = popupSetup();
    const request = typed(setup, 'velden');
    setup.port().reply(results(request.id));
    setup.model.search.key('Enter');
    const load = setup.port().sent.at(-1);
    if (load?.type !== 'tenant') throw new Error('no tenant request');
    return { ...setup, load };
  }

  it('is loading until its reply, then shows the view; a stale reply is ignored', () => {
    const setup = picked();
    expect(setup.model.tenant.view.value).toEqual({
      tenant: 'citizenlab-demo',
      name: 'Gemeente Velden',
      status: 'loading',
    });
    expect(setup.model.tenant.ready.value).toBe(false);
    setup.port().reply({ type: 'tenant', id: setup.load.id - 1, view: { tenant: 'x', status: 'loading' } });
    setup.port().reply({
      type: 'tenant',
      id: setup.load.id,
      view: VIEW,
      facts: FACTS,
      adminHref: 'http://127.0.0.1:5178/t/citizenlab-demo/admin/users',
    });
    expect(setup.model.tenant.view.value?.report?.pools[0]).toMatchObject({
      id: 'admins',
      used: 2,
      limit: 2,
    });
    expect(setup.model.tenant.ready.value).toBe(true);
  });

  it.each<[string, AgentReply]>([
    [
      'an error reply',
      { type: 'tenant', id: 0, view: { tenant: 'citizenlab-demo', status: 'error', error: DOWN } },
    ],
    ['a lost request', { type: 'failed', id: 0, error: DOWN }],
  ])('keeps the name the search showed for %s, which names none', (_name, reply) => {
    const setup = picked();
    setup.port().reply({ ...reply, id: setup.load.id });
    expect(setup.model.tenant.view.value).toMatchObject({ name: 'Gemeente Velden', status: 'error' });
  });

  it('shows the name of the Seat API’s policy once it has one', () => {
    const setup = picked();
    setup.port().reply({
      type: 'tenant',
      id: setup.load.id,
      view: { ...VIEW, name: 'Velden (renamed)' },
      facts: FACTS,
    });
    expect(setup.model.tenant.view.value?.name).toBe('Velden (renamed)');
  });

  it('copies the summary to the clipboard and says so', async () => {
    const setup = picked();
    setup.port().reply({ type: 'tenant', id: setup.load.id, view: VIEW, facts: FACTS });
    await setup.model.tenant.copySummary();
    expect(setup.deps.copy).toHaveBeenCalledWith(
      expect.stringContaining('Gemeente Velden (citizenlab-demo)'),
    );
    expect(setup.model.tenant.notice.value).toEqual({ tone: 'ok', key: 'popup.copied' });
  });

  it('says when the clipboard refuses', async () => {
    const setup = picked();
    setup.deps.copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    setup.port().reply({ type: 'tenant', id: setup.load.id, view: VIEW, facts: FACTS });
    await setup.model.tenant.copySummary();
    expect(setup.model.tenant.notice.value).toMatchObject({
      tone: 'error',
      params: { detail: 'Document is not focused.' },
    });
  });

  it('exports the billed users as a dated CSV file', () => {
    const setup = picked();
    setup.port().reply({ type: 'tenant', id: setup.load.id, view: VIEW, facts: FACTS });
    setup.model.tenant.exportCsv();
    const [name, text] = setup.deps.download.mock.calls[0] ?? [];
    expect(name).toMatch(/^seats-citizenlab-demo-2026-11-2\d\.csv$/);
    expect(text?.split('\r\n')).toEqual([
      'pool,pool_label,kind,holder,id,reason,name,email,last_active_at,billing,why',
      'admins,admins,role,user,a1,role,,,,included,Holds the role admin',
      'admins,admins,role,user,a2,role,,,,included,Holds the role admin',
      'managers,managers,role,user,p1,role,,,,included,Holds the role manager',
      'managers,managers,role,user,p2,role,,,,included,Holds the role manager',
      '',
    ]);
    expect(setup.model.tenant.notice.value).toMatchObject({
      tone: 'ok',
      key: 'popup.exported',
      params: { file: name },
    });
  });

  it('opens the admin page only when the background knows it', async () => {
    const setup = picked();
    setup.port().reply({ type: 'tenant', id: setup.load.id, view: VIEW, facts: FACTS });
    await setup.model.tenant.openAdmin();
    expect(setup.deps.openTab).not.toHaveBeenCalled();
    const again = typed(setup, 'velden');
    setup.port().reply(results(again.id));
    setup.model.search.key('Enter');
    const href = 'http://127.0.0.1:5178/t/citizenlab-demo/admin/users';
    setup
      .port()
      .reply({ type: 'tenant', id: setup.port().sent.at(-1)?.id, view: VIEW, facts: FACTS, adminHref: href });
    await setup.model.tenant.openAdmin();
    expect(setup.deps.openTab).toHaveBeenCalledWith(href);
  });
});

describe('popup model: first lookup and lifetime', () => {
  it('searches a selection handed over by the context menu', () => {
    const setup = popupSetup();
    setup.model.begin({ kind: 'search', q: 'Velden' });
    setup.advance(DEBOUNCE_MS);
    expect(setup.port().sent).toEqual([{ type: 'search', id: expect.any(Number), q: 'Velden' }]);
  });

  it('opens the current tab’s tenant through its host’s adapter, without searching', () => {
    const setup = popupSetup();
    setup.model.begin({ kind: 'tenant', tenant: 'qics-demo', adapter: 'sandbox-qics-demo' });
    expect(setup.model.search.query.value).toBe('qics-demo');
    // No search named it: the id until the reply brings the name.
    expect(setup.model.tenant.view.value).toEqual({ tenant: 'qics-demo', status: 'loading' });
    expect(setup.port().sent).toEqual([
      { type: 'tenant', id: expect.any(Number), tenant: 'qics-demo', adapter: 'sandbox-qics-demo' },
    ]);
  });

  it('takes the options’ language over the browser’s', () => {
    const setup = popupSetup({ browserLang: 'sv-SE' });
    expect(setup.model.lang.value).toBe('sv');
    setup.model.setLang('auto');
    expect(setup.model.lang.value).toBe('sv');
    setup.model.setLang('de');
    expect(setup.model.lang.value).toBe('de');
  });

  it('ticks the clock for the data’s age, and stops everything on dispose', () => {
    let now = 1_000;
    const setup = popupSetup({ now: () => now });
    now = 20_000;
    setup.advance(15_000);
    expect(setup.model.now.value).toBe(20_000);
    typed(setup, 'demo');
    setup.model.search.input('velden');
    setup.model.dispose();
    now = 40_000;
    setup.advance(30_000);
    expect(setup.model.now.value).toBe(20_000);
    expect(setup.port().sent).toHaveLength(1);
    expect(setup.port().disconnect).toHaveBeenCalled();
  });
});

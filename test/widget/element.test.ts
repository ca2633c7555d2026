import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../lib/i18n';
import type { ErrorEventDetail, LevelEventDetail, SeatUsageElement } from '../../widget';
import { type FakeApi, fakeApi, freshApiBase, problem, seatsBody, TENANT } from './fixtures';

// The element in happy-dom with a fake Seat API behind the page's fetch: what a portal sees and hears.

let api: FakeApi;
let levels: LevelEventDetail[];
let errors: ErrorEventDetail[];

const onLevel = (e: Event) => levels.push((e as CustomEvent<LevelEventDetail>).detail);
const onError = (e: Event) => errors.push((e as CustomEvent<ErrorEventDetail>).detail);

beforeEach(async () => {
  await import('../../widget');
  levels = [];
  errors = [];
  api = fakeApi({ status: 200, body: seatsBody(25), etag: '"v1"' });
  vi.stubGlobal('fetch', api.fetch);
  document.addEventListener('seatusage:level', onLevel);
  document.addEventListener('seatusage:error', onError);
});

afterEach(() => {
  document.body.replaceChildren();
  document.removeEventListener('seatusage:level', onLevel);
  document.removeEventListener('seatusage:error', onError);
  vi.unstubAllGlobals();
});

function widget(attributes: Record<string, string>): SeatUsageElement {
  const el = document.createElement('seat-usage') as SeatUsageElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

const shadowText = (el: Element) => el.shadowRoot?.textContent ?? '';
const ready = (el: Element) =>
  vi.waitFor(() => expect(el.shadowRoot?.querySelector('[data-pool]')).not.toBeNull());

describe('<seat-usage>: attributes', () => {
  it('shows the pools of the tenant', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token' });
    await ready(el);
    expect(shadowText(el)).toContain('25 of 25 users (1 included + 24 purchased)');
    expect(el.shadowRoot?.querySelector('[part~="level"]')?.textContent).toBe('Full');
    expect(api.calls[0]?.authorization).toBe('Bearer attr-token');
  });

  it('bad attributes give an error state inside the widget and an event, never a throw', async () => {
    const el = widget({ tenant: TENANT, api: 'not a url', token: 'attr-token' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toEqual({
      code: 'attributes',
      message: expect.stringContaining('api: expected an absolute'),
    });
    expect(shadowText(el)).toContain(t('error.widget-setup'));
    expect(el.shadowRoot?.querySelector('[part~="detail"]')?.textContent).toContain(
      'api: expected an absolute',
    );
    expect(api.calls).toHaveLength(0);
  });

  it('fixing the attribute loads the data', async () => {
    const el = widget({ tenant: TENANT, api: 'nope', token: 'attr-token' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    el.setAttribute('api', freshApiBase());
    await ready(el);
    expect(el.shadowRoot?.querySelector('[part~="detail"]')).toBeNull();
  });

  it('switches language on a lang change without asking the Seat API again', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token' });
    await ready(el);
    el.setAttribute('lang', 'nl');
    await vi.waitFor(() => expect(shadowText(el)).toContain(t('panel.title', { name: 'Acme BV' }, 'nl')));
    expect(shadowText(el)).toContain(t('level.full', {}, 'nl'));
    expect(api.calls).toHaveLength(1);
  });
});

describe('<seat-usage>: errors a portal developer can act on', () => {
  const refreshButton = (el: Element) => el.shadowRoot?.querySelector('[part~="refresh"]') ?? null;

  it.each([
    [401, 'unauthorized', 'error.widget-token', true],
    // The tenant a token may not read, or that does not exist: the API answers 403 and never says which.
    [403, 'forbidden', 'error.widget-setup', false],
    [404, 'not-found', 'error.widget-setup', false],
  ] as const)(
    'a %i is reported as %s, shown as %s; Refresh offered: %s',
    async (status, code, shown, refresh) => {
      api.replies = [problem(status)];
      const el = widget({ tenant: 'nope', api: freshApiBase(), token: 'attr-token' });
      await vi.waitFor(() => expect(errors).toHaveLength(1));
      expect(errors[0]).toEqual({ code, message: expect.stringContaining(`→ ${status}`) });
      expect(shadowText(el)).toContain(t(shown));
      expect(refreshButton(el) !== null).toBe(refresh);
    },
  );

  it('a tenant id that is no tenant id is a bad attribute, with no Refresh', async () => {
    const el = widget({ tenant: 'Not A Tenant', api: freshApiBase(), token: 'attr-token' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toEqual({
      code: 'attributes',
      message: expect.stringContaining('tenant: expected a tenant id'),
    });
    expect(refreshButton(el)).toBeNull();
    expect(api.calls).toHaveLength(0);
  });

  it('a bad variant falls back to full, reports what it ignored once, and the widget works', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token', variant: 'huge' });
    await ready(el);
    expect(errors).toEqual([
      { code: 'attribute-ignored', message: expect.stringContaining('ignored variant="huge"') },
    ]);
    expect(el.shadowRoot?.querySelector('[part~="costs"], .sg-pool-details')).not.toBeNull();
    el.tokenProvider = async () => 'another-token';
    el.setAttribute('lang', 'xx-?');
    await vi.waitFor(() => expect(errors).toHaveLength(2));
    expect(errors[1]?.message).toBe('<seat-usage> ignored lang="xx-?" variant="huge"');
    // Fixed one by one: the remaining problem is said once more, then nothing.
    el.setAttribute('variant', 'compact');
    await vi.waitFor(() => expect(errors).toHaveLength(3));
    expect(errors[2]?.message).toBe('<seat-usage> ignored lang="xx-?"');
    el.setAttribute('lang', 'nl');
    await vi.waitFor(() => expect(shadowText(el)).toContain(t('level.full', {}, 'nl')));
    expect(errors).toHaveLength(3);
  });

  it('the what-if shows the number it computes: 99999 is clamped to 1000 in the box', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token', 'what-if': '' });
    await ready(el);
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('[part~="what-if"] input');
    if (!input) throw new Error('no what-if input');
    for (const [typed, shown, after] of [
      ['99999', '1000', 1025],
      ['2.5', '2', 27],
      ['3', '3', 28],
    ] as const) {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      expect(input.value).toBe(shown);
      await vi.waitFor(() =>
        expect(el.shadowRoot?.querySelector('[part~="verdict"]')?.textContent).toContain(
          `Users: ${after.toLocaleString('en')} of 25 after this change`,
        ),
      );
    }
  });
});

describe('<seat-usage>: tokens', () => {
  it('calls the tokenProvider again on 401 before giving up', async () => {
    api.replies = [problem(401), { status: 200, body: seatsBody(25) }];
    let n = 0;
    const provider = vi.fn(async () => `minted-${++n}`);
    const el = document.createElement('seat-usage') as SeatUsageElement;
    el.setAttribute('tenant', TENANT);
    el.setAttribute('api', freshApiBase());
    document.body.append(el);
    el.tokenProvider = provider;
    await ready(el);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(api.calls.map((c) => c.authorization)).toEqual(['Bearer minted-1', 'Bearer minted-2']);
    expect(errors).toEqual([]);
  });

  it('a refused token shows the widget token error and reports unauthorized', async () => {
    api.replies = [problem(401)];
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'wrong' });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]?.code).toBe('unauthorized');
    expect(shadowText(el)).toContain(t('error.widget-token'));
  });

  it('uses a tokenProvider set before the element was defined', async () => {
    const el = document.createElement('seat-usage-late');
    Object.assign(el, { tokenProvider: async () => 'early-token' });
    el.setAttribute('tenant', TENANT);
    el.setAttribute('api', freshApiBase());
    document.body.append(el);
    const { defineSeatUsage } = await import('../../widget');
    defineSeatUsage('seat-usage-late');
    await ready(el);
    expect(api.calls[0]?.authorization).toBe('Bearer early-token');
  });
});

describe('<seat-usage>: sharing, events, lifetime', () => {
  it('three elements of one tenant make one request', async () => {
    const base = freshApiBase();
    const els = [1, 2, 3].map(() => widget({ tenant: TENANT, api: base, token: 'shared' }));
    await Promise.all(els.map(ready));
    expect(api.calls).toHaveLength(1);
  });

  it('fires seatusage:level on the first load and when a level changes', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token' });
    await ready(el);
    expect(levels).toEqual([{ tenant: TENANT, pool: 'users', level: 'full', previous: null }]);
    api.replies = [{ status: 200, body: seatsBody(20) }];
    el.refresh();
    await vi.waitFor(() => expect(levels).toHaveLength(2));
    expect(levels[1]).toEqual({ tenant: TENANT, pool: 'users', level: 'near', previous: 'full' });
  });

  it('keeps the last numbers, marked out of date, when a refresh fails', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token' });
    await ready(el);
    api.replies = [problem(501)];
    el.refresh();
    await vi.waitFor(() => expect(errors).toEqual([expect.objectContaining({ code: 'server-error' })]));
    expect(shadowText(el)).toContain('25 of 25 users');
    expect(el.shadowRoot?.querySelector('[part~="stale"]')?.textContent).toBe(t('panel.stale'));
  });

  it('cancels its request and empties its shadow root when removed', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', (input: RequestInfo, init?: RequestInit) => {
      signal = new Request(input, init).signal;
      return new Promise(() => {});
    });
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token' });
    await vi.waitFor(() => expect(signal).toBeDefined());
    el.remove();
    expect(signal?.aborted).toBe(true);
    expect(el.shadowRoot?.childNodes).toHaveLength(0);
  });

  it('answers "what if" with the rules verdict in words', async () => {
    const el = widget({ tenant: TENANT, api: freshApiBase(), token: 'attr-token', 'what-if': '' });
    await ready(el);
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('[part~="what-if"] input');
    if (!input) throw new Error('no what-if input');
    input.value = '2';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[part~="verdict"]')).not.toBeNull());
    const verdict = el.shadowRoot?.querySelector('[part~="verdict"]')?.textContent ?? '';
    expect(verdict).toContain(t('title.limit'));
    expect(verdict).toContain('Users: 27 of 25 after this change, over the limit.');
  });
});

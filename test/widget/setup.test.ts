import { afterEach, describe, expect, it } from 'vitest';
import { readSetup } from '../../widget/setup';

const API = 'https://vendor.example/seat-api/';

function element(attributes: Record<string, string>): Element {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

afterEach(() => {
  document.documentElement.lang = '';
});

describe('readSetup: valid attributes', () => {
  it('reads tenant, api, token, variant and what-if', () => {
    const setup = readSetup(
      element({
        tenant: 'qics-demo',
        api: API,
        token: 'sgw1.qics-demo.1.x',
        variant: 'compact',
        'what-if': '',
      }),
      undefined,
    );
    expect(setup).toEqual({
      kind: 'ready',
      display: { tenant: 'qics-demo', lang: 'en', variant: 'compact', whatIf: true },
      request: { api: API, tenant: 'qics-demo', source: { token: 'sgw1.qics-demo.1.x' } },
      ignored: '',
    });
  });

  it.each([
    [{}, undefined],
    [{ label: 'Bureau Jansen, second copy' }, 'Bureau Jansen, second copy'],
  ])('label %j names the panel %j', (extra, label) => {
    const setup = readSetup(element({ tenant: 'qics-demo', api: API, token: 't', ...extra }), undefined);
    expect(setup.display.label).toBe(label);
  });

  it('prefers a token provider over the attribute', () => {
    const provider = () => 'fresh';
    const setup = readSetup(element({ tenant: 'qics-demo', api: API, token: 'old' }), provider);
    expect(setup.kind === 'ready' && setup.request.source).toEqual({ provider });
  });

  it.each([
    ['nl', '', 'nl'],
    ['nl-BE', '', 'nl'],
    ['de_AT', '', 'de'],
    ['pt', '', 'en'],
    [undefined, 'sv', 'sv'],
    [undefined, 'fr-CA', 'fr'],
  ])('lang=%s on a page in %j reads as %s', (lang, page, expected) => {
    document.documentElement.lang = page;
    const attributes = { tenant: 'qics-demo', api: API, token: 't', ...(lang ? { lang } : {}) };
    expect(readSetup(element(attributes), undefined).display.lang).toBe(expected);
  });
});

describe('readSetup: bad input is a failure, never an exception', () => {
  it.each([
    [{ api: API, token: 't' }, 'tenant: '],
    [{ tenant: 'Not A Tenant', api: API, token: 't' }, 'tenant: expected a tenant id'],
    [{ tenant: 'qics-demo', token: 't' }, 'api: '],
    [{ tenant: 'qics-demo', api: '/relative', token: 't' }, 'api: expected an absolute http(s) URL'],
    [
      { tenant: 'qics-demo', api: 'javascript:alert(1)', token: 't' },
      'api: expected an absolute http(s) URL',
    ],
    [{ tenant: 'qics-demo', api: API, token: 'two words' }, 'token: expected a bearer token'],
    [{ tenant: 'qics-demo', api: API }, 'token: set the token attribute or the tokenProvider property'],
    // A bad optional attribute does not hide a bad required one.
    [{ tenant: 'nope!', api: API, token: 't', variant: 'huge' }, 'tenant: expected a tenant id'],
  ])('%j → %s…', (attributes, issue) => {
    const setup = readSetup(element(attributes), undefined);
    expect(setup.kind).toBe('invalid');
    if (setup.kind !== 'invalid') return;
    expect(setup.failure.code).toBe('attributes');
    expect(setup.failure.shown).toBe('widget-setup');
    expect(setup.failure.message).toContain(`<seat-usage> ${issue}`);
  });

  it.each([
    [{ lang: 'english please' }, { lang: 'en' }, 'lang="english please"'],
    [{ variant: 'huge' }, { variant: 'full' }, 'variant="huge"'],
    [{ label: '' }, {}, 'label=""'],
  ])(
    'a bad optional attribute %j falls back to its default, and says what was ignored',
    (bad, display, said) => {
      const setup = readSetup(element({ tenant: 'qics-demo', api: API, token: 't', ...bad }), undefined);
      expect(setup.kind).toBe('ready');
      expect(setup.display).toEqual({
        tenant: 'qics-demo',
        lang: 'en',
        variant: 'full',
        whatIf: false,
        ...display,
      });
      expect(setup.ignored).toBe(`<seat-usage> ignored ${said}`);
    },
  );

  it('names every bad optional attribute it ignored', () => {
    const bad = { lang: '??', variant: 'huge', label: '' };
    const setup = readSetup(element({ tenant: 'qics-demo', api: API, token: 't', ...bad }), undefined);
    expect(setup.ignored).toBe('<seat-usage> ignored lang="??" variant="huge" label=""');
  });

  it('a tokenProvider that is not a function', () => {
    const setup = readSetup(element({ tenant: 'qics-demo', api: API }), 'sgw1.token');
    expect(setup.kind === 'invalid' && setup.failure.message).toContain('tokenProvider: expected a function');
  });

  it('keeps what it can show: the tenant, a valid language and the variant', () => {
    const setup = readSetup(
      element({ tenant: 'qics-demo', api: 'nope', lang: 'nl', variant: 'compact' }),
      undefined,
    );
    expect(setup.display).toEqual({ tenant: 'qics-demo', lang: 'nl', variant: 'compact', whatIf: false });
  });
});

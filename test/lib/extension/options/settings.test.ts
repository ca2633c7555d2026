import '../fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePercent, percentText } from '../../../../lib/extension/options/settings';
import { disposeModels, items, row, setup } from './fakes';

afterEach(() => {
  disposeModels();
  fakeBrowser.reset();
});

describe('parsePercent', () => {
  it.each([
    ['85', 0.85],
    [' 85 ', 0.85],
    ['85%', 0.85],
    ['1', 0.01],
    ['100', 1],
    ['92.5', 0.925],
    ['92,5', 0.925],
    ['', undefined],
    ['  ', undefined],
    ['0', null],
    ['0.5', null],
    ['101', null],
    ['-5', null],
    ['1e2', null],
    ['abc', null],
    ['85.123', null],
  ])('%j → %s', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it.each([
    [undefined, ''],
    [0.85, '85'],
    [0.925, '92.5'],
    [1, '100'],
    [0.07, '7'],
  ])('percentText(%s) → %j', (warnAt, text) => {
    expect(percentText(warnAt)).toBe(text);
  });
});

describe('settings', () => {
  it('round-trips through storage and a new page', async () => {
    const first = await setup();
    first.model.settings.warnPercent.value = '85';
    first.model.settings.lang.value = 'de';
    expect(await first.model.settings.save()).toBe(true);
    expect(await items.settings.getValue()).toEqual({ lang: 'de', warnAt: 0.85 });
    expect(first.model.settings.notice.value).toEqual({ tone: 'ok', key: 'options.settings.saved' });
    expect(first.model.lang.value).toBe('de');

    const second = await setup();
    expect(second.model.settings.warnPercent.value).toBe('85');
    expect(second.model.settings.lang.value).toBe('de');
    expect(second.model.lang.value).toBe('de');
  });

  it('stores no threshold when the field is empty', async () => {
    await items.settings.setValue({ lang: 'en', warnAt: 0.9 });
    const { model } = await setup();
    model.settings.warnPercent.value = '';
    expect(await model.settings.save()).toBe(true);
    expect(await items.settings.getValue()).toEqual({ lang: 'en' });
  });

  it.each(['0', '101', 'ninety'])('refuses %j with a field error and keeps storage', async (text) => {
    await items.settings.setValue({ lang: 'fr' });
    const { model } = await setup();
    model.settings.warnPercent.value = text;
    expect(await model.settings.save()).toBe(false);
    expect(model.settings.errors.value).toEqual({ warnPercent: 'options.error.warn-at' });
    expect(await items.settings.getValue()).toEqual({ lang: 'fr' });
  });

  it.each([
    ['nl-BE', 'nl'],
    ['sv', 'sv'],
    ['ja-JP', 'en'],
  ])('renders in the browser language %s when set to auto', async (browserLang, lang) => {
    const { model } = await setup({ browserLang });
    expect(model.settings.lang.value).toBe('auto');
    expect(model.lang.value).toBe(lang);
  });

  it('follows a change saved elsewhere', async () => {
    const { model } = await setup();
    await items.settings.setValue({ lang: 'sv' });
    expect(model.lang.value).toBe('sv');
  });
});

describe('corrupt stored values fall back', () => {
  it.each([['garbage'], [{ lang: 'klingon' }], [{ lang: 'de', warnAt: 7 }], [null]])(
    'settings %j → defaults',
    async (value) => {
      await items.settings.setValue(value);
      const { model } = await setup({ browserLang: 'fr' });
      expect(model.settings.lang.value).toBe('auto');
      expect(model.settings.warnPercent.value).toBe('');
      expect(model.lang.value).toBe('fr');
    },
  );

  it('keeps the connections that parse and drops the rest', async () => {
    await items.connections.setValue({
      'sandbox-qics-demo': { baseUrl: 'nope', token: 'x' },
      'sandbox-am-demo': { baseUrl: 'http://127.0.0.1:7000/', token: 'am' },
    });
    const { model } = await setup();
    expect(row(model, 'sandbox-qics-demo').baseUrl.value).toBe('http://127.0.0.1:5178/');
    expect(row(model, 'sandbox-am-demo').token.value).toBe('am');
  });

  it('shows the defaults when storage cannot be read', async () => {
    const original = items.settings.getValue;
    items.settings.getValue = () => Promise.reject(new Error('storage is gone'));
    try {
      const { model } = await setup({ browserLang: 'de' });
      expect(model.ready.value).toBe(true);
      expect(model.lang.value).toBe('de');
      expect(model.connections.value.length).toBeGreaterThan(0);
    } finally {
      items.settings.getValue = original;
    }
  });

  it.each([['a string'], [['a', 'list']], [42]])('connections %j → none', async (value) => {
    await items.connections.setValue(value);
    const { model } = await setup();
    expect(row(model, 'sandbox-qics-demo').token.value).toBe('');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hostScheme, luminance, watchHostScheme } from '../../../../lib/extension/content/scheme';

interface Page {
  body?: string;
  root?: string;
  colorScheme?: string;
  meta?: string;
  osDark?: boolean;
}

/** A window whose computed styles and OS preference are what the case says; the document is happy-dom's. */
function windowFor(page: Page) {
  const listeners: (() => void)[] = [];
  const win = {
    getComputedStyle: (element: Element) => ({
      backgroundColor: (element === document.body ? page.body : page.root) ?? 'rgba(0, 0, 0, 0)',
      colorScheme: element === document.documentElement ? (page.colorScheme ?? 'normal') : 'normal',
    }),
    matchMedia: () => ({
      matches: page.osDark ?? false,
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    }),
  };
  return {
    win: win as unknown as Window,
    osChanged: () => {
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  document.head.replaceChildren();
  document.documentElement.removeAttribute('class');
});

describe('luminance', () => {
  it.each([
    [[255, 255, 255], 1],
    [[0, 0, 0], 0],
    [[244, 246, 248], 0.92],
  ] as const)('%j → %d', (rgb, expected) => {
    expect(luminance(rgb)).toBeCloseTo(expected, 2);
  });
});

describe('hostScheme', () => {
  it.each<[string, Page, 'light' | 'dark']>([
    ['the sandbox: a light body, dark OS', { body: 'rgb(244, 246, 248)', osDark: true }, 'light'],
    ['a dark body, light OS', { body: 'rgb(18, 18, 18)', osDark: false }, 'dark'],
    ['dark body in the modern syntax', { body: 'rgb(18 18 18 / 1)' }, 'dark'],
    ['a transparent body over a dark root', { body: 'rgba(0, 0, 0, 0)', root: 'rgb(30, 30, 30)' }, 'dark'],
    [
      'a mostly transparent dark body over a light root',
      { body: 'rgba(0, 0, 0, 0.2)', root: 'rgb(255, 255, 255)' },
      'light',
    ],
    ['nothing painted, nothing declared, dark OS: a white canvas', { osDark: true }, 'light'],
    ['nothing painted, color-scheme: dark', { colorScheme: 'dark' }, 'dark'],
    [
      'nothing painted, color-scheme: light dark, dark OS',
      { colorScheme: 'light dark', osDark: true },
      'dark',
    ],
    ['nothing painted, color-scheme: light dark, light OS', { colorScheme: 'light dark' }, 'light'],
    ['nothing painted, meta dark only', { meta: 'dark' }, 'dark'],
    ['nothing painted, meta "only light", dark OS', { meta: 'only light', osDark: true }, 'light'],
    [
      'a painted background wins over the declaration',
      { body: 'rgb(255, 255, 255)', colorScheme: 'dark' },
      'light',
    ],
    ['a colour it cannot read falls through', { body: 'oklch(0.2 0 0)', colorScheme: 'dark' }, 'dark'],
  ])('%s → %s', (_name, page, expected) => {
    if (page.meta) {
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = page.meta;
      document.head.append(meta);
    }
    expect(hostScheme(document, windowFor(page).win)).toBe(expected);
  });
});

describe('watchHostScheme', () => {
  it('follows a dark-mode switch on the root and the OS preference, until its lifetime ends', async () => {
    const page: Page = { colorScheme: 'light dark' };
    const { win, osChanged } = windowFor(page);
    const lifetime = new AbortController();
    const { scheme, check } = watchHostScheme(lifetime.signal, document, win);
    expect(scheme.value).toBe('light');

    page.body = 'rgb(10, 10, 10)';
    document.documentElement.className = 'dark';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scheme.value).toBe('dark');

    page.body = undefined;
    page.osDark = false;
    osChanged();
    expect(scheme.value).toBe('light');

    page.osDark = true;
    check();
    expect(scheme.value).toBe('dark');

    lifetime.abort();
    page.body = 'rgb(255, 255, 255)';
    document.documentElement.className = 'light';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scheme.value).toBe('dark');
  });
});

// @vitest-environment happy-dom

import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dockStyles } from '../../../../components/dock-styles';
import { dialogStyles, styles } from '../../../../components/styles';
import {
  hostName,
  reattach,
  renderWithoutParts,
  sealedHostStyles,
} from '../../../../lib/extension/content/sealed';

let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
  document.body.replaceChildren();
});

// A name the page defined is tried in Chromium (test/e2e/hostile.test.ts): happy-dom has no `:defined`.
describe('hostName', () => {
  it.each<[string, string, (() => void) | null, RegExp]>([
    ['a name the page never defined: as asked', 'sg-free', null, /^sg-free$/],
    [
      'a name whose constructor throws: a random one instead',
      'sg-throws',
      () =>
        customElements.define(
          'sg-throws',
          class extends HTMLElement {
            constructor() {
              super();
              throw new Error('the page’s constructor');
            }
          },
        ),
      /^sg-throws-[0-9a-f]{8}$/,
    ],
  ])('%s', (_name, name, define, expected) => {
    define?.();
    expect(hostName(name, document)).toMatch(expected);
  });
});

describe('renderWithoutParts', () => {
  const view = () =>
    h('div', { part: 'panel', class: 'sg-panel' }, h('button', { part: 'button cancel' }, 'Terug'));

  it.each([
    ['without it, parts render', false, 2],
    ['with it, no element keeps a part', true, 0],
  ])('%s', (_name, sealed, parts) => {
    if (sealed) undo = renderWithoutParts();
    const container = document.body.appendChild(document.createElement('div'));
    render(view(), container);
    expect(container.querySelectorAll('[part]')).toHaveLength(parts);
    expect(container.querySelector('.sg-panel button')?.textContent).toBe('Terug');
  });

  it('undoing it renders parts again', () => {
    renderWithoutParts()();
    const container = document.body.appendChild(document.createElement('div'));
    render(view(), container);
    expect(container.querySelectorAll('[part]')).toHaveLength(2);
  });
});

describe('sealedHostStyles', () => {
  it.each(['bg', 'fg', 'muted', 'accent', 'track', 'ok', 'near', 'full', 'over', 'radius', 'font'])(
    'resets --seatguard-%s on the host, important',
    (name) => {
      expect(sealedHostStyles).toContain(`--seatguard-${name}: initial !important;`);
    },
  );

  it('covers every public property the panel’s styles read', () => {
    const read = new Set(
      [...(styles + dialogStyles + dockStyles).matchAll(/var\(--seatguard-([a-z]+)/g)].map((m) => m[1]),
    );
    const reset = new Set([...sealedHostStyles.matchAll(/--seatguard-([a-z]+): initial/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(0);
    expect(reset).toEqual(read);
  });
});

describe('reattach', () => {
  it.each<[string, (host: HTMLElement) => void, number]>([
    ['a host the page removed goes back, last in the body', (host) => host.remove(), 1],
    ['a host in place stays where it is', () => {}, 0],
  ])('%s', (_name, page, expectedIndex) => {
    const host = document.createElement('seatguard-panel');
    document.body.append(host, document.createElement('p'));
    page(host);
    reattach(host, document);
    expect(host.isConnected).toBe(true);
    expect([...document.body.children].indexOf(host)).toBe(expectedIndex);
  });

  it('no host yet: nothing happens', () => {
    reattach(undefined, document);
    expect(document.body.children).toHaveLength(0);
  });
});

import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountPage } from '../../components/extension-page';
import { type Lang, t } from '../../lib/i18n';

afterEach(() => {
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

function mount() {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  const lang = signal<Lang>('en');
  const dispose = vi.fn();
  mountPage(document, {
    css: ['.a { color: red; }', '.b { color: blue; }'],
    lang,
    title: 'options.title',
    view: <p class="page">page</p>,
    dispose,
  });
  return { app, lang, dispose };
}

describe('mountPage', () => {
  it('renders the view with its stylesheets, and a title and language that follow lang', () => {
    const { app, lang } = mount();
    expect(app.querySelector('.page')?.textContent).toBe('page');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.title).toBe(t('options.title', {}, 'en'));
    lang.value = 'nl';
    expect(document.title).toBe(t('options.title', {}, 'nl'));
    expect(document.documentElement.lang).toBe('nl');
  });

  it('undoes everything once on pagehide: the model, the view and the title effect', () => {
    const { app, lang, dispose } = mount();
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('pagehide'));
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(app.childNodes).toHaveLength(0);
    lang.value = 'de';
    expect(document.title).toBe(t('options.title', {}, 'en'));
  });
});

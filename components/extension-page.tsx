import { effect, type ReadonlySignal } from '@preact/signals';
import { type ComponentChild, render } from 'preact';
import { type Lang, type MessageKey, t } from '../lib/i18n';

/** One extension page (options, popup): what it shows and what it must end. */
export interface ExtensionPage {
  /** Stylesheets, applied through adoptedStyleSheets: no inline style, CSP-clean. */
  css: readonly string[];
  lang: ReadonlySignal<Lang>;
  title: MessageKey;
  view: ComponentChild;
  /** Ends the page's model: its ports, listeners and timers. */
  dispose: () => void;
}

/** Mounts a page into #app, its language and title following `lang`; all of it is undone on pagehide. */
export function mountPage(doc: Document, page: ExtensionPage): void {
  doc.adoptedStyleSheets = page.css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const root = doc.getElementById('app') as HTMLElement;
  const stopTitle = effect(() => {
    doc.documentElement.lang = page.lang.value;
    doc.title = t(page.title, {}, page.lang.value);
  });
  render(page.view, root);
  const end = () => {
    stopTitle();
    page.dispose();
    render(null, root);
  };
  doc.defaultView?.addEventListener('pagehide', end, { once: true });
}

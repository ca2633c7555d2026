import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { anchorHostStyles, dockStyles } from '../../components/dock-styles';
import { dialogStyles, styles } from '../../components/styles';
import { anchorOf } from '../../lib/extension/content/anchor';
import { Lifetime } from '../../lib/extension/content/lifetime';
import { watchHostScheme } from '../../lib/extension/content/scheme';
import { hostName, reattach, renderWithoutParts, sealedHostStyles } from '../../lib/extension/content/sealed';
import { createSeatSession, type SeatSession } from '../../lib/extension/content/session';
import { watchSpot } from '../../lib/extension/content/spot';
import { installGuard } from '../../lib/guard';
import { builtInMatches, readChange } from '../../lib/hosts';
import { App, type Placement } from './App';

/** A user-timing mark at the first paint with seat data: standard profiling, read by `npm run bench`. */
function markFirstPanel(ctx: Lifetime, session: SeatSession): void {
  const dispose = effect(() => {
    if (!session.view.value.report) return;
    requestAnimationFrame(() => performance.mark('seatguard:panel'));
    queueMicrotask(() => dispose());
  });
  ctx.onInvalidated(dispose);
}

/**
 * Mounts the launcher at the element the host adapter names, once the adapter is known, for as long as the
 * page has that element (autoMount follows it through the page's own re-renders).
 */
function mountAtAnchor(ctx: Lifetime, session: SeatSession, hosts: Set<Element>) {
  const container = signal<HTMLElement | null>(null);
  let started = false;
  const dispose = effect(() => {
    const anchor = anchorOf(session.adapter.value, document);
    if (!anchor || started) return;
    started = true;
    void createShadowRootUi(asUiContext(ctx), {
      name: hostName('seatguard-launcher'),
      // Closed, like the panel's: the page reads no seat data and rewrites no word of ours (issue 13).
      mode: 'closed',
      position: 'inline',
      anchor,
      append: 'last',
      css: styles + dockStyles + anchorHostStyles + sealedHostStyles,
      isolateEvents: true,
      onMount: (mounted, _shadow, host) => {
        hosts.add(host);
        container.value = mounted;
        return mounted;
      },
      onRemove: () => {
        container.value = null;
      },
    }).then((ui) => ui.autoMount());
  });
  ctx.onInvalidated(dispose);
  return container;
}

/** createShadowRootUi asks a WXT context for its end and its options only; ours ends only with the extension. */
function asUiContext(lifetime: Lifetime): ContentScriptContext {
  return lifetime as unknown as ContentScriptContext;
}

/** The page's body, once parsed: the script starts before it, to listen first. */
function bodyReady(ctx: Lifetime): Promise<void> {
  if (document.body) return Promise.resolve();
  return new Promise((resolve) =>
    ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }),
  );
}

export default defineContentScript({
  matches: builtInMatches,
  // The store build knows no pages of its own: a customer's adapter registers the script at runtime.
  registration: builtInMatches.length ? 'manifest' : 'runtime',
  // Before any page script: the guard's listener on the window is the first there (issue 13).
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main() {
    performance.mark('seatguard:start');
    // Not WXT's context: a page can end that one with an event of its own (lifetime.ts).
    const ctx = new Lifetime();
    ctx.onInvalidated(renderWithoutParts());
    // The panel's host, once mounted: the page may take it out, the guard puts it back to be heard.
    let panelHost: Element | undefined;
    const session = createSeatSession(ctx);
    markFirstPanel(ctx, session);
    installGuard({
      target: window,
      signal: ctx.signal,
      rules: () => session.adapter.value?.forms ?? [],
      read: (form, rule, submitter) => readChange(form, rule.change, submitter),
      decide: session.check,
      unchecked: session.failMode,
      ask: (decision, resume, cancel) => {
        reattach(panelHost);
        session.dialog.value = { decision, resume, cancel };
      },
      onNote: (note) => {
        reattach(panelHost);
        session.note.value = note;
      },
      onPass: () => session.submitted(),
    });
    await bodyReady(ctx);
    // Our own shadow hosts: what lies under them is what the launcher must keep clear of, not them.
    const hosts = new Set<Element>();
    const host = (element: Element) => hosts.has(element);
    const { scheme, check: checkScheme } = watchHostScheme(ctx.signal);
    const spot = watchSpot(ctx.signal, { ours: host, frozen: () => session.open.value });
    const placement: Placement = {
      place: spot.place,
      scheme,
      anchor: mountAtAnchor(ctx, session, hosts),
      attach: spot.attach,
    };
    // Opening reads the page's scheme again; closing finds the launcher a free corner again.
    const disposeOpen = effect(() => {
      if (session.open.value) checkScheme();
      else spot.check();
    });
    ctx.onInvalidated(disposeOpen);
    const ui = await createShadowRootUi(asUiContext(ctx), {
      name: hostName('seatguard-panel'),
      // Closed: `host.shadowRoot` is null to the page, whose scripts then neither read the seat data nor
      // rewrite a dialog before the admin answers it (issue 13). Tests reach it through the DevTools protocol.
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles + dialogStyles + dockStyles + sealedHostStyles,
      isolateEvents: true,
      onMount: (container, _shadow, shadowHost) => {
        hosts.add(shadowHost);
        panelHost = shadowHost;
        render(<App session={session} placement={placement} />, container);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});

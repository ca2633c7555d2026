import { effect } from '@preact/signals';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { dialogStyles, styles } from '../../components/styles';
import { createSeatSession, type SeatSession } from '../../lib/extension/content/session';
import { installGuard } from '../../lib/guard';
import { builtInMatches, readChange } from '../../lib/hosts';
import { App } from './App';

/** A user-timing mark at the first paint with seat data: standard profiling, read by `npm run bench`. */
function markFirstPanel(ctx: ContentScriptContext, session: SeatSession): void {
  const dispose = effect(() => {
    if (!session.view.value.report) return;
    requestAnimationFrame(() => performance.mark('seatguard:panel'));
    queueMicrotask(() => dispose());
  });
  ctx.onInvalidated(dispose);
}

export default defineContentScript({
  matches: builtInMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('seatguard:start');
    const session = createSeatSession(ctx);
    markFirstPanel(ctx, session);
    installGuard({
      doc: document,
      signal: ctx.signal,
      rules: () => session.adapter.value?.forms ?? [],
      read: (form, rule, submitter) => readChange(form, rule.change, submitter),
      decide: session.check,
      unchecked: session.failMode,
      ask: (decision, resume, cancel) => {
        session.dialog.value = { decision, resume, cancel };
      },
      onNote: (note) => {
        session.note.value = note;
      },
      onPass: () => session.submitted(),
    });
    const ui = await createShadowRootUi(ctx, {
      name: 'seatguard-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles + dialogStyles,
      isolateEvents: true,
      onMount: (container) => {
        render(<App session={session} />, container);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});

import type { ReadonlySignal } from '@preact/signals';
import { render } from 'preact';
import { useCallback, useId, useLayoutEffect, useRef } from 'preact/hooks';
import { Dock } from '../../components/Dock';
import { GuardStopDialog } from '../../components/GuardStopDialog';
import { Launcher } from '../../components/Launcher';
import { SeatPanel } from '../../components/SeatPanel';
import { VerdictDialog } from '../../components/VerdictDialog';
import type { SeatSession } from '../../lib/extension/content/session';
import { actHref } from '../../lib/hosts';
import { t } from '../../lib/i18n';
import type { DockPlace, Scheme } from '../../lib/view/dock';
import { extensionWordsFor } from '../../lib/view/extension-words';
import type { LinkFor } from '../../lib/view/href';
import { kindsOf } from '../../lib/view/report';

export interface Placement {
  /** Where the docked launcher covers no control of the page: a corner, with its numbers or its mark alone. */
  place: ReadonlySignal<DockPlace>;
  /** The host page's colour scheme. */
  scheme: ReadonlySignal<Scheme>;
  /** The container at the adapter's anchor, when it names one and the page has it. */
  anchor: ReadonlySignal<HTMLElement | null>;
  /** Hands over the launcher, to keep it clear of the page's controls. */
  attach: (launcher: HTMLButtonElement | null) => void;
}

/**
 * The injected UI: the launcher at rest (docked, or at the adapter's anchor), the panel when the admin opens
 * it, and the guard's dialog while one is pending; all in the host page's colour scheme.
 */
export function App({ session, placement }: { session: SeatSession; placement: Placement }) {
  const pending = session.dialog.value;
  const lang = session.lang.value;
  const view = session.view.value;
  const open = session.open.value;
  const anchor = placement.anchor.value;
  const place = placement.place.value;
  const schemeClass = `sg-scheme sg-scheme--${placement.scheme.value}`;
  const raise = { href: session.state.value?.raiseHref };
  const labels = Object.fromEntries((view.report?.pools ?? []).map((pool) => [pool.id, pool.label]));
  const sheetId = useId();
  const problemId = useId();
  const launcherRef = useRef<HTMLButtonElement | null>(null);
  const setLauncher = useCallback(
    (element: HTMLButtonElement | null) => {
      launcherRef.current = element;
      // At an anchor the launcher is in the page's flow: there is no corner to keep clear.
      placement.attach(anchor ? null : element);
    },
    [anchor, placement],
  );
  // The host vendor's words and pages (its adapter): its term for a seat, register, ways out, and links.
  const adapter = session.adapter.value ?? undefined;
  const words = extensionWordsFor(adapter);
  const tenant = session.view.value.tenant;
  const link: LinkFor = (what, id) => adapter && tenant && actHref(adapter, what, tenant, id, location.href);
  // Runs once the dialog is gone: while a modal <dialog> is open the page is inert and refuses focus.
  const afterClose = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const then = afterClose.current;
    if (pending || !then) return;
    afterClose.current = null;
    then();
  }, [pending]);
  const close = (then: () => void) => () => {
    afterClose.current = then;
    session.dialog.value = null;
  };
  const launcher = (
    <Launcher
      view={view}
      lang={lang}
      open={open}
      compact={!anchor && place.compact}
      onToggle={() => session.setOpen(!open)}
      controls={anchor ? undefined : sheetId}
      problemId={problemId}
      words={words}
      buttonRef={setLauncher}
    />
  );
  // At the anchor, in its own shadow root: a second render root (preact/compat's portal would weigh 3 kB).
  useLayoutEffect(() => {
    if (!anchor) return;
    render(
      <div class={schemeClass}>
        <div class="sg-root sg-anchor">{launcher}</div>
      </div>,
      anchor,
    );
  });
  useLayoutEffect(() => (anchor ? () => render(null, anchor) : undefined), [anchor]);
  return (
    <div class={schemeClass}>
      <Dock
        spot={place.spot}
        open={open}
        lang={lang}
        sheetId={sheetId}
        label={t('panel.title', { name: view.name ?? view.tenant }, lang)}
        onClose={() => session.setOpen(false)}
        launcher={anchor ? undefined : launcher}
        launcherRef={launcherRef}
      >
        <SeatPanel
          view={session.view}
          lang={session.lang}
          now={session.now}
          collapsed={session.collapsed}
          onRefresh={session.refresh}
          raise={raise}
          words={words}
          link={link}
        />
      </Dock>
      {pending?.decision.action === 'ask' && (
        <VerdictDialog
          verdict={pending.decision.verdict}
          labels={labels}
          lang={lang}
          raise={raise}
          words={words}
          kinds={kindsOf(session.view.value.report)}
          holders={pending.decision.holders}
          link={link}
          onContinue={close(pending.resume)}
          onCancel={close(pending.cancel)}
        />
      )}
      {pending?.decision.action === 'stop' && (
        <GuardStopDialog lang={lang} words={words} onClose={close(pending.cancel)} />
      )}
    </div>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { GuardStopDialog } from '../../components/GuardStopDialog';
import { SeatPanel } from '../../components/SeatPanel';
import { VerdictDialog } from '../../components/VerdictDialog';
import type { SeatSession } from '../../lib/extension/content/session';
import { actHref } from '../../lib/hosts';
import { extensionWordsFor } from '../../lib/view/extension-words';
import type { LinkFor } from '../../lib/view/href';
import { kindsOf } from '../../lib/view/report';

/** The injected UI: the panel in the corner, and the guard's dialog while one is pending. */
export function App({ session }: { session: SeatSession }) {
  const pending = session.dialog.value;
  const lang = session.lang.value;
  const raise = { href: session.state.value?.raiseHref };
  const labels = Object.fromEntries(
    (session.view.value.report?.pools ?? []).map((pool) => [pool.id, pool.label]),
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
  return (
    <>
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
    </>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { GuardStopDialog } from '../../components/GuardStopDialog';
import { SeatPanel } from '../../components/SeatPanel';
import { VerdictDialog } from '../../components/VerdictDialog';
import type { SeatSession } from '../../lib/extension/content/session';
import { extensionWords } from '../../lib/view/extension-words';

/** The injected UI: the panel in the corner, and the guard's dialog while one is pending. */
export function App({ session }: { session: SeatSession }) {
  const pending = session.dialog.value;
  const lang = session.lang.value;
  const raise = { href: session.state.value?.raiseHref };
  const labels = Object.fromEntries(
    (session.view.value.report?.pools ?? []).map((pool) => [pool.id, pool.label]),
  );
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
        words={extensionWords}
      />
      {pending?.decision.action === 'ask' && (
        <VerdictDialog
          verdict={pending.decision.verdict}
          labels={labels}
          lang={lang}
          raise={raise}
          onContinue={close(pending.resume)}
          onCancel={close(pending.cancel)}
        />
      )}
      {pending?.decision.action === 'stop' && <GuardStopDialog lang={lang} onClose={close(pending.cancel)} />}
    </>
  );
}

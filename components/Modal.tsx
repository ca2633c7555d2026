import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang } from '../lib/i18n';

export interface ModalProps {
  title: string;
  lang: Lang;
  /** Modifier class, e.g. the verdict outcome. */
  tone: string;
  /** Escape, or the browser closing the dialog by itself. */
  onCancel: () => void;
  children: ComponentChildren;
  /** The buttons; the one marked autofocus gets focus on open. */
  actions: ComponentChildren;
}

function open(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  // Engines without showModal still show the choice, only without backdrop and inertness.
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

/** A native modal dialog, open while mounted; the caller unmounts it and restores focus. */
export function Modal({ title, lang, tone, onCancel, children, actions }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closing = useRef(false);
  const titleId = useId();
  const bodyId = useId();
  // Layout effect: the dialog opens in the same task as the submit, not a frame later.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    open(dialog);
    dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    // Standard profiling, as the panel's first paint: `npm run bench` times submit → dialog by it. One entry
    // at a time in the page's timeline, however many dialogs a long day opens.
    performance.clearMarks('seatguard:dialog');
    performance.mark('seatguard:dialog');
    return () => {
      closing.current = true;
      if (dialog.open) dialog.close();
    };
  }, []);
  const cancel = (event: Event) => {
    // Stay open until the caller unmounts us, so what is shown always matches the caller's state.
    event.preventDefault();
    onCancel();
  };
  // A second Escape may close the dialog without a cancel event; treat that as cancel too.
  const close = () => {
    if (!closing.current) onCancel();
  };
  return (
    <dialog
      ref={ref}
      class={`sg-root sg-dialog sg-dialog--${tone}`}
      part="dialog"
      lang={lang}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={cancel}
      onClose={close}
    >
      <h2 id={titleId} class="sg-title">
        {title}
      </h2>
      <div id={bodyId} class="sg-dialog-body">
        {children}
      </div>
      <div class="sg-actions">{actions}</div>
    </dialog>
  );
}

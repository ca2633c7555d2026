import type { FormRule } from '../hosts';
import type { ChangesInput } from '../rules';
import type { GuardNote } from '../view/schema';
import type { Decision } from './decision';

export interface GuardOptions {
  /** Where the capture-phase listener goes: the window, first of all, before any page script can listen. */
  target: EventTarget;
  /** Whether the browser itself dispatched the event; `event.isTrusted` (a test DOM may mark none so). */
  trusted?: (event: Event) => boolean;
  /** The content script's lifetime: the listener goes with it. */
  signal: AbortSignal;
  /** The guarded forms of the current page (the adapter can change on SPA navigation). */
  rules: () => readonly FormRule[];
  /** What the submission would do, read from the form; throws when its fields make no change. */
  read: (form: HTMLFormElement, rule: FormRule, submitter: HTMLElement | null) => ChangesInput;
  /** Asks for the decision (the background holds the facts); resolves, never rejects. */
  decide: (changes: ChangesInput) => Promise<Decision>;
  /** The decision when there is none to ask for: the adapter's fail mode with this note. */
  unchecked: (note: GuardNote) => Decision;
  /** Shows the dialog; `resume` resubmits the original submission once, `cancel` returns to the form. */
  ask: (decision: Exclude<Decision, { action: 'pass' }>, resume: () => void, cancel: () => void) => void;
  onNote: (note: GuardNote) => void;
  /** A guarded form went through (allowed, continued, or unchecked): its seats are about to change. */
  onPass: (form: HTMLFormElement) => void;
}

function ruleFor(rules: readonly FormRule[], form: HTMLFormElement): FormRule | undefined {
  return rules.find((rule) => form.matches(rule.form));
}

/** A real submit button of this form, or null: requestSubmit throws on anything else. */
function ownSubmitter(form: HTMLFormElement, submitter: HTMLElement | null): HTMLElement | null {
  const owner = submitter && 'form' in submitter ? (submitter as HTMLButtonElement).form : null;
  return owner === form && submitter?.isConnected ? submitter : null;
}

/** Ticks the vendor's own "order the extra seat" box: the admin has just confirmed the cost with us. */
function tickConfirm(form: HTMLFormElement, name: string): void {
  const field = form.elements.namedItem(name);
  if (field instanceof HTMLInputElement && field.type === 'checkbox') {
    field.checked = true;
    return;
  }
  const hidden = form.ownerDocument.createElement('input');
  Object.assign(hidden, { type: 'hidden', name, value: 'on' });
  form.append(hidden);
}

/**
 * Guards every matching form, including ones added later, with one capture-phase listener on the window,
 * registered before any page script runs: no listener of the page comes first to stop it.
 * A guarded submission is held while the background decides, then resubmitted once as it was (the form
 * keeps every typed value) or answered with a dialog. Any exception in here lets it through by the
 * adapter's fail mode: the host page never breaks because of us.
 */
export function installGuard(options: GuardOptions): void {
  const { target, signal, trusted = (event: Event) => event.isTrusted } = options;
  const bypass = new WeakSet<HTMLFormElement>();
  // A second submit while the first is being decided must not become a second submission.
  const deciding = new WeakSet<HTMLFormElement>();
  const requestSubmit = HTMLFormElement.prototype.requestSubmit;

  const settle = (
    form: HTMLFormElement,
    rule: FormRule,
    submitter: HTMLElement | null,
    decision: Decision,
  ) => {
    deciding.delete(form);
    const confirmField =
      decision.action === 'ask' && decision.verdict.outcome === 'confirm' ? rule.confirm : undefined;
    const resume = () => {
      if (confirmField) tickConfirm(form, confirmField);
      options.onPass(form);
      bypass.add(form);
      requestSubmit.call(form, submitter);
    };
    if (decision.action === 'pass') {
      if (decision.note) options.onNote(decision.note);
      resume();
      return;
    }
    options.ask(decision, resume, () => (submitter ?? form).focus());
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    // A page's own synthetic submit event submits nothing, so it opens no dialog either (issue 13).
    if (!trusted(event)) return;
    // The one resubmission after a decision passes untouched.
    if (!(form instanceof HTMLFormElement) || bypass.delete(form)) return;
    let rule: FormRule | undefined;
    try {
      rule = ruleFor(options.rules(), form);
    } catch {
      // A broken selector in the adapter: the page goes on, and the panel says the guard could not check.
      options.onNote('guard-error');
      return;
    }
    if (!rule) return;
    // Stop the host's own handlers too: resubmitting re-dispatches the submission to them.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (deciding.has(form)) return;
    deciding.add(form);
    const submitter = ownSubmitter(form, event.submitter);
    let decision: Promise<Decision>;
    try {
      decision = options.decide(options.read(form, rule, event.submitter));
    } catch {
      decision = Promise.resolve(options.unchecked('guard-error'));
    }
    const found = rule;
    // While this submission's events are still firing, requestSubmit does nothing: an answer settles in a
    // later task. One from the background already comes in one; only one decided at once waits for it.
    const fired = new Promise<void>((done) => setTimeout(done, 0));
    void decision
      .catch(() => options.unchecked('guard-error'))
      .then(async (answer) => {
        await fired;
        return answer;
      })
      .then((answer) => settle(form, found, submitter, answer))
      .catch(() => {
        // Our own dialog failed: the fail mode decides, without a dialog.
        deciding.delete(form);
        if (options.unchecked('guard-error').action !== 'pass') return;
        bypass.add(form);
        requestSubmit.call(form, submitter);
      });
  };
  target.addEventListener('submit', onSubmit as EventListener, { capture: true, signal });
}

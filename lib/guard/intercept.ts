import type { FormRule } from '../hosts';
import type { Decision, GuardNote } from './decide';

export interface GuardOptions {
  doc: Document;
  /** The content script's lifetime: the listener goes with it. */
  signal: AbortSignal;
  /** The guarded forms of the current page (the adapter can change on SPA navigation). */
  rules: () => readonly FormRule[];
  decide: (form: HTMLFormElement, rule: FormRule, submitter: HTMLElement | null) => Decision;
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
 * Guards every matching form, including ones added later, with one capture-phase listener on the document.
 * Any exception in here lets the submission through: the host page never breaks because of us.
 */
export function installGuard(options: GuardOptions): void {
  const { doc, signal } = options;
  const bypass = new WeakSet<HTMLFormElement>();
  const requestSubmit = HTMLFormElement.prototype.requestSubmit;
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    // The one resubmission after "continue" passes untouched.
    if (!(form instanceof HTMLFormElement) || bypass.delete(form)) return;
    let decision: Decision;
    let rule: FormRule | undefined;
    try {
      rule = ruleFor(options.rules(), form);
      if (!rule) return;
      decision = options.decide(form, rule, event.submitter);
    } catch {
      decision = { action: 'pass', note: 'guard-error' };
    }
    if (decision.action === 'pass') {
      if (decision.note) options.onNote(decision.note);
      options.onPass(form);
      return;
    }
    // Stop the host's own handlers too: continuing re-dispatches the submission to them.
    event.preventDefault();
    event.stopImmediatePropagation();
    const submitter = ownSubmitter(form, event.submitter);
    const confirmField =
      decision.action === 'ask' && decision.verdict.outcome === 'confirm' ? rule?.confirm : undefined;
    const resume = () => {
      if (confirmField) tickConfirm(form, confirmField);
      options.onPass(form);
      bypass.add(form);
      requestSubmit.call(form, submitter);
    };
    const cancel = () => (submitter ?? form).focus();
    options.ask(decision, resume, cancel);
  };
  doc.addEventListener('submit', onSubmit, { capture: true, signal });
}

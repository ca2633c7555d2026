// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Decision, installGuard } from '../../../lib/guard';
import type { FormRule } from '../../../lib/hosts';
import type { ChangesInput } from '../../../lib/rules';

const RULE: FormRule = {
  form: 'form#user-create',
  change: { kind: 'add-user', fields: {} },
  confirm: 'confirmPurchase',
};
const verdict = (outcome: 'warn' | 'confirm' | 'block') => ({ outcome, pools: [], reasons: [], costs: [] });
const ADD: ChangesInput = { kind: 'add-user', user: { id: 'new' } };

let lifetime: AbortController;
let submitted: number;

function page(
  html = '<form id="user-create"><input name="name" value="Ada"><button type="submit">Add</button></form>',
) {
  document.body.innerHTML = html;
  const form = document.querySelector('form') as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted += 1;
  });
  return form;
}

/** Lets the background's answer (a resolved promise here) arrive, and the task the guard acts in run. */
const answered = () => new Promise((resolve) => setTimeout(resolve, 10));

interface Setup {
  trusted?: (event: Event) => boolean;
  rules?: FormRule[];
  read?: () => ChangesInput;
  failMode?: 'open' | 'closed';
}

function guard(decide: (changes: ChangesInput) => Promise<Decision>, setup: Setup = {}) {
  const ask = vi.fn();
  const onNote = vi.fn();
  const onPass = vi.fn();
  const read = vi.fn(setup.read ?? (() => ADD));
  const asked = vi.fn(decide);
  installGuard({
    target: window,
    // happy-dom marks the events of requestSubmit untrusted; Chromium marks them trusted (e2e tests it).
    trusted: setup.trusted ?? (() => true),
    signal: lifetime.signal,
    rules: () => setup.rules ?? [RULE],
    read,
    decide: asked,
    unchecked: (note) => (setup.failMode === 'closed' ? { action: 'stop' } : { action: 'pass', note }),
    ask,
    onNote,
    onPass,
  });
  return { ask, onNote, onPass, read, asked };
}

const answer = (decision: Decision) => async () => decision;

beforeEach(() => {
  lifetime = new AbortController();
  submitted = 0;
});
afterEach(() => lifetime.abort());

describe('installGuard', () => {
  it.each<[string, Decision, number, number]>([
    ['allow passes through, resubmitted once', { action: 'pass' }, 1, 0],
    ['an unchecked pass passes with a note', { action: 'pass', note: 'guard-failed-open' }, 1, 0],
    ['warn holds the form for the dialog', { action: 'ask', verdict: verdict('warn') }, 0, 1],
    ['block holds the form', { action: 'ask', verdict: verdict('block') }, 0, 1],
    ['fail-closed stops the form', { action: 'stop' }, 0, 1],
  ])('%s', async (_name, decision, reachesHost, asked) => {
    const form = page();
    const { ask, asked: decide } = guard(answer(decision));
    form.requestSubmit();
    expect(submitted).toBe(0);
    await answered();
    expect(decide).toHaveBeenCalledWith(ADD);
    expect(submitted).toBe(reachesHost);
    expect(ask).toHaveBeenCalledTimes(asked);
  });

  it('holds the host’s own handlers until the decision, then they see one submission', async () => {
    const form = page();
    let release: (decision: Decision) => void = () => undefined;
    guard(() => new Promise((resolve) => (release = resolve)));
    form.requestSubmit();
    form.requestSubmit();
    await answered();
    expect(submitted).toBe(0);
    release({ action: 'pass' });
    await answered();
    expect(submitted).toBe(1);
  });

  it('continue resubmits the original submission exactly once, values intact', async () => {
    const form = page();
    const { ask, onPass } = guard(answer({ action: 'ask', verdict: verdict('warn') }));
    form.requestSubmit(form.querySelector('button') as HTMLButtonElement);
    await answered();
    const [, resume] = ask.mock.calls[0] as [Decision, () => void, () => void];
    resume();
    expect(submitted).toBe(1);
    expect(onPass).toHaveBeenCalledTimes(1);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).toBe('Ada');
    form.requestSubmit();
    await answered();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('cancel returns focus to the submit button and keeps the values', async () => {
    const form = page();
    const { ask } = guard(answer({ action: 'ask', verdict: verdict('block') }));
    const button = form.querySelector('button') as HTMLButtonElement;
    form.requestSubmit(button);
    await answered();
    const [, , cancel] = ask.mock.calls[0] as [Decision, () => void, () => void];
    cancel();
    expect(document.activeElement).toBe(button);
    expect(submitted).toBe(0);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).toBe('Ada');
  });

  it.each([
    ['ticks the vendor’s checkbox', '<input type="checkbox" name="confirmPurchase">', true],
    ['adds the field when the form has none', '', true],
  ])('confirming a purchase %s', async (_name, extra, checked) => {
    const form = page(`<form id="user-create">${extra}<button>Add</button></form>`);
    const { ask } = guard(answer({ action: 'ask', verdict: verdict('confirm') }));
    form.requestSubmit();
    await answered();
    const [, resume] = ask.mock.calls[0] as [Decision, () => void];
    resume();
    expect(new FormData(form).get('confirmPurchase') !== null).toBe(checked);
  });

  it('a warning never ticks the purchase box', async () => {
    const form = page(
      '<form id="user-create"><input type="checkbox" name="confirmPurchase"><button>Add</button></form>',
    );
    const { ask } = guard(answer({ action: 'ask', verdict: verdict('warn') }));
    form.requestSubmit();
    await answered();
    (ask.mock.calls[0] as [Decision, () => void])[1]();
    expect(new FormData(form).get('confirmPurchase')).toBeNull();
  });

  it.each<[string, () => ReturnType<typeof guard>]>([
    ['the decision rejects', () => guard(() => Promise.reject(new Error('boom')))],
    [
      'the form cannot be read',
      () =>
        guard(answer({ action: 'stop' }), {
          read: () => {
            throw new Error('no id');
          },
        }),
    ],
    ['a broken selector', () => guard(answer({ action: 'stop' }), { rules: [{ ...RULE, form: 'form[' }] })],
  ])('fails open when %s, with a note', async (_name, install) => {
    const form = page();
    const { onNote, ask } = install();
    form.requestSubmit();
    await answered();
    expect(submitted).toBe(1);
    expect(ask).not.toHaveBeenCalled();
    expect(onNote).toHaveBeenCalledWith('guard-error');
  });

  it('fails closed when the adapter says so and the form cannot be read', async () => {
    const form = page();
    const read = () => {
      throw new Error('no id');
    };
    const { ask } = guard(answer({ action: 'pass' }), { read, failMode: 'closed' });
    form.requestSubmit();
    await answered();
    expect(submitted).toBe(0);
    expect(ask).toHaveBeenCalledWith({ action: 'stop' }, expect.any(Function), expect.any(Function));
  });

  it('ignores a submit event the page dispatched itself: nothing asked, no dialog, nothing held', async () => {
    const form = page();
    const { ask, asked } = guard(answer({ action: 'stop' }), { trusted: (event) => event.isTrusted });
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await answered();
    expect(asked).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });

  it('leaves forms no rule names alone', async () => {
    const form = page('<form id="search"><button>Go</button></form>');
    const { ask, onPass, asked } = guard(answer({ action: 'stop' }));
    form.requestSubmit();
    expect(submitted).toBe(1);
    await answered();
    expect(asked).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('guards a form added after it was installed', async () => {
    const { ask } = guard(answer({ action: 'stop' }));
    const form = page();
    form.requestSubmit();
    await answered();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('stops guarding when its lifetime ends', async () => {
    const form = page();
    const { ask } = guard(answer({ action: 'stop' }));
    lifetime.abort();
    form.requestSubmit();
    await answered();
    expect(ask).not.toHaveBeenCalled();
    expect(submitted).toBe(1);
  });
});

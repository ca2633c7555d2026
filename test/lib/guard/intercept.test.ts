// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Decision, installGuard } from '../../../lib/guard';
import type { FormRule } from '../../../lib/hosts';

const RULE: FormRule = {
  form: 'form#user-create',
  change: { kind: 'add-user', fields: {} },
  confirm: 'confirmPurchase',
};
const verdict = (outcome: 'warn' | 'confirm' | 'block') => ({ outcome, pools: [], reasons: [], costs: [] });

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

function guard(decide: () => Decision, rules: FormRule[] = [RULE]) {
  const ask = vi.fn();
  const onNote = vi.fn();
  const onPass = vi.fn();
  installGuard({ doc: document, signal: lifetime.signal, rules: () => rules, decide, ask, onNote, onPass });
  return { ask, onNote, onPass };
}

beforeEach(() => {
  lifetime = new AbortController();
  submitted = 0;
});
afterEach(() => lifetime.abort());

describe('installGuard', () => {
  it.each<[string, Decision, number, number]>([
    ['allow passes through', { action: 'pass' }, 1, 0],
    ['an unchecked pass passes with a note', { action: 'pass', note: 'guard-failed-open' }, 1, 0],
    ['warn holds the form for the dialog', { action: 'ask', verdict: verdict('warn') }, 0, 1],
    ['block holds the form', { action: 'ask', verdict: verdict('block') }, 0, 1],
    ['fail-closed stops the form', { action: 'stop' }, 0, 1],
  ])('%s', (_name, decision, reachesHost, asked) => {
    const form = page();
    const { ask } = guard(() => decision);
    form.requestSubmit();
    expect(submitted).toBe(reachesHost);
    expect(ask).toHaveBeenCalledTimes(asked);
  });

  it('continue resubmits the original submission exactly once, values intact', () => {
    const form = page();
    const { ask, onPass } = guard(() => ({ action: 'ask', verdict: verdict('warn') }));
    form.requestSubmit(form.querySelector('button') as HTMLButtonElement);
    const [, resume] = ask.mock.calls[0] as [Decision, () => void, () => void];
    resume();
    expect(submitted).toBe(1);
    expect(onPass).toHaveBeenCalledTimes(1);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).toBe('Ada');
    form.requestSubmit();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('cancel returns focus to the submit button and keeps the values', () => {
    const form = page();
    const { ask } = guard(() => ({ action: 'ask', verdict: verdict('block') }));
    const button = form.querySelector('button') as HTMLButtonElement;
    form.requestSubmit(button);
    const [, , cancel] = ask.mock.calls[0] as [Decision, () => void, () => void];
    cancel();
    expect(document.activeElement).toBe(button);
    expect(submitted).toBe(0);
    expect((form.elements.namedItem('name') as HTMLInputElement).value).toBe('Ada');
  });

  it.each([
    ['ticks the vendor’s checkbox', '<input type="checkbox" name="confirmPurchase">', true],
    ['adds the field when the form has none', '', true],
  ])('confirming a purchase %s', (_name, extra, checked) => {
    const form = page(`<form id="user-create">${extra}<button>Add</button></form>`);
    const { ask } = guard(() => ({ action: 'ask', verdict: verdict('confirm') }));
    form.requestSubmit();
    const [, resume] = ask.mock.calls[0] as [Decision, () => void];
    resume();
    expect(new FormData(form).get('confirmPurchase') !== null).toBe(checked);
  });

  it('a warning never ticks the purchase box', () => {
    const form = page(
      '<form id="user-create"><input type="checkbox" name="confirmPurchase"><button>Add</button></form>',
    );
    const { ask } = guard(() => ({ action: 'ask', verdict: verdict('warn') }));
    form.requestSubmit();
    (ask.mock.calls[0] as [Decision, () => void])[1]();
    expect(new FormData(form).get('confirmPurchase')).toBeNull();
  });

  it.each([
    [
      'decide throws',
      () =>
        guard(() => {
          throw new Error('boom');
        }),
    ],
    ['a broken selector', () => guard(() => ({ action: 'stop' }), [{ ...RULE, form: 'form[' }])],
  ])('fails open when %s, with a note', (_name, install) => {
    const form = page();
    const { onNote, ask } = install();
    form.requestSubmit();
    expect(submitted).toBe(1);
    expect(ask).not.toHaveBeenCalled();
    expect(onNote).toHaveBeenCalledWith('guard-error');
  });

  it('leaves forms no rule names alone', () => {
    const form = page('<form id="search"><button>Go</button></form>');
    const { ask, onPass } = guard(() => ({ action: 'stop' }));
    form.requestSubmit();
    expect(submitted).toBe(1);
    expect(ask).not.toHaveBeenCalled();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('guards a form added after it was installed', () => {
    const { ask } = guard(() => ({ action: 'stop' }));
    const form = page();
    form.requestSubmit();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('stops guarding when its lifetime ends', () => {
    const form = page();
    const { ask } = guard(() => ({ action: 'stop' }));
    lifetime.abort();
    form.requestSubmit();
    expect(ask).not.toHaveBeenCalled();
    expect(submitted).toBe(1);
  });
});

import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

/** Renders into a fresh container in the document, flushing effects. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

/** Unmounts, so effect cleanups run; call from afterEach. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) {
    act(() => {
      render(null, container);
    });
    container.remove();
  }
}

/** Runs `fn` and flushes the renders it scheduled (signal writes, clicks). */
export function flush(fn: () => void): void {
  act(fn);
}

export function text(el: Element | null | undefined): string {
  return el?.textContent ?? '';
}

export function all(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

export function one(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

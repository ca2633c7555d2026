import { Window } from 'happy-dom';

// Admin pages parsed with happy-dom, and the values their forms hold.

const window = new Window();

export function parseHtml(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

type Doc = ReturnType<typeof parseHtml>;

/** What a form would submit: text values, text areas, the checked boxes' values, the selected options. */
export function formState(doc: Doc, id: string): Record<string, string[]> {
  const form = doc.getElementById(id);
  if (!form) throw new Error(`no form #${id}`);
  const state: Record<string, string[]> = {};
  const add = (name: string, value: string) => {
    state[name] = [...(state[name] ?? []), value];
  };
  for (const input of form.querySelectorAll('input')) {
    const name = input.getAttribute('name') ?? '';
    const checkable = input.getAttribute('type') === 'checkbox';
    if (name === '_csrf' || (checkable && !input.hasAttribute('checked'))) continue;
    add(name, input.getAttribute('value') ?? '');
  }
  for (const area of form.querySelectorAll('textarea'))
    add(area.getAttribute('name') ?? '', area.textContent ?? '');
  for (const select of form.querySelectorAll('select')) {
    const chosen = select.querySelector('option[selected]') ?? select.querySelector('option');
    add(select.getAttribute('name') ?? '', chosen?.getAttribute('value') ?? '');
  }
  return state;
}

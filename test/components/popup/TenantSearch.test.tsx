import { afterEach, describe, expect, it } from 'vitest';
import { TenantSearch } from '../../../components/popup/TenantSearch';
import { t } from '../../../lib/i18n';
import { all, flush, mount, one, text, unmountAll } from '../mount';
import { searchState, TENANTS } from './fixtures';

afterEach(unmountAll);

function setup(search = searchState()) {
  const opened: string[] = [];
  const root = mount(<TenantSearch search={search} lang="en" onOpenOptions={() => opened.push('options')} />);
  return { root, search, opened, input: one(root, 'input') as HTMLInputElement };
}

describe('TenantSearch: an ARIA combobox', () => {
  it('is a labelled combobox that controls a listbox, collapsed while there is nothing to pick', () => {
    const { root, input } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(text(one(root, `label[for="${input.id}"]`))).toBe(t('popup.search.label'));
    const listbox = one(root, `#${CSS.escape(input.getAttribute('aria-controls') ?? '')}`);
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.hidden).toBe(true);
    expect(text(one(root, `#${CSS.escape(input.getAttribute('aria-describedby') ?? '')}`))).toBe(
      t('popup.search.hint'),
    );
  });

  it('lists the matches as options, the active one named by aria-activedescendant', () => {
    const { root, search, input } = setup(searchState('done', TENANTS));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = all(root, '[role="option"]');
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(text(options[0])).toContain('Gemeente Velden');
    expect(text(options[0])).toContain('citizenlab-demo · Admins 2/2 · Managers 2/3');
    expect(text(options[1])).toContain('Teams 4');
    flush(() => {
      search.active.value = 1;
    });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
  });

  it('hands typing and keys to the model, stopping the default of the keys it handles', () => {
    const { search, input } = setup();
    flush(() => {
      input.value = 'velden';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(search.input).toHaveBeenCalledWith('velden');
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    const letter = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    flush(() => input.dispatchEvent(down));
    flush(() => input.dispatchEvent(letter));
    expect(down.defaultPrevented).toBe(true);
    expect(letter.defaultPrevented).toBe(false);
  });

  it('picks an option on click without taking the focus from the box', () => {
    const { root, search } = setup(searchState('done', TENANTS));
    const option = all(root, '[role="option"]')[1] as HTMLElement;
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    flush(() => option.click());
    expect(search.pick).toHaveBeenCalledWith(1);
  });

  it('closes the list when the box loses focus', () => {
    const { search, input } = setup(searchState('done', TENANTS));
    flush(() => input.dispatchEvent(new FocusEvent('blur')));
    expect(search.close).toHaveBeenCalled();
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('TenantSearch: the live region', () => {
  const status = (root: HTMLElement) => one(root, '[role="status"]');

  it.each([
    ['idle', [], ''],
    ['searching', [], t('popup.search.searching')],
    ['done', TENANTS, t('popup.search.found', { count: 2 })],
  ] as const)('%s says %j', (state, results, expected) => {
    const { root } = setup(searchState(state, [...results]));
    expect(status(root).getAttribute('aria-live')).toBe('polite');
    expect(text(status(root))).toBe(expected);
  });

  it('says when nothing matches', () => {
    const search = searchState('done');
    search.query.value = ' zzz ';
    expect(text(status(setup(search).root))).toBe('No tenant matches “zzz”.');
  });

  it('explains a refused agent token and offers the options', () => {
    const search = searchState('failed');
    search.failure.value = 'unauthorized';
    const { root, opened } = setup(search);
    expect(text(status(root))).toBe(t('popup.error.unauthorized'));
    expect(text(status(root))).toContain('401');
    flush(() => one(root, 'button').click());
    expect(opened).toEqual(['options']);
  });

  it('reads other failures as the panel’s Seat API errors, without the options button', () => {
    const search = searchState('failed');
    search.failure.value = 'network';
    const { root } = setup(search);
    expect(text(status(root))).toBe(t('error.network'));
    expect(root.querySelector('button')).toBeNull();
  });
});

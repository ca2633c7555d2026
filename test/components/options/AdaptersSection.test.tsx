import { afterEach, describe, expect, it } from 'vitest';
import { AdaptersSection } from '../../../components/options/AdaptersSection';
import { builtInAdapters } from '../../../lib/hosts';
import { t } from '../../../lib/i18n';
import { all, flush, mount, one, unmountAll } from '../mount';
import { adaptersState, button, customAdapter, description, field, settle } from './fixtures';

afterEach(unmountAll);

function setup(state = adaptersState()) {
  const root = mount(<AdaptersSection adapters={state} lang="en" />);
  return { root, state };
}

describe('adapter lists', () => {
  it('lists the built-in adapters read-only, with their match patterns', () => {
    const { root } = setup();
    const items = all(root, '.sg-group:first-of-type .sg-adapter');
    expect(items).toHaveLength(builtInAdapters.length);
    expect(items[0]?.textContent).toContain(builtInAdapters[0]?.matches[0] ?? 'none');
    expect(items[0]?.querySelector('button')).toBeNull();
  });

  it('says when there are no customer adapters, and offers nothing to export', () => {
    const { root } = setup();
    expect(root.textContent).toContain(t('options.adapters.none'));
    expect(root.textContent).toContain(t('options.export.nothing'));
    expect(() => button(root, 'Download JSON')).toThrow();
  });

  it('shows an active customer adapter with a remove button', async () => {
    const state = adaptersState([{ adapter: customAdapter(), active: true }]);
    const { root } = setup(state);
    expect(root.textContent).toContain(t('options.adapters.active'));
    flush(() => button(root, 'Remove Acme Admin').click());
    expect(state.remove).toHaveBeenCalledWith('acme-admin');
    await settle();
    expect(document.activeElement?.textContent).toBe(t('options.adapters.custom'));
  });

  it('says an inactive one waits for permission, with a button to grant it', () => {
    const state = adaptersState([{ adapter: customAdapter(), active: false }]);
    const { root } = setup(state);
    expect(root.textContent).toContain(t('options.adapters.inactive'));
    flush(() => button(root, 'Grant access for Acme Admin').click());
    expect(state.grant).toHaveBeenCalledWith('acme-admin');
  });
});

describe('import', () => {
  it('has a labelled text area and file input', () => {
    const { root } = setup();
    expect(field(root, t('options.import.text')).tagName).toBe('TEXTAREA');
    const file = field(root, t('options.import.file'));
    expect(file.type).toBe('file');
    expect(file.accept).toContain('.json');
  });

  it('imports what is typed, on submit', () => {
    const { root, state } = setup();
    const text = field(root, t('options.import.text'));
    flush(() => {
      text.value = '{"id": "x"}';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(state.importText.value).toBe('{"id": "x"}');
    flush(() => button(root, 'Import').click());
    expect(state.importAdapters).toHaveBeenCalledTimes(1);
  });

  it('lists each issue with its path, linked to the text area, which gets focus', async () => {
    const state = adaptersState();
    state.importAdapters.mockImplementation(async () => {
      state.importNotice.value = { tone: 'error', key: 'options.import.invalid' };
      state.importIssues.value = [
        { path: '[0].forms[1].change.kind', key: 'options.issue.one-of', params: { values: '"add-user"' } },
        { path: '[1].id', key: 'options.import.built-in-id', params: { id: 'sandbox-qics-demo' } },
      ];
      return false;
    });
    const { root } = setup(state);
    flush(() => button(root, 'Import').click());
    await settle();
    flush(() => undefined);
    const text = field(root, t('options.import.text'));
    expect(all(root, '.sg-issues li').map((li) => li.textContent)).toEqual([
      '[0].forms[1].change.kind: Use one of these values: "add-user".',
      '[1].id: the id "sandbox-qics-demo" belongs to a built-in adapter; choose another id',
    ]);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(description(text)).toContain('[0].forms[1].change.kind');
    expect(description(text)).toContain(t('options.import.invalid'));
    expect(document.activeElement).toBe(text);
  });

  it('loads a chosen file', () => {
    const { root, state } = setup();
    const input = field(root, t('options.import.file'));
    const file = new File(['[]'], 'adapters.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    flush(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(state.loadFile).toHaveBeenCalledWith(file);
  });
});

describe('export', () => {
  it('downloads and copies the customer adapters', () => {
    const state = adaptersState([{ adapter: customAdapter(), active: true }]);
    const { root } = setup(state);
    flush(() => button(root, 'Download JSON').click());
    flush(() => button(root, 'Copy to clipboard').click());
    expect(state.download).toHaveBeenCalledTimes(1);
    expect(state.copy).toHaveBeenCalledTimes(1);
    flush(() => {
      state.exportNotice.value = { tone: 'ok', key: 'options.export.copied' };
    });
    const panel = all(root, 'fieldset').find(
      (fs) => fs.querySelector('legend')?.textContent === 'Export adapters',
    );
    expect(panel && one(panel, '[role="status"]').textContent).toBe(t('options.export.copied'));
  });
});

import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { optionsStyles } from '../../../components/options/styles';
import { t } from '../../../lib/i18n';
import type { UnsavedForm } from '../../../lib/view/options';
import { all, flush, mount, one, unmountAll } from '../mount';
import { optionsState } from './fixtures';

afterEach(unmountAll);

describe('OptionsPage', () => {
  it('says it is loading until the stored values are in', () => {
    const state = optionsState();
    state.ready.value = false;
    const root = mount(<OptionsPage model={state} />);
    expect(one(root, 'main').getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain(t('options.loading'));
    flush(() => {
      state.ready.value = true;
    });
    expect(all(root, 'h2').map((h) => h.textContent)).toEqual([
      t('options.connections.title'),
      t('options.adapters.title'),
      t('options.settings.title'),
    ]);
  });

  it('renders in the chosen language and switches live', () => {
    const state = optionsState('nl');
    const root = mount(<OptionsPage model={state} />);
    expect(one(root, 'main').getAttribute('lang')).toBe('nl');
    expect(one(root, 'h1').textContent).toBe(t('options.title', {}, 'nl'));
    expect(root.textContent).toContain('Verbinding testen');
    flush(() => {
      state.lang.value = 'fr';
    });
    expect(root.textContent).toContain('Tester la connexion');
  });

  it('gives every input a label and uses no inline styles', () => {
    const root = mount(<OptionsPage model={optionsState()} />);
    for (const input of all(root, 'input, textarea, select')) {
      expect(root.querySelector(`label[for="${input.id}"]`), input.outerHTML).not.toBeNull();
    }
    expect(all(root, '[style]')).toEqual([]);
    expect(all(root, 'fieldset').every((fs) => fs.querySelector(':scope > legend'))).toBe(true);
  });

  it('lists the forms a reload would lose at the top, in the page’s language', () => {
    const state = optionsState('de');
    const unsaved = signal<readonly UnsavedForm[]>([]);
    const root = mount(<OptionsPage model={state} unsaved={unsaved} />);
    expect(one(root, '.sg-unsaved-page').hidden).toBe(true);
    flush(() => {
      unsaved.value = [{ kind: 'connection', name: 'QicsMilestones (sandbox)' }, { kind: 'settings' }];
    });
    const note = one(root, '.sg-unsaved-page');
    expect(note.hidden).toBe(false);
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toBe(
      t(
        'options.unsaved.page',
        { forms: `QicsMilestones (sandbox), ${t('options.settings.title', {}, 'de')}` },
        'de',
      ),
    );
  });

  it('styles only under .sg-root, plus the page margins', () => {
    const rules = optionsStyles.split('}').map((rule) => rule.split('{')[0]?.trim() ?? '');
    const selectors = rules.filter((selector) => selector && !selector.startsWith('html'));
    expect(
      selectors.every((selector) => selector.split(',').every((s) => s.trim().startsWith('.sg-root'))),
    ).toBe(true);
  });
});

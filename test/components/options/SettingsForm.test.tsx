import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { t } from '../../../lib/i18n';
import { all, flush, mount, one, unmountAll } from '../mount';
import { button, description, field, settingsState, settle } from './fixtures';

afterEach(unmountAll);

function setup(state = settingsState()) {
  const root = mount(<SettingsForm settings={state} lang="en" />);
  return { root, state };
}

describe('SettingsForm', () => {
  it('offers auto and each language by its own name', () => {
    const { root } = setup();
    const select = field(root, 'Language') as unknown as HTMLSelectElement;
    expect(all(select, 'option').map((o) => o.textContent)).toEqual([
      t('options.lang.auto'),
      'English',
      'Nederlands',
      'Svenska',
      'Deutsch',
      'Français',
    ]);
    expect(one(select, 'option[value="fr"]').getAttribute('lang')).toBe('fr');
  });

  it('writes the chosen language and threshold into the signals', () => {
    const { root, state } = setup();
    const select = field(root, 'Language') as unknown as HTMLSelectElement;
    flush(() => {
      select.value = 'sv';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(state.lang.value).toBe('sv');
    const warn = field(root, 'Warning threshold (%)');
    flush(() => {
      warn.value = '85';
      warn.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(state.warnPercent.value).toBe('85');
    expect(description(warn)).toBe(t('options.field.warn-at-hint'));
  });

  it('focuses the threshold when it is invalid', async () => {
    const state = settingsState();
    state.save.mockImplementation(async () => {
      state.errors.value = { warnPercent: 'options.error.warn-at' };
      return false;
    });
    const { root } = setup(state);
    flush(() => button(root, 'Save').click());
    await settle();
    flush(() => undefined);
    const warn = field(root, 'Warning threshold (%)');
    expect(document.activeElement).toBe(warn);
    expect(description(warn)).toContain(t('options.error.warn-at'));
  });

  it('has a named fieldset', () => {
    const { root } = setup();
    expect(one(root, 'fieldset legend').textContent).toBe('Settings');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionRow } from '../../../components/options/ConnectionRow';
import { t } from '../../../lib/i18n';
import { flush, mount, one, unmountAll } from '../mount';
import { button, customAdapter, description, field, rowState, settle } from './fixtures';

afterEach(unmountAll);

function setup(row = rowState(), builtIn = true) {
  const root = mount(<ConnectionRow row={row} builtIn={builtIn} lang="en" />);
  return { root, row };
}

describe('ConnectionRow', () => {
  it('is a fieldset named by its adapter, with a label for every input', () => {
    const { root } = setup();
    expect(one(root, 'fieldset legend').textContent).toBe('QicsMilestones (sandbox) (built in)');
    expect(field(root, 'Seat API base URL').value).toBe('http://127.0.0.1:5178/');
    expect(field(root, 'Token').type).toBe('password');
    expect(field(root, 'Tenant to test').value).toBe('qics-demo');
    expect(description(field(root, 'Tenant to test'))).toBe(t('options.field.tenant-hint'));
  });

  it('marks a customer adapter as such', () => {
    const { root } = setup(rowState(customAdapter()), false);
    expect(one(root, 'legend').textContent).toBe('Acme Admin (your adapter)');
  });

  it('writes what is typed into the signals', () => {
    const { root, row } = setup();
    const token = field(root, 'Token');
    flush(() => {
      token.value = 's3cret';
      token.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(row.token.value).toBe('s3cret');
  });

  it('shows and hides the token', () => {
    const { root } = setup();
    flush(() => button(root, 'Show token').click());
    expect(field(root, 'Token').type).toBe('text');
    flush(() => button(root, 'Hide token').click());
    expect(field(root, 'Token').type).toBe('password');
  });

  it('saves on submit (Enter) and tests on its own button', () => {
    const { root, row } = setup();
    flush(() => one(root, 'form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(row.save).toHaveBeenCalledTimes(1);
    flush(() => button(root, 'Test connection').click());
    expect(row.test).toHaveBeenCalledTimes(1);
    expect(button(root, 'Save').type).toBe('submit');
    expect(button(root, 'Test connection').type).toBe('button');
  });

  it('links each error to its field and focuses the first invalid one after a failed save', async () => {
    const row = rowState();
    row.save.mockImplementation(async () => {
      row.errors.value = { token: 'options.error.token', tenant: 'options.error.tenant' };
      return false;
    });
    const { root } = setup(row);
    flush(() => button(root, 'Save').click());
    await settle();
    flush(() => undefined);
    const token = field(root, 'Token');
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(description(token)).toBe(t('options.error.token'));
    expect(field(root, 'Seat API base URL').hasAttribute('aria-invalid')).toBe(false);
    expect(document.activeElement).toBe(token);
  });

  it('announces the result in a live region', () => {
    const row = rowState();
    const { root } = setup(row);
    const status = one(root, '[role="status"]');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    flush(() => {
      row.notice.value = { tone: 'ok', key: 'options.test.ok', params: { name: 'Bureau Jansen', count: 3 } };
    });
    expect(status.textContent).toBe('Connected to Bureau Jansen (3 pools).');
    expect(status.className).toContain('sg-notice--ok');
  });

  it('renders names as text, never as markup', () => {
    const { root } = setup(rowState(customAdapter({ name: '<img src=x onerror=alert(1)>' })), false);
    expect(root.querySelector('img')).toBeNull();
    expect(one(root, 'legend').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('ConnectionRow: unsaved edits and a refused save', () => {
  it('says "Not saved yet." beside the buttons while the fields differ from what is stored', () => {
    const row = rowState();
    const { root } = setup(row);
    expect(root.querySelector('.sg-unsaved')).toBeNull();
    flush(() => {
      row.dirty.value = true;
    });
    expect(one(root, '.sg-actions .sg-unsaved').textContent).toBe(t('options.unsaved.form'));
  });

  it('puts "Not saved." before the reason the test gave', () => {
    const row = rowState();
    const { root } = setup(row);
    flush(() => {
      row.notice.value = { tone: 'error', key: 'options.test.unauthorized', lead: 'options.save.not-saved' };
    });
    expect(one(root, '[role="status"]').textContent).toBe(
      `${t('options.save.not-saved')} ${t('options.test.unauthorized')}`,
    );
  });
});

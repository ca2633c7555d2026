import { afterEach, describe, expect, it } from 'vitest';
import { PopupPage } from '../../../components/popup/PopupPage';
import { TenantActions } from '../../../components/popup/TenantActions';
import { t } from '../../../lib/i18n';
import { all, flush, mount, one, text, unmountAll } from '../mount';
import { popupState, READY_VIEW, searchState, tenantState } from './fixtures';

afterEach(unmountAll);

const buttons = (root: HTMLElement) => all(root, '.sg-popup-actions button');
const byText = (root: HTMLElement, label: string) => {
  const found = buttons(root).find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label}`);
  return found as HTMLButtonElement;
};

describe('PopupPage', () => {
  it('is a page in the chosen language with a heading and the search box, no tenant yet', () => {
    const root = mount(<PopupPage model={popupState(searchState(), tenantState(), 'de')} />);
    expect(one(root, 'main').getAttribute('lang')).toBe('de');
    expect(text(one(root, 'h1'))).toBe(t('popup.title', {}, 'de'));
    expect(one(root, 'input').getAttribute('role')).toBe('combobox');
    expect(root.querySelector('.sg-panel')).toBeNull();
  });

  it('shows the picked tenant in the seat panel: pools, level, cost, data age', () => {
    const root = mount(<PopupPage model={popupState(searchState(), tenantState(READY_VIEW))} />);
    const panel = one(root, 'section.sg-panel');
    expect(one(panel, '[data-pool="admins"] [role="meter"]').getAttribute('aria-valuenow')).toBe('2');
    expect(one(panel, '[data-pool="admins"] [role="meter"]').getAttribute('aria-valuemax')).toBe('2');
    expect(text(one(panel, '.sg-age'))).toContain('1 minute ago');
  });

  it('shows a loading tenant as such', () => {
    const root = mount(
      <PopupPage
        model={popupState(searchState(), tenantState({ tenant: 'qics-demo', status: 'loading' }))}
      />,
    );
    expect(one(root, 'section.sg-panel').getAttribute('aria-busy')).toBe('true');
    expect(byText(root, t('popup.copy')).disabled).toBe(true);
  });
});

describe('TenantActions', () => {
  it('copies and exports once the data is there; no admin button without a known admin page', () => {
    const tenant = tenantState(READY_VIEW);
    const root = mount(<TenantActions tenant={tenant} lang="en" />);
    expect(buttons(root).map(text)).toEqual([t('popup.copy'), t('popup.export')]);
    flush(() => byText(root, t('popup.copy')).click());
    flush(() => byText(root, t('popup.export')).click());
    expect(tenant.copySummary).toHaveBeenCalled();
    expect(tenant.exportCsv).toHaveBeenCalled();
  });

  it('opens the admin page when one is known', () => {
    const tenant = tenantState(READY_VIEW, 'http://127.0.0.1:5178/t/citizenlab-demo/admin/users');
    const root = mount(<TenantActions tenant={tenant} lang="en" />);
    flush(() => byText(root, t('popup.admin')).click());
    expect(tenant.openAdmin).toHaveBeenCalled();
  });

  it('confirms in a live region', () => {
    const tenant = tenantState(READY_VIEW);
    const root = mount(<TenantActions tenant={tenant} lang="nl" />);
    const status = one(root, '[role="status"]');
    expect(text(status)).toBe('');
    flush(() => {
      tenant.notice.value = { tone: 'ok', key: 'popup.copied' };
    });
    expect(text(status)).toBe(t('popup.copied', {}, 'nl'));
  });
});

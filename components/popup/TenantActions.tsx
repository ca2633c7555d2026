import { type Lang, t } from '../../lib/i18n';
import type { TenantState } from '../../lib/view/popup';
import { NoticeLine } from '../options/NoticeLine';

export interface TenantActionsProps {
  tenant: TenantState;
  lang: Lang;
}

/** Copy summary, export the billed users, open the admin page; the result line confirms what happened. */
export function TenantActions({ tenant, lang }: TenantActionsProps) {
  const ready = tenant.ready.value;
  const admin = tenant.adminHref.value;
  return (
    <div class="sg-popup-actions">
      <div class="sg-actions sg-actions--start">
        <button type="button" class="sg-btn" disabled={!ready} onClick={() => void tenant.copySummary()}>
          {t('popup.copy', {}, lang)}
        </button>
        <button type="button" class="sg-btn" disabled={!ready} onClick={() => tenant.exportCsv()}>
          {t('popup.export', {}, lang)}
        </button>
        {admin && (
          <button type="button" class="sg-btn" onClick={() => void tenant.openAdmin()}>
            {t('popup.admin', {}, lang)}
          </button>
        )}
      </div>
      <NoticeLine notice={tenant.notice.value} lang={lang} />
    </div>
  );
}

import { t } from '../../lib/i18n';
import type { PopupState } from '../../lib/view/popup';
import { TenantResult } from './TenantResult';
import { TenantSearch } from './TenantSearch';

/** The support agents' popup: find a tenant by id or name, then its seats and what to do with them. */
export function PopupPage({ model }: { model: PopupState }) {
  const lang = model.lang.value;
  return (
    <main class="sg-root sg-popup" lang={lang}>
      <h1 class="sg-popup-title">{t('popup.title', {}, lang)}</h1>
      <TenantSearch search={model.search} lang={lang} onOpenOptions={model.openOptions} />
      <TenantResult tenant={model.tenant} lang={model.lang} now={model.now} />
    </main>
  );
}

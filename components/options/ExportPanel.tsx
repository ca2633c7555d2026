import { type Lang, t } from '../../lib/i18n';
import type { AdaptersState } from '../../lib/view/options';
import { NoticeLine } from './NoticeLine';

/** Download or copy the customer adapters as JSON, ready to import elsewhere. */
export function ExportPanel({ adapters, lang }: { adapters: AdaptersState; lang: Lang }) {
  const empty = adapters.custom.value.length === 0;
  return (
    <fieldset class="sg-fieldset">
      <legend class="sg-legend">{t('options.export.title', {}, lang)}</legend>
      {empty ? (
        <p class="sg-hint">{t('options.export.nothing', {}, lang)}</p>
      ) : (
        <div class="sg-actions sg-actions--start">
          <button type="button" class="sg-btn" onClick={() => adapters.download()}>
            {t('options.export.download', {}, lang)}
          </button>
          <button type="button" class="sg-btn" onClick={() => void adapters.copy()}>
            {t('options.export.copy', {}, lang)}
          </button>
        </div>
      )}
      <NoticeLine notice={adapters.exportNotice.value} lang={lang} />
    </fieldset>
  );
}

import { useId } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { AdaptersState } from '../../lib/view/options';
import { BuiltInAdapters } from './BuiltInAdapters';
import { CustomAdapters } from './CustomAdapters';
import { ExportPanel } from './ExportPanel';
import { ImportForm } from './ImportForm';

/** Built-in and customer adapters, with import and export. */
export function AdaptersSection({ adapters, lang }: { adapters: AdaptersState; lang: Lang }) {
  const titleId = useId();
  return (
    <section class="sg-section" aria-labelledby={titleId}>
      <h2 id={titleId} class="sg-section-title">
        {t('options.adapters.title', {}, lang)}
      </h2>
      <p class="sg-hint">{t('options.adapters.intro', {}, lang)}</p>
      <BuiltInAdapters adapters={adapters.builtIn} lang={lang} />
      <CustomAdapters adapters={adapters} lang={lang} />
      <ImportForm adapters={adapters} lang={lang} />
      <ExportPanel adapters={adapters} lang={lang} />
    </section>
  );
}

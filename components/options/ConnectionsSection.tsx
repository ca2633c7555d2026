import type { ReadonlySignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import type { HostAdapter } from '../../lib/hosts';
import { type Lang, t } from '../../lib/i18n';
import type { ConnectionRowState } from '../../lib/view/options';
import { ConnectionRow } from './ConnectionRow';

export interface ConnectionsSectionProps {
  rows: ReadonlySignal<readonly ConnectionRowState[]>;
  builtIn: readonly HostAdapter[];
  lang: Lang;
}

/** A connection form per adapter, built-in ones first. */
export function ConnectionsSection({ rows, builtIn, lang }: ConnectionsSectionProps) {
  const titleId = useId();
  const builtInIds = new Set(builtIn.map((adapter) => adapter.id));
  return (
    <section class="sg-section" aria-labelledby={titleId}>
      <h2 id={titleId} class="sg-section-title">
        {t('options.connections.title', {}, lang)}
      </h2>
      <p class="sg-hint">{t('options.connections.intro', {}, lang)}</p>
      {rows.value.map((row) => (
        <ConnectionRow key={row.adapter.id} row={row} builtIn={builtInIds.has(row.adapter.id)} lang={lang} />
      ))}
    </section>
  );
}

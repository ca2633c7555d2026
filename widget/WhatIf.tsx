import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { type Lang, t } from '../lib/i18n/panel';
import type { PoolReport, PreparedTenant, Report } from '../lib/rules';
import { labelsOf } from '../lib/view/report';
import { VerdictText } from './VerdictText';
import { extraOf, MAX_EXTRA, whatIf } from './what-if';

export interface WhatIfProps {
  report: Report;
  prepared: PreparedTenant;
  lang: Lang;
}

interface PoolProps extends WhatIfProps {
  pool: PoolReport;
  labels: Readonly<Record<string, string>>;
}

/** "What if I add N": per pool, the verdict the rules would give, in words; read-only. */
export function WhatIf(props: WhatIfProps) {
  const { report, lang } = props;
  const titleId = useId();
  const labels = labelsOf(report);
  return (
    // A group, not a landmark: every widget on the page has one, under the same name.
    // biome-ignore lint/a11y/useSemanticElements: a <legend> is drawn into the card's border; the group keeps the card and its heading.
    <div role="group" class="sg-root sg-card sg-whatif" part="what-if" lang={lang} aria-labelledby={titleId}>
      <h3 id={titleId} class="sg-subtitle">
        {t('whatif.title', {}, lang)}
      </h3>
      {report.pools.map((pool) => (
        <WhatIfPool key={pool.id} {...props} pool={pool} labels={labels} />
      ))}
      <p class="sg-age">{t('whatif.note', {}, lang)}</p>
    </div>
  );
}

function WhatIfPool({ report, prepared, lang, pool, labels }: PoolProps) {
  const extra = useSignal(0);
  // The report's own time, so the verdict's dates match the figures above it.
  const verdict = whatIf(prepared, pool, extra.value, report.asOf);
  return (
    <div class="sg-whatif-pool" data-pool={pool.id}>
      <label class="sg-field">
        {t('whatif.add', { pool: pool.label }, lang)}
        <input
          class="sg-input"
          part="input"
          type="number"
          min={0}
          max={MAX_EXTRA}
          step={1}
          inputMode="numeric"
          onInput={(event) => {
            const input = event.currentTarget;
            extra.value = extraOf(input.value);
            // The box shows the number the verdict is about: 99999 becomes 1000, 2.5 becomes 2.
            if (input.value) input.value = `${extra.value}`;
          }}
        />
      </label>
      <div aria-live="polite">{verdict && <VerdictText verdict={verdict} labels={labels} lang={lang} />}</div>
    </div>
  );
}

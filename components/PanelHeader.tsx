import type { Signal } from '@preact/signals';
import type { Lang } from '../lib/i18n';
import type { Report } from '../lib/rules';
import { shortUsageText } from '../lib/view/text';
import { LevelBadge } from './LevelBadge';

export interface PanelHeaderProps {
  title: string;
  report: Report | undefined;
  lang: Lang;
  collapsed: Signal<boolean>;
  /** Id of the body the toggle shows and hides. */
  bodyId: string;
}

/** Title as the disclosure toggle, the overall level, and when collapsed a one-line used/limit summary. */
export function PanelHeader({ title, report, lang, collapsed, bodyId }: PanelHeaderProps) {
  const folded = collapsed.value;
  return (
    <header class="sg-head">
      <h2 class="sg-title">
        <button
          type="button"
          class="sg-toggle"
          part="button toggle"
          aria-expanded={!folded}
          aria-controls={folded ? undefined : bodyId}
          onClick={() => {
            collapsed.value = !folded;
          }}
        >
          <span class="sg-chevron" aria-hidden="true" />
          {title}
        </button>
      </h2>
      {report && <LevelBadge level={report.level} lang={lang} />}
      {folded && report && (
        <p class="sg-summary">{report.pools.map((pool) => shortUsageText(pool, lang)).join(' · ')}</p>
      )}
    </header>
  );
}

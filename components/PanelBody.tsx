import type { ReadonlySignal } from '@preact/signals';
import { type Lang, t } from '../lib/i18n/panel';
import { labelsOf, raiseOf } from '../lib/view/report';
import type { SeatView } from '../lib/view/schema';
import { PanelStatus } from './PanelStatus';
import { PoolMeter } from './PoolMeter';
import { RaiseHint } from './RaiseHint';
import { Suggestions } from './Suggestions';

export interface PanelBodyProps {
  id: string;
  view: SeatView;
  lang: Lang;
  now: ReadonlySignal<number>;
  compact: boolean;
  onRefresh?: (() => void) | undefined;
  raiseHref?: string | undefined;
}

/** Everything the collapsed panel hides: note, status, pools, how to raise the limit, suggestions. */
export function PanelBody({ id, view, lang, now, compact, onRefresh, raiseHref }: PanelBodyProps) {
  const { report, note } = view;
  const raise = report && raiseOf(report);
  return (
    <div id={id} class="sg-body">
      {note && (
        <p class="sg-note" part="note">
          {t(`note.${note}`, {}, lang)}
        </p>
      )}
      <PanelStatus view={view} lang={lang} now={now} onRefresh={onRefresh} />
      {report && (
        <ul class="sg-pools">
          {report.pools.map((pool) => (
            <li key={pool.id}>
              <PoolMeter pool={pool} lang={lang} compact={compact} />
            </li>
          ))}
        </ul>
      )}
      {raise && <RaiseHint enforce={raise} lang={lang} href={raiseHref} />}
      {report && <Suggestions suggestions={report.suggestions} labels={labelsOf(report)} lang={lang} />}
    </div>
  );
}

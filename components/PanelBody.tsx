import type { ReadonlySignal } from '@preact/signals';
import type { Lang } from '../lib/i18n/panel';
import type { LinkFor } from '../lib/view/href';
import { kindsOf, labelsOf, raiseOf, shownSuggestions } from '../lib/view/report';
import type { SeatView } from '../lib/view/schema';
import type { PanelWords } from '../lib/view/words';
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
  words: PanelWords;
  link?: LinkFor | undefined;
}

/** Everything the collapsed panel hides: note, status, pools, how to raise the limit, suggestions. */
export function PanelBody({
  id,
  view,
  lang,
  now,
  compact,
  onRefresh,
  raiseHref,
  words,
  link,
}: PanelBodyProps) {
  const { report } = view;
  const raise = report && raiseOf(report);
  const raiseWords = raise && words.raise(raise, lang);
  const note = view.note && words.note(view.note, lang);
  const voice = words.voice(lang);
  return (
    <div id={id} class="sg-body">
      {note && (
        <p class="sg-note" part="note">
          {note}
        </p>
      )}
      <PanelStatus view={view} lang={lang} now={now} onRefresh={onRefresh} words={words} />
      {report && (
        <ul class="sg-pools">
          {report.pools.map((pool) => (
            <li key={pool.id}>
              <PoolMeter
                pool={pool}
                lang={lang}
                compact={compact}
                price={view.prices?.[pool.id]}
                voice={voice}
              />
            </li>
          ))}
        </ul>
      )}
      {raiseWords && <RaiseHint words={raiseWords} href={raiseHref} />}
      {report && (
        <Suggestions
          suggestions={shownSuggestions(report)}
          labels={labelsOf(report)}
          kinds={kindsOf(report)}
          lang={lang}
          words={words}
          link={link}
        />
      )}
    </div>
  );
}

import type { ReadonlySignal } from '@preact/signals';
import { type Lang, t } from '../lib/i18n/panel';
import { ageOf, isStale } from '../lib/view/report';
import type { SeatView } from '../lib/view/schema';
import { ageText } from '../lib/view/text';
import { type PanelWords, problemText } from '../lib/view/words';

export interface PanelStatusProps {
  view: SeatView;
  lang: Lang;
  /** Epoch ms; read here only, so a ticking clock re-renders just this line. */
  now: ReadonlySignal<number>;
  onRefresh?: (() => void) | undefined;
  words: PanelWords;
}

function messageOf(view: SeatView, lang: Lang, words: PanelWords): string | null {
  if (view.status === 'loading') return t('panel.loading', {}, lang);
  return problemText(view, lang, words);
}

/** Loading, error or set-up message; the data's age, a stale marker, and Refresh. */
export function PanelStatus({ view, lang, now, onRefresh, words }: PanelStatusProps) {
  const message = messageOf(view, lang, words);
  const age = view.report ? ageOf(view, now.value) : null;
  const canRefresh = onRefresh !== undefined && view.status !== 'unconfigured';
  return (
    <div class="sg-status">
      {message && <p class={`sg-message sg-message--${view.status}`}>{message}</p>}
      <div class="sg-row">
        {age !== null && <span class="sg-age">{ageText(age, lang)}</span>}
        {isStale(view) && (
          <span class="sg-stale" part="stale">
            {t('panel.stale', {}, lang)}
          </span>
        )}
        {canRefresh && (
          <button
            type="button"
            class="sg-btn"
            part="button refresh"
            disabled={view.status === 'loading'}
            onClick={() => onRefresh()}
          >
            {t('panel.refresh', {}, lang)}
          </button>
        )}
      </div>
    </div>
  );
}

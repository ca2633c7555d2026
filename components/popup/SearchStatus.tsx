import { type Lang, t } from '../../lib/i18n';
import type { SearchState } from '../../lib/view/popup';
import { failureText, needsOptions } from './failure';

export interface SearchStatusProps {
  search: SearchState;
  lang: Lang;
  onOpenOptions: () => void;
}

function statusText(search: SearchState, lang: Lang): string {
  const status = search.status.value;
  if (status === 'searching') return t('popup.search.searching', {}, lang);
  if (status === 'failed') return failureText(search.failure.value ?? 'other', lang);
  if (status === 'idle') return '';
  const count = search.results.value.length;
  if (count === 0) return t('popup.search.none', { q: search.query.value.trim() }, lang);
  return t('popup.search.found', { count }, lang);
}

/** The search's state in a live region that stays mounted, so each result count or failure is announced. */
export function SearchStatus({ search, lang, onOpenOptions }: SearchStatusProps) {
  const failed = search.status.value === 'failed';
  return (
    <div class="sg-search-status">
      <p class={`sg-notice sg-notice--${failed ? 'error' : 'none'}`} role="status" aria-live="polite">
        {statusText(search, lang)}
      </p>
      {failed && needsOptions(search.failure.value) && (
        <button type="button" class="sg-btn" onClick={onOpenOptions}>
          {t('popup.open-options', {}, lang)}
        </button>
      )}
    </div>
  );
}

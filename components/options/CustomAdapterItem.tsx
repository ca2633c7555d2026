import { type Lang, t } from '../../lib/i18n';
import type { CustomAdapterState } from '../../lib/view/options';
import { MatchList } from './MatchList';

export interface CustomAdapterItemProps {
  item: CustomAdapterState;
  lang: Lang;
  onRemove: (id: string) => void;
  onGrant: (id: string) => void;
}

/** A customer adapter: name, pages, whether it is active (else a button to grant access), remove. */
export function CustomAdapterItem({ item, lang, onRemove, onGrant }: CustomAdapterItemProps) {
  const { adapter, active } = item;
  const name = { name: adapter.name };
  return (
    <li class="sg-adapter">
      <div class="sg-adapter-head">
        <span class="sg-adapter-name">{adapter.name}</span>
        <code class="sg-code sg-hint">{adapter.id}</code>
        <button
          type="button"
          class="sg-btn"
          aria-label={t('options.adapters.remove-label', name, lang)}
          onClick={() => onRemove(adapter.id)}
        >
          {t('options.adapters.remove', {}, lang)}
        </button>
      </div>
      <MatchList matches={adapter.matches} lang={lang} />
      {active ? (
        <p class="sg-state sg-state--active">{t('options.adapters.active', {}, lang)}</p>
      ) : (
        <div class="sg-state sg-state--inactive">
          <p class="sg-notice">{t('options.adapters.inactive', {}, lang)}</p>
          <button
            type="button"
            class="sg-btn sg-btn--primary"
            aria-label={t('options.adapters.grant-label', name, lang)}
            onClick={() => onGrant(adapter.id)}
          >
            {t('options.adapters.grant', {}, lang)}
          </button>
        </div>
      )}
    </li>
  );
}

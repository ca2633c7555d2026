import { useId } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { SearchState } from '../../lib/view/popup';
import { SearchStatus } from './SearchStatus';
import { TenantOption } from './TenantOption';

export interface TenantSearchProps {
  search: SearchState;
  lang: Lang;
  onOpenOptions: () => void;
}

/** The search box as an ARIA combobox: the focus stays in the input, aria-activedescendant names the option. */
export function TenantSearch({ search, lang, onOpenOptions }: TenantSearchProps) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = search.expanded.value;
  const active = search.active.value;
  return (
    <div class="sg-search">
      <label class="sg-label" for={id}>
        {t('popup.search.label', {}, lang)}
      </label>
      <input
        id={id}
        class="sg-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        // biome-ignore lint/a11y/noAutofocus: the popup exists to search; its box is where the agent types.
        autoFocus
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        value={search.query.value}
        onInput={(event) => search.input(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (search.key(event.key)) event.preventDefault();
        }}
        onBlur={() => search.close()}
      />
      <p id={hintId} class="sg-hint">
        {t('popup.search.hint', {}, lang)}
      </p>
      <div
        id={listId}
        class="sg-listbox"
        role="listbox"
        aria-label={t('popup.search.results', {}, lang)}
        hidden={!expanded}
      >
        {search.results.value.map((tenant, index) => (
          <TenantOption
            key={tenant.id}
            id={optionId(index)}
            tenant={tenant}
            selected={index === active}
            lang={lang}
            onPick={() => search.pick(index)}
          />
        ))}
      </div>
      <SearchStatus search={search} lang={lang} onOpenOptions={onOpenOptions} />
    </div>
  );
}

import { type Lang, t } from '../lib/i18n/panel';
import type { Suggestion } from '../lib/rules';
import { suggestionText } from '../lib/view/text';

export interface SuggestionsProps {
  suggestions: readonly Suggestion[];
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
}

/** Ways to save seats or money, each a sentence with its saving; nothing when there are none. */
export function Suggestions({ suggestions, labels, lang }: SuggestionsProps) {
  if (suggestions.length === 0) return null;
  return (
    <div class="sg-suggestions" part="suggestions">
      <h3 class="sg-subtitle">{t('panel.suggestions', {}, lang)}</h3>
      <ul class="sg-list">
        {suggestions.map((s) => (
          <li key={`${s.kind}:${s.pool}`}>{suggestionText(s, labels[s.pool] ?? s.pool, lang)}</li>
        ))}
      </ul>
    </div>
  );
}

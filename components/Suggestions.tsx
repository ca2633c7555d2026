import { type Lang, t } from '../lib/i18n/panel';
import type { Suggestion } from '../lib/rules';
import type { LinkFor } from '../lib/view/href';
import { suggestionText } from '../lib/view/text';
import { type PanelWords, sharedWords } from '../lib/view/words';
import { NAMES, WithNames } from './WithNames';

export interface SuggestionsProps {
  suggestions: readonly Suggestion[];
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
  /** Pool id → count kind, for the vendor's way out after each suggestion. */
  kinds?: Readonly<Record<string, string>> | undefined;
  /** The surface's words: on a host, the vendor's voice and its next steps. */
  words?: PanelWords | undefined;
  /** Where the admin acts on a named user or team on the host. */
  link?: LinkFor | undefined;
}

/**
 * What could be tidied, each a sentence naming whom it is about, its saving where there is one, and on a host
 * the vendor's own next step; nothing when there are none.
 */
export function Suggestions({
  suggestions,
  labels,
  lang,
  kinds = {},
  words = sharedWords,
  link,
}: SuggestionsProps) {
  if (suggestions.length === 0) return null;
  const voice = words.voice(lang);
  return (
    <div class="sg-suggestions" part="suggestions">
      <h3 class="sg-subtitle">{t('panel.suggestions', {}, lang)}</h3>
      <ul class="sg-list">
        {suggestions.map((s) => {
          const next = words.next(s.kind, kinds[s.pool] ?? '', lang);
          return (
            <li key={`${s.kind}:${s.pool}`}>
              <WithNames
                text={suggestionText(s, labels[s.pool] ?? s.pool, lang, voice, NAMES)}
                items={s.items}
                count={s.count}
                lang={lang}
                what={s.kind === 'empty-teams' ? 'team' : 'user'}
                link={link}
              />
              {next && ` ${next}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

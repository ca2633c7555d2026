import { type Lang, t } from '../../lib/i18n';

/** The pages an adapter runs on, as its match patterns. */
export function MatchList({ matches, lang }: { matches: readonly string[]; lang: Lang }) {
  return (
    <div class="sg-matches">
      <span class="sg-matches-label">{t('options.adapters.matches', {}, lang)}:</span>
      <ul class="sg-match-list">
        {matches.map((pattern) => (
          <li key={pattern}>
            <code class="sg-code">{pattern}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

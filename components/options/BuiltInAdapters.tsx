import type { HostAdapter } from '../../lib/hosts';
import { type Lang, t } from '../../lib/i18n';
import { MatchList } from './MatchList';

/** The adapters that ship with seatguard: read-only. */
export function BuiltInAdapters({ adapters, lang }: { adapters: readonly HostAdapter[]; lang: Lang }) {
  return (
    <div class="sg-group">
      <h3 class="sg-group-title">{t('options.adapters.built-in', {}, lang)}</h3>
      <ul class="sg-adapter-list">
        {adapters.map((adapter) => (
          <li key={adapter.id} class="sg-adapter">
            <span class="sg-adapter-name">{adapter.name}</span>
            <MatchList matches={adapter.matches} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}

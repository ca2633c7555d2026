import { t } from '../../lib/i18n';
import type { AgentFormState, OptionsState } from '../../lib/view/options';
import { AdaptersSection } from './AdaptersSection';
import { AgentSection } from './AgentSection';
import { ConnectionsSection } from './ConnectionsSection';
import { SettingsForm } from './SettingsForm';

/** The options page: connections per host, the support agent's connection, adapters, settings, in the chosen language. */
export function OptionsPage({ model, agent }: { model: OptionsState; agent?: AgentFormState }) {
  const lang = model.lang.value;
  const ready = model.ready.value;
  return (
    <main class="sg-root sg-options" lang={lang} aria-busy={!ready}>
      <div class="sg-options-inner">
        <h1 class="sg-page-title">{t('options.title', {}, lang)}</h1>
        {ready ? (
          <>
            <ConnectionsSection rows={model.connections} builtIn={model.adapters.builtIn} lang={lang} />
            {agent && <AgentSection agent={agent} lang={lang} />}
            <AdaptersSection adapters={model.adapters} lang={lang} />
            <SettingsForm settings={model.settings} lang={lang} />
          </>
        ) : (
          <p class="sg-hint" role="status">
            {t('options.loading', {}, lang)}
          </p>
        )}
      </div>
    </main>
  );
}

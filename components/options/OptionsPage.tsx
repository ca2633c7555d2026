import type { ReadonlySignal } from '@preact/signals';
import { type Lang, t } from '../../lib/i18n';
import type { AgentFormState, OptionsState, UnsavedForm } from '../../lib/view/options';
import { AdaptersSection } from './AdaptersSection';
import { AgentSection } from './AgentSection';
import { ConnectionsSection } from './ConnectionsSection';
import { SettingsForm } from './SettingsForm';

export interface OptionsPageProps {
  model: OptionsState;
  agent?: AgentFormState | undefined;
  /** The forms a reload would lose edits of (lib/extension/options/unsaved.ts). */
  unsaved?: ReadonlySignal<readonly UnsavedForm[]> | undefined;
}

const FORM_TITLES = {
  agent: 'options.agent.title',
  import: 'options.import.title',
  settings: 'options.settings.title',
} as const;

function formName(form: UnsavedForm, lang: Lang): string {
  return form.kind === 'connection' ? form.name : t(FORM_TITLES[form.kind], {}, lang);
}

/** The options page: connections per host, the support agent's connection, adapters, settings, in the chosen language. */
export function OptionsPage({ model, agent, unsaved }: OptionsPageProps) {
  const lang = model.lang.value;
  const ready = model.ready.value;
  const pending = unsaved?.value ?? [];
  return (
    <main class="sg-root sg-options" lang={lang} aria-busy={!ready}>
      <div class="sg-options-inner">
        <h1 class="sg-page-title">{t('options.title', {}, lang)}</h1>
        <p class="sg-unsaved-page" role="status" hidden={pending.length === 0}>
          {pending.length > 0 &&
            t(
              'options.unsaved.page',
              { forms: pending.map((form) => formName(form, lang)).join(', ') },
              lang,
            )}
        </p>
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

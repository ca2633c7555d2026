import { useId, useRef } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { AgentFormState } from '../../lib/view/options';
import { NoticeLine } from './NoticeLine';
import { TextField } from './TextField';
import { TokenField } from './TokenField';
import { UnsavedNote } from './UnsavedNote';

/** Base URL and agent token for the popup's tenant lookup: Save (Enter), Test connection, Remove. */
export function AgentSection({ agent, lang }: { agent: AgentFormState; lang: Lang }) {
  const titleId = useId();
  const refs = { baseUrl: useRef<HTMLInputElement>(null), token: useRef<HTMLInputElement>(null) };
  const errors = agent.errors.value;
  // After a failed save or test, the agent lands on the first field to fix.
  const focusInvalid = (ok: boolean) => {
    if (ok) return;
    const first = (['baseUrl', 'token'] as const).find((field) => agent.errors.peek()[field]);
    if (first) refs[first].current?.focus();
  };
  return (
    <section class="sg-section" aria-labelledby={titleId}>
      <h2 id={titleId} class="sg-section-title">
        {t('options.agent.title', {}, lang)}
      </h2>
      <p class="sg-hint">{t('options.agent.intro', {}, lang)}</p>
      <form
        class="sg-connection"
        noValidate
        aria-busy={agent.busy.value}
        onSubmit={(event) => {
          event.preventDefault();
          void agent.save().then(focusInvalid);
        }}
      >
        <fieldset class="sg-fieldset">
          <legend class="sg-sr-only">{t('options.agent.title', {}, lang)}</legend>
          <div class="sg-fields">
            <TextField
              label={t('options.field.base-url', {}, lang)}
              value={agent.baseUrl}
              lang={lang}
              error={errors.baseUrl}
              inputMode="url"
              inputRef={refs.baseUrl}
            />
            <TokenField value={agent.token} lang={lang} error={errors.token} inputRef={refs.token} />
          </div>
          <div class="sg-actions sg-actions--start">
            <button type="submit" class="sg-btn sg-btn--primary">
              {t('options.save', {}, lang)}
            </button>
            <button type="button" class="sg-btn" onClick={() => void agent.test().then(focusInvalid)}>
              {t('options.test', {}, lang)}
            </button>
            {agent.stored.value && (
              <button type="button" class="sg-btn" onClick={() => void agent.remove()}>
                {t('options.agent.remove', {}, lang)}
              </button>
            )}
            <UnsavedNote dirty={agent.dirty} lang={lang} />
          </div>
          <NoticeLine notice={agent.notice.value} lang={lang} />
        </fieldset>
      </form>
    </section>
  );
}

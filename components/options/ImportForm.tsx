import { useId, useRef } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { AdaptersState } from '../../lib/view/options';
import { ImportIssues } from './ImportIssues';
import { NoticeLine } from './NoticeLine';
import { UnsavedNote } from './UnsavedNote';

/** Paste or load adapter JSON, then Import; what is wrong is listed with its path and linked to the text. */
export function ImportForm({ adapters, lang }: { adapters: AdaptersState; lang: Lang }) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const failed = adapters.importNotice.value?.tone === 'error';
  const onImport = async () => {
    if (!(await adapters.importAdapters())) textRef.current?.focus();
  };
  return (
    <form
      class="sg-fieldset-form"
      noValidate
      aria-busy={adapters.busy.value}
      onSubmit={(event) => {
        event.preventDefault();
        void onImport();
      }}
    >
      <fieldset class="sg-fieldset">
        <legend class="sg-legend">{t('options.import.title', {}, lang)}</legend>
        <div class="sg-field">
          <label class="sg-label" for={`${id}-text`}>
            {t('options.import.text', {}, lang)}
          </label>
          <textarea
            ref={textRef}
            id={`${id}-text`}
            class="sg-textarea"
            spellcheck={false}
            value={adapters.importText.value}
            onInput={(event) => {
              adapters.importText.value = event.currentTarget.value;
            }}
            aria-invalid={failed ? 'true' : undefined}
            aria-describedby={`${id}-result`}
          />
        </div>
        <div class="sg-field">
          <label class="sg-label" for={`${id}-file`}>
            {t('options.import.file', {}, lang)}
          </label>
          <input
            id={`${id}-file`}
            class="sg-file"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void adapters.loadFile(file);
            }}
          />
        </div>
        <div class="sg-actions sg-actions--start">
          <button type="submit" class="sg-btn sg-btn--primary">
            {t('options.import.button', {}, lang)}
          </button>
          <UnsavedNote dirty={adapters.dirty} lang={lang} imported />
        </div>
        <div id={`${id}-result`} class="sg-result">
          <NoticeLine notice={adapters.importNotice.value} lang={lang} />
          <ImportIssues issues={adapters.importIssues.value} lang={lang} />
        </div>
      </fieldset>
    </form>
  );
}

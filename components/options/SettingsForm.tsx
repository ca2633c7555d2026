import { useId, useRef } from 'preact/hooks';
import { LANGS, type Lang, t } from '../../lib/i18n';
import type { LangChoice, SettingsState } from '../../lib/view/options';
import { NoticeLine } from './NoticeLine';
import { TextField } from './TextField';
import { UnsavedNote } from './UnsavedNote';

// Each language by its own name, so an admin finds theirs whatever the page's language.
const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  nl: 'Nederlands',
  sv: 'Svenska',
  de: 'Deutsch',
  fr: 'Français',
};

function isChoice(value: string): value is LangChoice {
  return value === 'auto' || (LANGS as readonly string[]).includes(value);
}

/** Warning threshold and language, saved together. */
export function SettingsForm({ settings, lang }: { settings: SettingsState; lang: Lang }) {
  const titleId = useId();
  const langId = useId();
  const warnRef = useRef<HTMLInputElement>(null);
  return (
    <section class="sg-section" aria-labelledby={titleId}>
      <h2 id={titleId} class="sg-section-title">
        {t('options.settings.title', {}, lang)}
      </h2>
      <form
        noValidate
        aria-busy={settings.busy.value}
        onSubmit={(event) => {
          event.preventDefault();
          void settings.save().then((ok) => ok || warnRef.current?.focus());
        }}
      >
        <fieldset class="sg-fieldset">
          <legend class="sg-sr-only">{t('options.settings.title', {}, lang)}</legend>
          <div class="sg-fields">
            <TextField
              label={t('options.field.warn-at', {}, lang)}
              value={settings.warnPercent}
              lang={lang}
              error={settings.errors.value.warnPercent}
              hint={t('options.field.warn-at-hint', {}, lang)}
              inputMode="decimal"
              inputRef={warnRef}
            />
            <div class="sg-field">
              <label class="sg-label" for={langId}>
                {t('options.field.lang', {}, lang)}
              </label>
              <select
                id={langId}
                class="sg-select"
                value={settings.lang.value}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isChoice(value)) settings.lang.value = value;
                }}
              >
                <option value="auto">{t('options.lang.auto', {}, lang)}</option>
                {LANGS.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LANG_NAMES[code]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="sg-actions sg-actions--start">
            <button type="submit" class="sg-btn sg-btn--primary">
              {t('options.save', {}, lang)}
            </button>
            <UnsavedNote dirty={settings.dirty} lang={lang} />
          </div>
          <NoticeLine notice={settings.notice.value} lang={lang} />
        </fieldset>
      </form>
    </section>
  );
}

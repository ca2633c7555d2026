import { type Signal, useSignal } from '@preact/signals';
import type { Ref } from 'preact';
import { type Lang, type MessageKey, t } from '../../lib/i18n';
import { TextField } from './TextField';

export interface TokenFieldProps {
  value: Signal<string>;
  lang: Lang;
  error?: MessageKey | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** The token as a password input, with a button that shows or hides it (its label says which). */
export function TokenField({ value, lang, error, inputRef }: TokenFieldProps) {
  const shown = useSignal(false);
  return (
    <TextField
      label={t('options.field.token', {}, lang)}
      value={value}
      lang={lang}
      error={error}
      type={shown.value ? 'text' : 'password'}
      autoComplete="off"
      inputRef={inputRef}
    >
      <button
        type="button"
        class="sg-btn"
        onClick={() => {
          shown.value = !shown.value;
        }}
      >
        {t(shown.value ? 'options.token.hide' : 'options.token.show', {}, lang)}
      </button>
    </TextField>
  );
}

import type { Signal } from '@preact/signals';
import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { type Lang, type MessageKey, t } from '../../lib/i18n';

export interface TextFieldProps {
  label: string;
  value: Signal<string>;
  lang: Lang;
  error?: MessageKey | undefined;
  hint?: string;
  type?: 'text' | 'password';
  inputMode?: 'text' | 'url' | 'decimal';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Controls shown beside the input, e.g. a show/hide toggle. */
  children?: ComponentChildren;
}

/** A labelled input whose hint and error are linked with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { label, value, lang, error, hint, type = 'text', children } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div class="sg-field">
      <label class="sg-label" for={id}>
        {label}
      </label>
      <div class="sg-input-row">
        <input
          ref={props.inputRef}
          id={id}
          class="sg-input"
          // Preact 11 types an input by its literal type, so each one is spelled out.
          {...(type === 'password' ? { type: 'password' } : { type: 'text' })}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={false}
          value={value.value}
          onInput={(event) => {
            value.value = event.currentTarget.value;
          }}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described || undefined}
        />
        {children}
      </div>
      {hint && (
        <p id={hintId} class="sg-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="sg-field-error">
          {t(error, {}, lang)}
        </p>
      )}
    </div>
  );
}

import { useRef } from 'preact/hooks';
import { type Lang, t } from '../../lib/i18n';
import type { ConnectionField, ConnectionRowState } from '../../lib/view/options';
import { NoticeLine } from './NoticeLine';
import { TextField } from './TextField';
import { TokenField } from './TokenField';
import { UnsavedNote } from './UnsavedNote';

export interface ConnectionRowProps {
  row: ConnectionRowState;
  builtIn: boolean;
  lang: Lang;
}

const ORDER: readonly ConnectionField[] = ['baseUrl', 'token', 'tenant'];

/** One adapter's Seat API connection: base URL, token, tenant to test; Save (Enter) and Test connection. */
export function ConnectionRow({ row, builtIn, lang }: ConnectionRowProps) {
  const refs = {
    baseUrl: useRef<HTMLInputElement>(null),
    token: useRef<HTMLInputElement>(null),
    tenant: useRef<HTMLInputElement>(null),
  };
  const errors = row.errors.value;
  // After a failed save or test, the admin lands on the first field to fix.
  const focusInvalid = (ok: boolean) => {
    if (ok) return;
    const first = ORDER.find((field) => row.errors.peek()[field]);
    if (first) refs[first].current?.focus();
  };
  return (
    <form
      class="sg-connection"
      noValidate
      aria-busy={row.busy.value}
      onSubmit={(event) => {
        event.preventDefault();
        void row.save().then(focusInvalid);
      }}
    >
      <fieldset class="sg-fieldset">
        <legend class="sg-legend">
          {row.adapter.name}{' '}
          <span class="sg-tag">
            ({t(builtIn ? 'options.connections.built-in' : 'options.connections.custom', {}, lang)})
          </span>
        </legend>
        <div class="sg-fields">
          <TextField
            label={t('options.field.base-url', {}, lang)}
            value={row.baseUrl}
            lang={lang}
            error={errors.baseUrl}
            inputMode="url"
            inputRef={refs.baseUrl}
          />
          <TokenField value={row.token} lang={lang} error={errors.token} inputRef={refs.token} />
          <TextField
            label={t('options.field.tenant', {}, lang)}
            value={row.tenant}
            lang={lang}
            error={errors.tenant}
            hint={t('options.field.tenant-hint', {}, lang)}
            inputRef={refs.tenant}
          />
        </div>
        <div class="sg-actions sg-actions--start">
          <button type="submit" class="sg-btn sg-btn--primary">
            {t('options.save', {}, lang)}
          </button>
          <button type="button" class="sg-btn" onClick={() => void row.test().then(focusInvalid)}>
            {t('options.test', {}, lang)}
          </button>
          <UnsavedNote dirty={row.dirty} lang={lang} />
        </div>
        <NoticeLine notice={row.notice.value} lang={lang} />
      </fieldset>
    </form>
  );
}

import { t } from '../i18n';
import { errorText } from './text';
import type { PanelWords } from './words';

/** Errors the extension words itself: their advice points to its options page. */
export const EXTENSION_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'unconfigured',
  'unknown-tenant',
  'bad-adapter',
] as const;

type ExtensionErrorCode = (typeof EXTENSION_ERROR_CODES)[number];

const isExtensionError = (code: string): code is ExtensionErrorCode =>
  (EXTENSION_ERROR_CODES as readonly string[]).includes(code);

/** The panel's words in the extension: its own errors, the guard's notes, every reason, how to raise. */
export const extensionWords: PanelWords = {
  error: (code, lang) => (isExtensionError(code) ? t(`error.${code}`, {}, lang) : errorText(code, lang)),
  note: (note, lang) => t(`note.${note}`, {}, lang),
  reason: (code, params, lang) => t(`reason.${code}`, params, lang),
  raise: (enforce, lang) => ({
    hint: t(`raise.${enforce}`, {}, lang),
    link: t('panel.raise-link', {}, lang),
  }),
};

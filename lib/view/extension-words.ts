import type { HostAdapter } from '../hosts/schema';
import { hasMessage, type Lang, type MessageKey, type Params, t } from '../i18n';
import { errorText } from './text';
import { seatWord, type Voice } from './voice';
import type { PanelWords } from './words';

/** Errors the extension words itself: their advice points to its options page. */
export const EXTENSION_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'unconfigured',
  'unknown-tenant',
  'bad-adapter',
  // The background's body cap and quiet time; the widget, lighter, says error.other with the code.
  'too-large',
] as const;

type ExtensionErrorCode = (typeof EXTENSION_ERROR_CODES)[number];

const isExtensionError = (code: string): code is ExtensionErrorCode =>
  (EXTENSION_ERROR_CODES as readonly string[]).includes(code);

/** The vendor's voice in `lang` from its adapter's `words`; seatguard's neutral words where it has none. */
export function voiceOf(adapter: Pick<HostAdapter, 'words'> | undefined, lang: Lang): Voice {
  const words = adapter?.words?.[lang];
  return { seat: words?.seat, register: words?.register };
}

/** How to free a seat of a pool of this count kind, in the vendor's terms (licensing.md); null for an unknown kind. */
export function freeText(countKind: string, lang: Lang, voice: Voice = {}): string | null {
  const key = `free.${countKind}`;
  return hasMessage(key) ? t(key, { register: voice.register ?? '' }, lang) : null;
}

/**
 * The panel's words in the extension, on a host whose adapter may give its vendor's words: its own errors,
 * the guard's notes, every reason, how the vendor raises a limit, and its ways out.
 */
export function extensionWordsFor(adapter?: Pick<HostAdapter, 'words'>): PanelWords {
  const say = (key: MessageKey, params: Params, lang: Lang) =>
    t(key, { ...params, register: voiceOf(adapter, lang).register ?? '' }, lang);
  return {
    error: (code, lang) => (isExtensionError(code) ? say(`error.${code}`, {}, lang) : errorText(code, lang)),
    note: (note, lang) => say(`note.${note}`, {}, lang),
    reason: (code, params, lang) => {
      const key = `reason.${code}`;
      return hasMessage(key) ? say(key, params, lang) : code;
    },
    voice: (lang) => voiceOf(adapter, lang),
    raise: (enforce, lang) => {
      const own = enforce === 'block' || enforce === 'purchase' ? adapter?.words?.[lang]?.raise : undefined;
      const unit = seatWord(2, lang, voiceOf(adapter, lang));
      return {
        hint: own ?? say(`raise.${enforce}`, { unit }, lang),
        link: say('panel.raise-link', {}, lang),
      };
    },
    next: (kind, countKind, lang) => {
      if (kind === 'inactive-members') return say('next.inactive-members', {}, lang);
      if (kind === 'expired-logins') return say('next.expired-logins', {}, lang);
      if (kind === 'unused-seats') return null;
      return freeText(countKind, lang, voiceOf(adapter, lang));
    },
  };
}

/** The extension's words where no host speaks: the popup and the options page. */
export const extensionWords: PanelWords = extensionWordsFor();

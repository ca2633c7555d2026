import { de } from './de';
import { type Catalogue, en, type MessageKey } from './en';
import { fr } from './fr';
import type { Lang } from './langs';
import type { ExtensionMessage, Message, Params, Register } from './message';
import { nl } from './nl';
import { sv } from './sv';
import { translator } from './translate';

export type { Catalogue, MessageKey } from './en';
export { formatDate, formatMoney, formatNumber, formatRelative } from './format';
export { isLang, LANGS, type Lang, resolveLang } from './langs';
export type { ExtensionMessage, Message, Params, PluralMessage, Register } from './message';

/** Every message: the panel's (lib/i18n/panel, all the widget loads) and the extension's own. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, nl, sv, de, fr };

/**
 * How seatguard addresses the admin where no host says otherwise: as its own pages do (the options page
 * says "je" in Dutch and "Sie" in German). A host adapter's `words` set the host's own.
 */
const DEFAULT_REGISTER: Readonly<Record<Lang, Register>> = {
  en: 'formal',
  nl: 'informal',
  sv: 'informal',
  de: 'formal',
  fr: 'formal',
};

function isRegister(value: unknown): value is Register {
  return value === 'formal' || value === 'informal';
}

/** The form of a message in a register: `params.register`, else the language's default. */
function inRegister(message: ExtensionMessage, params: Params, lang: Lang): Message {
  if (typeof message === 'string' || !('formal' in message)) return message;
  return message[isRegister(params.register) ? params.register : DEFAULT_REGISTER[lang]];
}

const all = translator(catalogues, inRegister);

/**
 * The message for `code` in `lang`, in the register `params.register`, plural form picked by params.count;
 * never throws.
 */
export const t: (code: MessageKey, params?: Params, lang?: Lang) => string = all.t;

export const hasMessage = all.has;

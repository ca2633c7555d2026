import { de } from './de';
import { type Catalogue, en, type MessageKey } from './en';
import { fr } from './fr';
import type { Lang } from './langs';
import { nl } from './nl';
import { sv } from './sv';
import { translator } from './translate';

export type { Catalogue, MessageKey } from './en';
export { formatDate, formatMoney, formatNumber, formatRelative } from './format';
export { isLang, LANGS, type Lang, resolveLang } from './langs';
export type { Message, Params, PluralMessage } from './message';

/** Every message: the panel's (lib/i18n/panel, all the widget loads) and the extension's own. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, nl, sv, de, fr };

const all = translator<MessageKey>(catalogues);

/** The message for `code` in `lang`, plural form picked by params.count; never throws. */
export const t = all.t;

export const hasMessage = all.has;

import type { Lang } from '../langs';
import type { Message } from '../message';
import { translator } from '../translate';
import { panelDe } from './de';
import { type PanelKey, panelEn } from './en';
import { panelFr } from './fr';
import { panelNl } from './nl';
import { panelSv } from './sv';

// The seat panel's messages alone: what the panel components and the <seat-usage> widget import.

export { formatDate, formatMoney, formatNumber, formatRelative } from '../format';
export { type Lang, resolveLang } from '../langs';
export type { Params } from '../message';
export type { PanelCatalogue, PanelKey } from './en';

export const panelCatalogues: Readonly<Record<Lang, Readonly<Record<PanelKey, Message>>>> = {
  en: panelEn,
  nl: panelNl,
  sv: panelSv,
  de: panelDe,
  fr: panelFr,
};

const panel = translator(panelCatalogues);

/** The panel message for `code` in `lang`, plural form picked by params.count; never throws. */
export const t = panel.t;

export const hasMessage = panel.has;

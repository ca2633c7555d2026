import type { Catalogue } from './en';
import { extensionDe } from './extension/de';
import { panelDe } from './panel/de';

export const de: Catalogue = { ...panelDe, ...extensionDe };

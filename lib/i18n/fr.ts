import type { Catalogue } from './en';
import { extensionFr } from './extension/fr';
import { panelFr } from './panel/fr';

export const fr: Catalogue = { ...panelFr, ...extensionFr };

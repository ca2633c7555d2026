import type { Catalogue } from './en';
import { extensionNl } from './extension/nl';
import { panelNl } from './panel/nl';

export const nl: Catalogue = { ...panelNl, ...extensionNl };

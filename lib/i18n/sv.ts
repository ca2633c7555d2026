import type { Catalogue } from './en';
import { extensionSv } from './extension/sv';
import { panelSv } from './panel/sv';

export const sv: Catalogue = { ...panelSv, ...extensionSv };

import { extensionEn } from './extension/en';
import type { ExtensionMessage, Message } from './message';
import { panelEn } from './panel/en';

/** The key set every language must cover: the panel's messages and the extension's own. */
export const en = { ...panelEn, ...extensionEn } satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

/** Every other language: a missing or extra key is a type error. */
export type Catalogue = Readonly<Record<MessageKey, ExtensionMessage>>;

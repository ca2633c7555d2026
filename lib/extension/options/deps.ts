import type { HostAdapter } from '../../hosts';
import type { PageRequest } from '../shared/protocol';
import type { SelectorCheck } from '../shared/selector-check';
import type { PermissionSet } from './permission-origins';

/** The part of a WXT storage item the options model uses, so tests can pass fakes. */
export interface StoredItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

/** `browser.permissions`; `request` must be called from a click (a user gesture). */
export interface PermissionsApi {
  contains(set: PermissionSet): Promise<boolean>;
  request(set: PermissionSet): Promise<boolean>;
}

export interface OptionsDeps {
  items: { connections: StoredItem; settings: StoredItem; adapters: StoredItem };
  /** `browser.runtime.sendMessage` to the background. */
  sendMessage: (request: PageRequest) => Promise<unknown>;
  permissions: PermissionsApi;
  /** `navigator.language`, for the 'auto' language. */
  browserLang: string;
  /** Offers a text file for download. */
  download: (name: string, text: string) => void;
  /** Writes text to the clipboard. */
  copy: (text: string) => Promise<void>;
  builtIns: readonly HostAdapter[];
  /** Whether the browser accepts a CSS selector (selectorCheck(document)): the schema itself knows no DOM. */
  isSelector: SelectorCheck;
}

/** Asks for what is missing only; false when refused or when the browser rejects the request. */
export async function ensurePermissions(permissions: PermissionsApi, set: PermissionSet): Promise<boolean> {
  try {
    return (await permissions.contains(set)) || (await permissions.request(set));
  } catch {
    return false;
  }
}

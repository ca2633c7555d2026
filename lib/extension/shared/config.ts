import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { HostAdapter } from '../../hosts/schema';
import { LANGS } from '../../i18n/langs';
import type { Policy } from '../../rules/schemas';
import { recordCodec, tokenItem } from './token-split';
import { indexedDbVault } from './token-vault';

// Everything the admin configures, in extension storage; values are parsed on read so a corrupt entry
// falls back instead of breaking the background.

/** The Seat API of one host: base URL and the token, which never leaves the background and options page. */
export const HostConnection = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().check(z.minLength(1)),
});

export const Connections = z.record(z.string(), HostConnection);

export const Settings = z.object({
  /** Overrides every policy's warning threshold when set. */
  warnAt: z.optional(z.number().check(z.gt(0), z.lte(1))),
  /** 'auto' follows the host page, then the browser. */
  lang: z._default(z.enum(['auto', ...LANGS]), 'auto'),
});

export type HostConnection = z.output<typeof HostConnection>;
export type Connections = z.output<typeof Connections>;
export type Settings = z.output<typeof Settings>;

/** The policy with the admin's own warning threshold, when set in the options. */
export function withWarnAt(policy: Policy, settings: Settings): Policy {
  return settings.warnAt === undefined ? policy : { ...policy, warnAt: settings.warnAt };
}

/**
 * storage.local is for the background and extension pages only, never a content script (architecture.md,
 * security rules); Chrome keeps the level across restarts. Firefox has no such level, so tokens are kept
 * in the token vault anyway, and this is defence in depth.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

/** The extension origin's IndexedDB, which no content script can open: where every token is kept. */
export const tokenVault = indexedDbVault();

/** Connections by adapter id, with their tokens: base URLs in storage.local, tokens in the vault (`host:<id>`). */
export const connectionsItem = tokenItem(
  storage.defineItem<unknown>('local:connections', { fallback: {} }),
  tokenVault,
  recordCodec('host:'),
);
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });
export const customAdaptersItem = storage.defineItem<unknown>('local:adapters', { fallback: [] });

function parsedOr<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : fallback;
}

export async function readConnections(): Promise<Connections> {
  return parsedOr(Connections, await connectionsItem.getValue(), {});
}

export async function readSettings(): Promise<Settings> {
  return parsedOr(Settings, await settingsItem.getValue(), { lang: 'auto' });
}

/** Customer adapters; one that no longer parses is skipped rather than breaking the others. */
export async function readCustomAdapters(): Promise<HostAdapter[]> {
  const stored = await customAdaptersItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const result = z.safeParse(HostAdapter, item);
    return result.success ? [result.data] : [];
  });
}

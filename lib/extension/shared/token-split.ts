import type { TokenVault } from './token-vault';

/** The part of a WXT storage item used here; what a split item offers in turn (options/deps.ts StoredItem). */
export interface PlainItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

/** A stored value whose tokens live in the vault: split for storing, joined for reading. */
export interface TokenItem extends PlainItem {
  /** Moves tokens a writer left in storage.local (an older version, a test) into the vault; true when it did. */
  migrate(): Promise<boolean>;
}

type Entry = { [key: string]: unknown };
type Split = { local: unknown; tokens: Record<string, string> };

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How one item's value splits into what storage.local keeps and the tokens by vault name. */
interface Codec {
  /** Names of the vault this item owns. */
  prefix: string;
  split(value: unknown): Split;
  join(local: unknown, tokens: Record<string, string>): unknown;
}

/**
 * The entry without its token: what storage.local keeps. A new `rev` at every save makes a change of the token
 * alone a change storage.onChanged reports (the background drops its channels on it); it says nothing of the token.
 */
function strip(entry: Entry): { kept: Entry; token: string | undefined } {
  const { token, rev: _rev, ...kept } = entry;
  return {
    kept: { ...kept, rev: crypto.randomUUID() },
    token: typeof token === 'string' ? token : undefined,
  };
}

/** The entry as read: its token from storage.local when a writer left it there, else from the vault. */
function joinEntry(entry: Entry, token: string | undefined): Entry {
  const { rev: _rev, ...rest } = entry;
  return typeof rest.token === 'string' || token === undefined ? rest : { ...rest, token };
}

/** A record of entries by id (the hosts' connections); vault names are `prefix` + id. */
export function recordCodec(prefix: string): Codec {
  return {
    prefix,
    split(value) {
      const local: Record<string, Entry> = {};
      const tokens: Record<string, string> = {};
      for (const [id, entry] of Object.entries(isEntry(value) ? value : {})) {
        if (!isEntry(entry)) continue;
        const { kept, token } = strip(entry);
        local[id] = kept;
        if (token !== undefined) tokens[prefix + id] = token;
      }
      return { local, tokens };
    },
    join(local, tokens) {
      if (!isEntry(local)) return local;
      return Object.fromEntries(
        Object.entries(local).map(([id, entry]) => [
          id,
          isEntry(entry) ? joinEntry(entry, tokens[prefix + id]) : entry,
        ]),
      );
    },
  };
}

/** One entry or null (the agent's connection); its token is the vault's `name`. */
export function entryCodec(name: string): Codec {
  return {
    prefix: name,
    split(value) {
      if (!isEntry(value)) return { local: null, tokens: {} };
      const { kept, token } = strip(value);
      return { local: kept, tokens: token === undefined ? {} : { [name]: token } };
    },
    join: (local, tokens) => (isEntry(local) ? joinEntry(local, tokens[name]) : local),
  };
}

/** Whether storage.local held a token: something to move into the vault. */
const holdsToken = (split: Split) => Object.keys(split.tokens).length > 0;

/**
 * The item as the code has always seen it (connections with their tokens), kept apart: the tokens in the vault,
 * the rest in storage.local, where storage.onChanged still reports every save.
 */
export function tokenItem(item: PlainItem, vault: TokenVault, codec: Codec): TokenItem {
  async function getValue(): Promise<unknown> {
    const [local, tokens] = await Promise.all([item.getValue(), vault.all()]);
    return codec.join(local, tokens);
  }
  return {
    getValue,
    async setValue(value) {
      const { local, tokens } = codec.split(value);
      // Tokens first: whatever storage.local then names is already in the vault for the background.
      await vault.replace(codec.prefix, tokens);
      await item.setValue(local);
    },
    watch: (callback) => item.watch(() => void getValue().then(callback, () => undefined)),
    async migrate() {
      const split = codec.split(await item.getValue());
      if (!holdsToken(split)) return false;
      // Only the tokens found move: the vault's others stay, and storage.local then holds none.
      await vault.put(split.tokens);
      await item.setValue(split.local);
      return true;
    },
  };
}

/**
 * Whether a change of the stored connections only moved their tokens into the vault (tokenItem.migrate):
 * the same ids and everything but the token and `rev` alike, so the connections in use did not change.
 */
export function onlyMovedTokens(oldValue: unknown, newValue: unknown): boolean {
  const codec = recordCodec('');
  const before = codec.split(oldValue);
  const after = codec.split(newValue);
  if (!holdsToken(before) || holdsToken(after)) return false;
  // Sorted: storage may give the ids back in another order than they were written.
  const bare = (local: unknown) =>
    JSON.stringify(
      Object.entries(local as Record<string, Entry>)
        .map(([id, { rev: _rev, ...rest }]) => [id, rest] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  return bare(before.local) === bare(after.local);
}

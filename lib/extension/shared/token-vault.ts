/**
 * Tokens by name, where only the extension's own pages and background reach: IndexedDB of the extension's
 * origin. Content scripts run in the page's origin and cannot open it, in Chromium and in Firefox, where they
 * can read storage.local (Mozilla bug 1724754).
 */
export interface TokenVault {
  /** Every token, by name. */
  all(): Promise<Record<string, string>>;
  /** Sets these tokens and keeps the others. */
  put(tokens: Record<string, string>): Promise<void>;
  /** Makes the tokens whose names start with `prefix` exactly these. */
  replace(prefix: string, tokens: Record<string, string>): Promise<void>;
}

const DB = 'seatguard-secrets';
const STORE = 'tokens';

/** Settles with the request's result once its transaction committed; rejects when the transaction fails. */
function done<T>(transaction: IDBTransaction, request?: IDBRequest<T>): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
  });
}

/** The vault in IndexedDB; `factory` is the context's `indexedDB` (fake-indexeddb under test). */
export function indexedDbVault(factory: () => IDBFactory = () => indexedDB): TokenVault {
  let opened: Promise<IDBDatabase> | undefined;

  function open(): Promise<IDBDatabase> {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory().open(DB, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        // The browser may close it (site data cleared) or a newer version may ask: the next call opens again.
        db.onclose = () => {
          opened = undefined;
        };
        db.onversionchange = () => {
          db.close();
          opened = undefined;
        };
        resolve(db);
      };
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  }

  async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    try {
      return (await open()).transaction(STORE, mode).objectStore(STORE);
    } catch (error) {
      // A connection closed under us: open a new one for the next call.
      opened = undefined;
      throw error;
    }
  }

  const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

  async function write(tokens: Record<string, string>, clear?: string): Promise<void> {
    const tokensStore = await store('readwrite');
    if (clear !== undefined) tokensStore.delete(range(clear));
    for (const [name, token] of Object.entries(tokens)) tokensStore.put(token, name);
    await done(tokensStore.transaction);
  }

  return {
    async all() {
      const tokensStore = await store('readonly');
      const keys = tokensStore.getAllKeys();
      const values = await done(tokensStore.transaction, tokensStore.getAll());
      return Object.fromEntries(
        keys.result.flatMap((key, i) => {
          const value: unknown = values?.[i];
          return typeof key === 'string' && typeof value === 'string' ? [[key, value]] : [];
        }),
      );
    },
    put: (tokens) => write(tokens),
    replace: (prefix, tokens) => write(tokens, prefix),
  };
}

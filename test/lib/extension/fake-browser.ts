// The token vault (lib/extension/shared/token-vault.ts) opens `indexedDB`: fake-indexeddb's, in memory.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser picks `globalThis.browser` when it has a runtime id, once, when first imported: import this
// module first (as a bare import, which import sorting leaves in place) in every test of lib/extension.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });

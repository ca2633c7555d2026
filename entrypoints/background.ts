import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { panelMemory } from '../lib/extension/background/panel-memory';
import { seedSandboxConnections } from '../lib/extension/background/sandbox-preset';
import { startBackground } from '../lib/extension/background/service';
import { moveStoredTokens } from '../lib/extension/background/token-migration';
import { viewStore } from '../lib/extension/background/view-store';
import { restrictStorageToTrustedContexts } from '../lib/extension/shared/config';

export default defineBackground({
  type: 'module',
  main() {
    // Best effort: an engine without access levels for storage.local still runs, as before.
    void restrictStorageToTrustedContexts().catch(() => undefined);
    // Tokens older versions kept in storage.local move into the vault (Firefox lets content scripts read it).
    const moved = moveStoredTokens();
    startBackground({ store: viewStore(browser.storage.local), panels: panelMemory(browser.storage.local) });
    // Only `npm start`'s sandbox flavour knows the local sandbox's tokens; production builds drop this.
    if (import.meta.env.MODE === 'sandbox') void moved.then(seedSandboxConnections);
  },
});

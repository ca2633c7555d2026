import { defineBackground } from 'wxt/utils/define-background';
import { seedSandboxConnections } from '../lib/extension/background/sandbox-preset';
import { startBackground } from '../lib/extension/background/service';
import { storageCacheStore } from '../lib/extension/background/storage-cache';
import { restrictStorageToTrustedContexts } from '../lib/extension/shared/config';

export default defineBackground({
  type: 'module',
  main() {
    // Best effort: an engine without access levels for storage.local still runs, as before.
    void restrictStorageToTrustedContexts().catch(() => undefined);
    startBackground({ store: storageCacheStore });
    // Only `npm start`'s sandbox flavour knows the local sandbox's tokens; production builds drop this.
    if (import.meta.env.MODE === 'sandbox') void seedSandboxConnections();
  },
});

import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/extension/background-service';
import { restrictStorageToTrustedContexts } from '../lib/extension/config';
import { seedSandboxConnections } from '../lib/extension/sandbox-preset';
import { storageCacheStore } from '../lib/extension/storage-cache';

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

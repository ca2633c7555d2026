import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/extension/background-service';
import { seedSandboxConnections } from '../lib/extension/sandbox-preset';
import { storageCacheStore } from '../lib/extension/storage-cache';

export default defineBackground({
  type: 'module',
  main() {
    startBackground({ store: storageCacheStore });
    // Only `npm start`'s sandbox flavour knows the local sandbox's tokens; production builds drop this.
    if (import.meta.env.MODE === 'sandbox') void seedSandboxConnections();
  },
});

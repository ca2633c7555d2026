import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { portless, sandboxAdapters, sandboxApiBase } from './lib/hosts';

// Three flavours: `production` (the store build: no sandbox adapters, no local hosts), `sandbox` (npm start)
// and `e2e` (the browser tests, on their own port); the last two know the sandbox's adapters.
const shipsSandbox = (mode: string) => mode !== 'production';

/** Known hosts: the sandbox's pages and Seat API, any local port (a test proxy may sit in front of it). */
function knownHosts(mode: string): string[] {
  if (!shipsSandbox(mode)) return [];
  const hosts = sandboxAdapters.flatMap((adapter) => [
    ...adapter.matches.map((pattern) => `${new URL(portless(pattern).replace('*', '')).origin}/*`),
    ...(adapter.api
      ? [`${new URL(adapter.api.baseUrl).protocol}//${new URL(adapter.api.baseUrl).hostname}/*`]
      : []),
  ]);
  return [...new Set(hosts)];
}

export default defineConfig({
  imports: false,
  // MV3 everywhere: Firefox keeps optional host permissions and the same background model.
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Check seats for '…'" on selected text, for support agents (a deliberate widening).
    permissions: ['storage', 'contextMenus'],
    host_permissions: knownHosts(mode),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Only to register content scripts for a customer's own adapter, asked for together with its host.
    optional_permissions: ['scripting'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'seatguard@seatguard.dev',
          strict_min_version: '142.0',
          // Seat data goes only to the Seat API the admin configured; nothing is collected.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: ({ mode }) => ({
    plugins: [preact()],
    // The sandbox flavour's one Seat API base follows SEATGUARD_PORT when built (npm start passes the port it
    // got); production keeps the default, and only the sandbox flavour knows tokens (sandbox-preset.ts).
    define: {
      __SEATGUARD_SANDBOX_API__: JSON.stringify(
        sandboxApiBase(shipsSandbox(mode) ? process.env.SEATGUARD_PORT : undefined),
      ),
      __SEATGUARD_FLAVOUR__: JSON.stringify(mode),
    },
  }),
});

import { computed, signal } from '@preact/signals';
import type { HostAdapter } from '../../hosts';
import { resolveLang } from '../../i18n';
import type { ConnectionRowState, OptionsState } from '../../view/options';
import type { Connections, HostConnection, Settings } from '../shared/config';
import { createAdaptersModel } from './adapters';
import { createConnectionRow, defaultTenant } from './connection';
import type { OptionsDeps } from './deps';
import { createSettingsForm } from './settings';
import { adaptersOf, connectionsOf, settingsOf } from './stored';

/**
 * The options page as signals: connections per adapter, customer adapters, settings. Dependencies come in
 * as arguments (storage items, messaging, permissions), so it runs under test without a browser.
 */
export function createOptionsModel(deps: OptionsDeps) {
  const { items } = deps;
  const connections = signal<Connections>({});
  const settings = signal<Settings>({ lang: 'auto' });
  const custom = signal<HostAdapter[]>([]);
  const ready = signal(false);
  const lang = computed(() =>
    settings.value.lang === 'auto' ? resolveLang([deps.browserLang]) : settings.value.lang,
  );

  async function storeConnection(id: string, connection: HostConnection): Promise<void> {
    // Re-read first: another options tab or the background may have saved a different host meanwhile.
    const next = { ...connectionsOf(await items.connections.getValue()), [id]: connection };
    await items.connections.setValue(next);
    connections.value = next;
  }

  const rowDeps = { sendMessage: deps.sendMessage, permissions: deps.permissions, store: storeConnection };
  const builtInIds = new Set(deps.builtIns.map((adapter) => adapter.id));
  const rows = new Map<string, { source: string; row: ConnectionRowState }>();
  /** A row per adapter, kept while its adapter is unchanged so that typing survives storage updates. */
  function rowFor(adapter: HostAdapter): ConnectionRowState {
    const source = JSON.stringify(adapter);
    const cached = rows.get(adapter.id);
    if (cached?.source === source) return cached.row;
    const builtIn = builtInIds.has(adapter.id);
    const tenant = defaultTenant(adapter, builtIn);
    const row = createConnectionRow(adapter, connections.peek()[adapter.id], tenant, rowDeps);
    rows.set(adapter.id, { source, row });
    return row;
  }

  const adapters = createAdaptersModel({ ...deps, item: items.adapters }, custom);
  const settingsForm = createSettingsForm(items.settings, settings);

  const unwatch = [
    items.connections.watch((value) => {
      connections.value = connectionsOf(value);
    }),
    items.settings.watch((value) => {
      settings.value = settingsOf(value);
    }),
    items.adapters.watch((value) => {
      custom.value = adaptersOf(value);
      void adapters.refreshActive();
    }),
  ];

  async function load(): Promise<void> {
    try {
      const [storedConnections, storedSettings, storedAdapters] = await Promise.all([
        items.connections.getValue(),
        items.settings.getValue(),
        items.adapters.getValue(),
      ]);
      connections.value = connectionsOf(storedConnections);
      settings.value = settingsOf(storedSettings);
      custom.value = adaptersOf(storedAdapters);
      settingsForm.reset();
      await adapters.refreshActive();
    } finally {
      // Unreadable storage leaves the defaults on the page rather than a page that never loads.
      ready.value = true;
    }
  }

  const state: OptionsState = {
    ready,
    lang,
    connections: computed(() => (ready.value ? [...deps.builtIns, ...custom.value].map(rowFor) : [])),
    adapters: adapters.state,
    settings: settingsForm.state,
  };
  return {
    ...state,
    /** Settles once the stored values are on the page. */
    loaded: load().catch(() => undefined),
    dispose: () => {
      for (const stop of unwatch.splice(0)) stop();
    },
  };
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

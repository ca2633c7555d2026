import { batch, computed, type Signal, signal } from '@preact/signals';
import type { HostAdapter } from '../../hosts';
import type { AdaptersState, ImportIssue, Notice } from '../../view/options';
import { thrownText } from '../shared/thrown';
import { parseAdapterImport } from './adapter-import';
import type { OptionsDeps, StoredItem } from './deps';
import { oneAtATime } from './one-at-a-time';
import { adapterPermissions, type PermissionSet } from './permission-origins';

export const EXPORT_FILE = 'seatguard-adapters.json';

export interface AdaptersDeps
  extends Pick<OptionsDeps, 'sendMessage' | 'permissions' | 'download' | 'copy' | 'builtIns' | 'isSelector'> {
  item: StoredItem;
}

/** Customer adapters: list, import (validated, permissions asked in the click), remove, grant, export. */
export function createAdaptersModel(deps: AdaptersDeps, saved: Signal<HostAdapter[]>) {
  const builtInIds = new Set(deps.builtIns.map((adapter) => adapter.id));
  const active = signal<Readonly<Record<string, boolean>>>({});
  const notice = signal<Notice | null>(null);
  const turn = oneAtATime();
  const importText = signal('');
  const importNotice = signal<Notice | null>(null);
  const importIssues = signal<readonly ImportIssue[]>([]);
  const exportNotice = signal<Notice | null>(null);
  const exportJson = computed(() => `${JSON.stringify(saved.value, null, 2)}\n`);

  const request = (set: PermissionSet) => deps.permissions.request(set).catch(() => false);

  /** Whether each adapter has what its content script needs, as the browser says now. */
  async function refreshActive(): Promise<void> {
    const checks = saved.peek().map(async (adapter) => {
      const granted = await deps.permissions.contains(adapterPermissions([adapter])).catch(() => false);
      return [adapter.id, granted] as const;
    });
    active.value = Object.fromEntries(await Promise.all(checks));
  }

  /** Stores the list, then has the background register (or drop) the content scripts. */
  async function store(adapters: HostAdapter[]): Promise<void> {
    await deps.item.setValue(adapters);
    saved.value = adapters;
    await deps.sendMessage({ type: 'register-adapters' }).catch(() => undefined);
    await refreshActive();
  }

  /** One action at a time; a failure becomes the save-failed notice. */
  function exclusive(action: () => Promise<boolean>): Promise<boolean> {
    return turn.run(async () => {
      try {
        return await action();
      } catch (error) {
        notice.value = { tone: 'error', key: 'options.save.failed', params: { detail: thrownText(error) } };
        return false;
      }
    });
  }

  function showImport(failure: Notice, issues: readonly ImportIssue[] = []): false {
    batch(() => {
      importNotice.value = failure;
      importIssues.value = issues;
    });
    return false;
  }

  async function importAdapters(): Promise<boolean> {
    const result = parseAdapterImport(importText.value, builtInIds, deps.isSelector);
    if (!result.ok)
      return showImport({ tone: 'error', key: result.key, params: result.params }, result.issues);
    const { adapters } = result;
    return exclusive(async () => {
      // One request, first thing in the click: a later one would no longer count as the admin's gesture.
      const granted = await request(adapterPermissions(adapters));
      const ids = new Set(adapters.map((adapter) => adapter.id));
      try {
        await store([...saved.peek().filter((adapter) => !ids.has(adapter.id)), ...adapters]);
      } catch (error) {
        return showImport({
          tone: 'error',
          key: 'options.save.failed',
          params: { detail: thrownText(error) },
        });
      }
      importText.value = '';
      const key = granted ? 'options.import.done' : 'options.import.inactive';
      showImport({ tone: granted ? 'ok' : 'info', key, params: { count: adapters.length } });
      return true;
    });
  }

  async function remove(id: string): Promise<void> {
    const adapter = saved.peek().find((item) => item.id === id);
    if (!adapter) return;
    await exclusive(async () => {
      await store(saved.peek().filter((item) => item.id !== id));
      notice.value = { tone: 'ok', key: 'options.adapters.removed', params: { name: adapter.name } };
      return true;
    });
  }

  async function grant(id: string): Promise<void> {
    const adapter = saved.peek().find((item) => item.id === id);
    if (!adapter) return;
    await exclusive(async () => {
      const granted = await request(adapterPermissions([adapter]));
      if (granted) await store(saved.peek());
      const key = granted ? 'options.adapters.granted' : 'options.adapters.grant-denied';
      notice.value = { tone: granted ? 'ok' : 'error', key, params: { name: adapter.name } };
      return granted;
    });
  }

  async function loadFile(file: Blob): Promise<void> {
    try {
      importText.value = await file.text();
      showImport({ tone: 'info', key: 'options.import.loaded' });
    } catch (error) {
      showImport({ tone: 'error', key: 'options.import.file-failed', params: { detail: thrownText(error) } });
    }
  }

  function download(): void {
    deps.download(EXPORT_FILE, exportJson.value);
    exportNotice.value = { tone: 'ok', key: 'options.export.downloaded', params: { file: EXPORT_FILE } };
  }

  async function copy(): Promise<void> {
    try {
      await deps.copy(exportJson.value);
      exportNotice.value = { tone: 'ok', key: 'options.export.copied' };
    } catch (error) {
      exportNotice.value = {
        tone: 'error',
        key: 'options.export.copy-failed',
        params: { detail: thrownText(error) },
      };
    }
  }

  const state: AdaptersState = {
    builtIn: deps.builtIns,
    custom: computed(() =>
      saved.value.map((adapter) => ({ adapter, active: active.value[adapter.id] ?? false })),
    ),
    notice,
    busy: turn.busy,
    remove,
    grant,
    importText,
    importNotice,
    importIssues,
    dirty: computed(() => importText.value.trim() !== ''),
    loadFile,
    importAdapters,
    exportJson,
    exportNotice,
    download,
    copy,
  };
  return { state, refreshActive };
}

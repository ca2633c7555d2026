import { computed, signal } from '@preact/signals';
import { vi } from 'vitest';
import { HostAdapter as AdapterSchema, builtInAdapters, type HostAdapter } from '../../../lib/hosts';
import type { Lang } from '../../../lib/i18n';
import type {
  AdaptersState,
  ConnectionField,
  ConnectionRowState,
  CustomAdapterState,
  FieldErrors,
  ImportIssue,
  LangChoice,
  Notice,
  OptionsState,
  SettingsState,
} from '../../../lib/view/options';

// View states built from plain signals: the views are tested without the model or a browser.

export const qicsAdapter = builtInAdapters[0] as HostAdapter;

export function customAdapter(overrides: Record<string, unknown> = {}): HostAdapter {
  return AdapterSchema.parse({
    id: 'acme-admin',
    name: 'Acme Admin',
    matches: ['https://admin.acme.example/*'],
    tenant: { fixed: 'acme-demo' },
    ...overrides,
  });
}

export function rowState(adapter: HostAdapter = qicsAdapter) {
  const errors = signal<FieldErrors<ConnectionField>>({});
  const notice = signal<Notice | null>(null);
  const busy = signal(false);
  const row = {
    adapter,
    baseUrl: signal('http://127.0.0.1:5178/'),
    token: signal(''),
    tenant: signal('qics-demo'),
    errors,
    notice,
    busy,
    dirty: signal(false),
    save: vi.fn(async () => true),
    test: vi.fn(async () => true),
  } satisfies ConnectionRowState;
  return row;
}

export function adaptersState(custom: CustomAdapterState[] = []) {
  return {
    builtIn: builtInAdapters,
    custom: signal<readonly CustomAdapterState[]>(custom),
    notice: signal<Notice | null>(null),
    busy: signal(false),
    remove: vi.fn(async (_id: string) => undefined),
    grant: vi.fn(async (_id: string) => undefined),
    importText: signal(''),
    importNotice: signal<Notice | null>(null),
    importIssues: signal<readonly ImportIssue[]>([]),
    dirty: signal(false),
    loadFile: vi.fn(async (_file: Blob) => undefined),
    importAdapters: vi.fn(async () => true),
    exportJson: signal('[]\n'),
    exportNotice: signal<Notice | null>(null),
    download: vi.fn(),
    copy: vi.fn(async () => undefined),
  } satisfies AdaptersState;
}

export function settingsState() {
  return {
    warnPercent: signal(''),
    lang: signal<LangChoice>('auto'),
    errors: signal<FieldErrors<'warnPercent'>>({}),
    notice: signal<Notice | null>(null),
    busy: signal(false),
    dirty: signal(false),
    save: vi.fn(async () => true),
  } satisfies SettingsState;
}

export function optionsState(lang: Lang = 'en') {
  const rows = signal<readonly ConnectionRowState[]>([rowState()]);
  return {
    ready: signal(true),
    lang: signal<Lang>(lang),
    connections: computed(() => rows.value),
    adapters: adaptersState(),
    settings: settingsState(),
  } satisfies OptionsState;
}

/** The input or textarea a label names, found through its `for` attribute as a screen reader would. */
export function field(root: HTMLElement, label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const id = found?.getAttribute('for');
  const input = id ? root.ownerDocument.getElementById(id) : null;
  if (!input) throw new Error(`no field labelled ${label}`);
  return input as HTMLInputElement;
}

export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/** Text of the elements an element's aria-describedby names. */
export function description(el: Element): string {
  const ids = el.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
}

/** Lets pending promise callbacks (a save's then) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

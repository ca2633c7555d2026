import type { ReadonlySignal, Signal } from '@preact/signals';
import type { HostAdapter } from '../hosts';
import type { Lang, MessageKey, Params } from '../i18n';

// What the options views read and call; lib/extension/options-model.ts provides it, the views never fetch.

/** A translated, announced result line: the view renders `t(lead)`, then `t(key, params, lang)`. */
export interface Notice {
  tone: 'ok' | 'error' | 'info';
  key: MessageKey;
  params?: Params;
  /** A sentence before the message, e.g. "Not saved." before the failed test's reason. */
  lead?: MessageKey;
}

export type ConnectionField = 'baseUrl' | 'token' | 'tenant';
export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>;

/** One adapter's Seat API connection as edited on the page. */
export interface ConnectionRowState {
  adapter: HostAdapter;
  baseUrl: Signal<string>;
  token: Signal<string>;
  tenant: Signal<string>;
  errors: ReadonlySignal<FieldErrors<ConnectionField>>;
  notice: ReadonlySignal<Notice | null>;
  busy: ReadonlySignal<boolean>;
  /** Base URL or token differ from what is stored: a reload would lose them. */
  dirty: ReadonlySignal<boolean>;
  /** Tests first; resolves false when nothing was saved (invalid fields, permission refused, test failed, storage error). */
  save(): Promise<boolean>;
  /** Resolves true when the Seat API answered with the tenant's seats. */
  test(): Promise<boolean>;
}

/** A problem of an import at a path like `[0].forms[1].change.kind`, as a catalogue sentence. */
export interface ImportIssue {
  path: string;
  key: MessageKey;
  params: Params;
}

export interface CustomAdapterState {
  adapter: HostAdapter;
  /** Its pages and the scripting permission are granted, so its content script is registered. */
  active: boolean;
}

export interface AdaptersState {
  builtIn: readonly HostAdapter[];
  custom: ReadonlySignal<readonly CustomAdapterState[]>;
  notice: ReadonlySignal<Notice | null>;
  busy: ReadonlySignal<boolean>;
  remove(id: string): Promise<void>;
  grant(id: string): Promise<void>;
  importText: Signal<string>;
  importNotice: ReadonlySignal<Notice | null>;
  importIssues: ReadonlySignal<readonly ImportIssue[]>;
  /** Adapter JSON is in the text area, not yet imported. */
  dirty: ReadonlySignal<boolean>;
  loadFile(file: Blob): Promise<void>;
  /** Resolves false when nothing was imported. */
  importAdapters(): Promise<boolean>;
  exportJson: ReadonlySignal<string>;
  exportNotice: ReadonlySignal<Notice | null>;
  download(): void;
  copy(): Promise<void>;
}

export type LangChoice = 'auto' | Lang;

export interface SettingsState {
  /** Percent text as typed; empty means each vendor's own threshold. */
  warnPercent: Signal<string>;
  lang: Signal<LangChoice>;
  errors: ReadonlySignal<FieldErrors<'warnPercent'>>;
  notice: ReadonlySignal<Notice | null>;
  busy: ReadonlySignal<boolean>;
  /** The fields differ from the saved settings. */
  dirty: ReadonlySignal<boolean>;
  save(): Promise<boolean>;
}

/** A form whose edits a reload would lose: a host's connection by name, or one of the page's own forms. */
export type UnsavedForm = { kind: 'connection'; name: string } | { kind: 'agent' | 'import' | 'settings' };

export interface OptionsState {
  ready: ReadonlySignal<boolean>;
  /** The saved language, or the browser's for 'auto': the page renders in it. */
  lang: ReadonlySignal<Lang>;
  connections: ReadonlySignal<readonly ConnectionRowState[]>;
  adapters: AdaptersState;
  settings: SettingsState;
}

/** The support agent's Seat API connection as edited on the page (lib/extension/options/agent.ts). */
export interface AgentFormState {
  baseUrl: Signal<string>;
  token: Signal<string>;
  /** A connection is saved, so there is one to remove. */
  stored: ReadonlySignal<boolean>;
  errors: ReadonlySignal<FieldErrors<'baseUrl' | 'token'>>;
  notice: ReadonlySignal<Notice | null>;
  busy: ReadonlySignal<boolean>;
  /** The fields differ from the saved connection. */
  dirty: ReadonlySignal<boolean>;
  /** Tests first, and saves only a connection the Seat API accepted. */
  save(): Promise<boolean>;
  test(): Promise<boolean>;
  remove(): Promise<boolean>;
}

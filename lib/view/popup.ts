import type { ReadonlySignal } from '@preact/signals';
import type { TenantSummary } from '../api/schemas';
import type { Lang } from '../i18n';
import type { Notice } from './options';
import type { SeatView } from './schema';

// What the popup views read and call; lib/extension/popup-model.ts provides it, the views never fetch.

export type SearchStatus = 'idle' | 'searching' | 'done' | 'failed';

/** The tenant search box: a combobox over the matching tenants (ARIA APG, list autocomplete). */
export interface SearchState {
  query: ReadonlySignal<string>;
  results: ReadonlySignal<readonly TenantSummary[]>;
  /** Index of the highlighted option, -1 for none. */
  active: ReadonlySignal<number>;
  expanded: ReadonlySignal<boolean>;
  status: ReadonlySignal<SearchStatus>;
  /** Why the last search failed: a Seat API error code such as 'unauthorized', or 'unconfigured'. */
  failure: ReadonlySignal<string | null>;
  input(text: string): void;
  /** Handles a key of the input; true when it did, so the view stops the browser's default. */
  key(key: string): boolean;
  pick(index: number): void;
  close(): void;
}

/** The picked tenant: its seat view, and what an agent does with it. */
export interface TenantState {
  view: ReadonlySignal<SeatView | null>;
  /** The seat data is there to copy and export. */
  ready: ReadonlySignal<boolean>;
  adminHref: ReadonlySignal<string | undefined>;
  notice: ReadonlySignal<Notice | null>;
  copySummary(): Promise<void>;
  exportCsv(): void;
  openAdmin(): Promise<void>;
}

export interface PopupState {
  lang: ReadonlySignal<Lang>;
  /** Opens the options page, where the agent connection is set. */
  openOptions(): void;
  /** Epoch ms, ticking, for the data's age. */
  now: ReadonlySignal<number>;
  search: SearchState;
  tenant: TenantState;
}

import { computed, signal } from '@preact/signals';
import { vi } from 'vitest';
import type { TenantSummary } from '../../../lib/api/schemas';
import type { Lang } from '../../../lib/i18n';
import { evaluate } from '../../../lib/rules';
import type { Notice } from '../../../lib/view/options';
import type { PopupState, SearchState, SearchStatus, TenantState } from '../../../lib/view/popup';
import type { SeatView } from '../../../lib/view/schema';
import { citizenlab, citizenlabSnapshot, NOW } from '../../lib/rules/fixtures';

// View states built from plain signals: the popup's views are tested without the model or a browser.

export const TENANTS: TenantSummary[] = [
  {
    id: 'citizenlab-demo',
    name: 'Gemeente Velden',
    level: 'full',
    pools: [
      { id: 'admins', label: 'Admins', used: 2, limit: 2 },
      { id: 'managers', label: 'Managers', used: 2, limit: 3 },
    ],
  },
  {
    id: 'echo-teams',
    name: 'Echo Teams GmbH',
    level: 'ok',
    pools: [{ id: 'teams', label: 'Teams', used: 4, limit: null }],
  },
];

export const READY_VIEW: SeatView = {
  tenant: 'citizenlab-demo',
  name: 'Gemeente Velden',
  status: 'ready',
  report: evaluate(citizenlab(), citizenlabSnapshot(), { now: NOW }),
  fetchedAt: Date.parse(NOW),
};

export function searchState(status: SearchStatus = 'idle', results: TenantSummary[] = []) {
  const listOpen = signal(results.length > 0);
  const found = signal<readonly TenantSummary[]>(results);
  return {
    query: signal(''),
    results: found,
    active: signal(results.length > 0 ? 0 : -1),
    expanded: computed(() => listOpen.value && found.value.length > 0),
    status: signal<SearchStatus>(status),
    failure: signal<string | null>(null),
    input: vi.fn((_text: string) => undefined),
    key: vi.fn((key: string) => key === 'ArrowDown'),
    pick: vi.fn((_index: number) => undefined),
    close: vi.fn(() => {
      listOpen.value = false;
    }),
  } satisfies SearchState;
}

export function tenantState(view: SeatView | null = null, adminHref?: string) {
  return {
    view: signal<SeatView | null>(view),
    ready: signal(view?.status === 'ready'),
    adminHref: signal<string | undefined>(adminHref),
    notice: signal<Notice | null>(null),
    copySummary: vi.fn(async () => undefined),
    exportCsv: vi.fn(() => undefined),
    openAdmin: vi.fn(async () => undefined),
  } satisfies TenantState;
}

export function popupState(search = searchState(), tenant = tenantState(), lang: Lang = 'en') {
  return {
    lang: signal<Lang>(lang),
    now: signal(Date.parse(NOW) + 60_000),
    search,
    tenant,
    openOptions: vi.fn(),
  } satisfies PopupState;
}

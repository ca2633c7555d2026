import { type ReadonlySignal, useComputed } from '@preact/signals';
import type { Lang } from '../../lib/i18n';
import { extensionWords } from '../../lib/view/extension-words';
import type { TenantState } from '../../lib/view/popup';
import type { SeatView } from '../../lib/view/schema';
import { SeatPanel } from '../SeatPanel';
import { TenantActions } from './TenantActions';

export interface TenantResultProps {
  tenant: TenantState;
  lang: ReadonlySignal<Lang>;
  now: ReadonlySignal<number>;
}

const NONE: SeatView = { tenant: '', status: 'loading' };

/** The picked tenant: the seat panel in the page flow (pools, level, cost, suggestions, data age), then actions. */
export function TenantResult({ tenant, lang, now }: TenantResultProps) {
  const view = useComputed(() => tenant.view.value ?? NONE);
  if (!tenant.view.value) return null;
  return (
    <div class="sg-tenant">
      <SeatPanel view={view} lang={lang} now={now} words={extensionWords} />
      <TenantActions tenant={tenant} lang={lang.value} />
    </div>
  );
}

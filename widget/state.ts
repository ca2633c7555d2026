import { type Signal, signal } from '@preact/signals';
import type { Lang } from '../lib/i18n/panel';
import type { PreparedTenant } from '../lib/rules';
import type { SeatView } from '../lib/view/schema';
import type { Variant } from './attributes';

/** Everything one <seat-usage> renders, as signals: the session writes them, the components read them. */
export interface WidgetState {
  view: Signal<SeatView>;
  /** The parsed facts behind the view, for the what-if control. */
  prepared: Signal<PreparedTenant | undefined>;
  /** A setup problem in the developer's terms (English), shown below the panel. */
  detail: Signal<string | undefined>;
  lang: Signal<Lang>;
  variant: Signal<Variant>;
  whatIf: Signal<boolean>;
  label: Signal<string | undefined>;
  collapsed: Signal<boolean>;
  /** Epoch ms, ticking, for the data's age. */
  now: Signal<number>;
}

export function createState(tenant: string): WidgetState {
  return {
    view: signal<SeatView>({ tenant, status: 'loading' }),
    prepared: signal(undefined),
    detail: signal(undefined),
    lang: signal<Lang>('en'),
    variant: signal<Variant>('full'),
    whatIf: signal(false),
    label: signal(undefined),
    collapsed: signal(false),
    now: signal(Date.now()),
  };
}

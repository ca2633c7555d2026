import type { Lang } from '../lib/i18n/panel';
import type { PoolReport } from '../lib/rules';
import { billingText, headroomText, poolSummaryText, poolUsageText, type SeatPrice } from '../lib/view/text';
import type { Voice } from '../lib/view/voice';
import { LevelBadge } from './LevelBadge';

export interface PoolMeterProps {
  pool: PoolReport;
  lang: Lang;
  /** Leaves out the billing line, for narrow panels. */
  compact?: boolean;
  /** What one seat costs, as the policy states it: the billing line shows it (× €15.00, or what an extra one costs). */
  price?: SeatPrice | undefined;
  /** The host vendor's word for a seat. */
  voice?: Voice | undefined;
}

function detailsText(pool: PoolReport, lang: Lang, price: SeatPrice | undefined, voice: Voice): string {
  const headroom = headroomText(pool, lang, voice);
  const billing = billingText(pool, lang, price, voice);
  return headroom === null ? billing : `${billing} · ${headroom}`;
}

/** One pool: label, level, usage sentence, a meter when there is a limit, and what is billed at which price. */
export function PoolMeter({ pool, lang, compact = false, price, voice = {} }: PoolMeterProps) {
  const { limit, used } = pool;
  // ARIA wants now ≤ max; the value text carries the over-limit figure.
  const max = limit === null ? 0 : Math.max(limit, used);
  const fill = limit === null || limit === 0 ? (used > 0 ? 100 : 0) : Math.min(100, (used / limit) * 100);
  return (
    <div class={`sg-pool sg--${pool.level}`} part="pool" data-pool={pool.id}>
      <div class="sg-pool-head">
        <span class="sg-pool-label">{pool.label}</span>
        <LevelBadge level={pool.level} lang={lang} />
      </div>
      <p class="sg-pool-usage">{poolUsageText(pool, lang, voice)}</p>
      {limit !== null && (
        // biome-ignore lint/a11y/useSemanticElements: a native <meter> clamps to max, hiding an over-limit count, and styles differently per engine.
        <div
          class="sg-meter"
          part="meter"
          role="meter"
          aria-label={pool.label}
          aria-valuemin={0}
          aria-valuemax={max}
          aria-valuenow={used}
          aria-valuetext={poolSummaryText(pool, lang, voice)}
        >
          <div class="sg-meter-fill" style={{ width: `${fill}%` }} />
        </div>
      )}
      {!compact && <p class="sg-pool-details">{detailsText(pool, lang, price, voice)}</p>}
    </div>
  );
}

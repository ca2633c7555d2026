import { fromDay, termEnd, toDay } from './dates';
import type { CostLine, Money } from './results';
import type { Policy, Pool, Price } from './schemas';

/** round(amount × part / whole), half up, in integers so cents never drift. */
export function prorate(amount: number, part: number, whole: number): number {
  return Math.floor((2 * amount * part + whole) / (2 * whole));
}

export function periodCost(policy: Policy, price: Price | undefined, units: number): Money | null {
  return price ? { amount: units * price.amount, currency: policy.currency, per: price.per } : null;
}

/**
 * Extra seats bought on `today`: each runs today … today + 1 period − 1 day and expires at
 * contract end, its price prorated (003_129daf66f7fe1fe3.txt, question 6).
 */
export function purchaseLine(
  policy: Policy,
  pool: Pool,
  price: Price,
  seats: number,
  today: number,
): CostLine {
  const term = termEnd(today, price.per);
  const end = policy.contract.end === undefined ? term : toDay(policy.contract.end);
  const to = Math.max(today, Math.min(term, end));
  const prorated = end < term;
  const unit = prorated
    ? prorate(price.amount, Math.max(0, end - today + 1), term - today + 1)
    : price.amount;
  return {
    pool: pool.id,
    seats,
    amount: seats * unit,
    currency: policy.currency,
    per: price.per,
    prorated,
    from: fromDay(today),
    to: fromDay(to),
  };
}

/** A recurring change of `seats` units from the cycle boundary `from` on; negative when dropping. */
export function recurringLine(
  policy: Policy,
  pool: Pool,
  price: Price,
  seats: number,
  from: number,
): CostLine {
  return {
    pool: pool.id,
    seats,
    amount: seats * price.amount,
    currency: policy.currency,
    per: price.per,
    prorated: false,
    from: fromDay(from),
    to: null,
  };
}

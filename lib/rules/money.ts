import { fromDay, termEnd, toDay } from './dates';
import { RulesInputError } from './errors';
import type { CostLine, Money } from './results';
import type { Policy, Pool, Price } from './schemas';

/** round(amount × part / whole), half up, in exact integers so cents never drift. */
export function prorate(amount: number, part: number, whole: number): number {
  return Number((2n * BigInt(amount) * BigInt(part) + BigInt(whole)) / (2n * BigInt(whole)));
}

/** units × amount, refused when it is past what a number holds exactly (a price of 10¹² cents for 10⁴ seats). */
function times(units: number, amount: number, poolIndex: number): number {
  const total = units * amount;
  if (Number.isSafeInteger(total)) return total;
  throw new RulesInputError(
    `policy.pools[${poolIndex}].price.amount`,
    `${units} seats at ${amount} make an amount too large to compute exactly`,
  );
}

/** What `units` seats cost per period of the pool's price, or null for an unpriced pool. */
export function periodCost(policy: Policy, pool: Pool, poolIndex: number, units: number): Money | null {
  const { price } = pool;
  if (!price) return null;
  return { amount: times(units, price.amount, poolIndex), currency: policy.currency, per: price.per };
}

function line(policy: Policy, pool: Pool, price: Price, seats: number, amount: number) {
  return { pool: pool.id, seats, amount, currency: policy.currency, per: price.per, price: { ...price } };
}

/**
 * Extra seats bought on `today`: each runs today … today + 1 period − 1 day and expires at
 * contract end, its price prorated (003_129daf66f7fe1fe3.txt, question 6).
 */
export function purchaseLine(
  policy: Policy,
  pool: Pool,
  poolIndex: number,
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
    ...line(policy, pool, price, seats, times(seats, unit, poolIndex)),
    prorated,
    from: fromDay(today),
    to: fromDay(to),
  };
}

/** A recurring change of `seats` units from the cycle boundary `from` on; negative when dropping. */
export function recurringLine(
  policy: Policy,
  pool: Pool,
  poolIndex: number,
  price: Price,
  seats: number,
  from: number,
): CostLine {
  return {
    ...line(policy, pool, price, seats, times(seats, price.amount, poolIndex)),
    prorated: false,
    from: fromDay(from),
    to: null,
  };
}

import * as z from 'zod/mini';
import { Day, Price } from './schemas';

// What evaluate() and check() return (rules-api.md); schemas so that the UI can validate them
// when they cross a process boundary.

const Per = z.enum(['month', 'year']);
export const Level = z.enum(['ok', 'near', 'full', 'over']);
export const Money = z.object({ amount: z.int(), currency: z.string(), per: Per });

export const PoolReport = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  enforce: z.enum(['block', 'purchase', 'warn', 'none']),
  used: z.int(),
  limit: z.nullable(z.int()),
  included: z.int(),
  purchased: z.int(),
  billed: z.int(),
  headroom: z.nullable(z.int()),
  level: Level,
  cost: z.nullable(Money),
});

export const SuggestionKind = z.enum(['unused-seats', 'inactive-members', 'expired-logins', 'empty-teams']);

/** Who or what a suggestion names, with the display fields the snapshot gave (v1.1 3). */
export const SuggestionItem = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  lastActiveAt: z.optional(z.string()),
});

export const Suggestion = z.object({
  kind: SuggestionKind,
  pool: z.string(),
  count: z.int(),
  ids: z.array(z.string()),
  /** The same ids in the same order, with names and e-mails where known. */
  items: z.array(SuggestionItem),
  saving: z.nullable(Money),
  effective: z.nullable(Day),
});

export const Report = z.object({
  tenant: z.string(),
  asOf: z.string(),
  level: Level,
  pools: z.array(PoolReport),
  suggestions: z.array(Suggestion),
});

export const Outcome = z.enum(['allow', 'warn', 'confirm', 'block']);

export const ReasonCode = z.enum([
  'over-limit',
  'near-limit',
  'needs-purchase',
  'adds-cost',
  'frees-seats',
  'below-usage',
  'next-invoice',
  'no-seat-change',
]);

export const Reason = z.object({
  code: ReasonCode,
  pool: z.optional(z.string()),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const PoolChange = z.object({
  id: z.string(),
  before: z.int(),
  after: z.int(),
  delta: z.int(),
  limit: z.nullable(z.int()),
  level: Level,
});

export const CostLine = z.object({
  pool: z.string(),
  seats: z.int(),
  amount: z.int(),
  currency: z.string(),
  per: Per,
  prorated: z.boolean(),
  from: Day,
  to: z.nullable(Day),
  /** v1.1 7: the pool's full price, so a prorated one-off is never read as a recurring amount. */
  price: Price,
});

export const Verdict = z.object({
  outcome: Outcome,
  pools: z.array(PoolChange),
  reasons: z.array(Reason),
  costs: z.array(CostLine),
});

export type Level = z.output<typeof Level>;
export type Money = z.output<typeof Money>;
export type PoolReport = z.output<typeof PoolReport>;
export type Suggestion = z.output<typeof Suggestion>;
export type SuggestionItem = z.output<typeof SuggestionItem>;
export type SuggestionKind = z.output<typeof SuggestionKind>;
export type Report = z.output<typeof Report>;
export type Outcome = z.output<typeof Outcome>;
export type ReasonCode = z.output<typeof ReasonCode>;
export type Reason = z.output<typeof Reason>;
export type PoolChange = z.output<typeof PoolChange>;
export type CostLine = z.output<typeof CostLine>;
export type Verdict = z.output<typeof Verdict>;

import * as z from 'zod/mini';
import { Level, Policy, Snapshot } from '../rules';

// Seat API v1 (../shared/design/seat-api.md): the single source of its shapes and of its OpenAPI document.

export const TenantId = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a tenant id like "acme-demo"'));

export const SeatsResponse = z.object({ policy: Policy, snapshot: Snapshot });

export const TenantSummary = z.object({
  id: z.string(),
  name: z.string(),
  level: Level,
  pools: z.array(z.object({ id: z.string(), label: z.string(), used: z.int(), limit: z.nullable(z.int()) })),
});

export const TenantSearchResponse = z.object({ tenants: z.array(TenantSummary) });

export const TenantSearchQuery = z.object({
  q: z._default(z.string().check(z.maxLength(100)), ''),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 10),
});

/** RFC 9457 problem details, the body of every error. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
});

export type SeatsResponse = z.output<typeof SeatsResponse>;
export type TenantSummary = z.output<typeof TenantSummary>;
export type TenantSearchResponse = z.output<typeof TenantSearchResponse>;
export type TenantSearchQuery = z.output<typeof TenantSearchQuery>;
export type Problem = z.output<typeof Problem>;

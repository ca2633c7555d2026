import * as z from 'zod/mini';
import { Report } from '../rules/results';

/** Why the data behind a view is missing or old: a Seat API error code, or a configuration gap. */
export const ViewError = z.object({ code: z.string(), message: z.string() });

/**
 * What a seat panel renders, from the extension's background or the widget's own fetch.
 * `report` may accompany an error: stale data shown with its age.
 */
export const SeatView = z.object({
  tenant: z.string(),
  name: z.optional(z.string()),
  status: z.enum(['loading', 'ready', 'error', 'unconfigured']),
  report: z.optional(Report),
  /** Epoch ms when the data was fetched from the Seat API. */
  fetchedAt: z.optional(z.number()),
  error: z.optional(ViewError),
  /** Pool id → what one seat costs, as the policy states it, for the panel's billing line. */
  prices: z.optional(
    z.record(z.string(), z.object({ amount: z.int(), currency: z.string(), per: z.enum(['month', 'year']) })),
  ),
  /**
   * A one-line note for the admin: the guard let a form through because data was missing, or the data is
   * shown but could not be kept in the browser's storage for the next start.
   */
  note: z.optional(z.enum(['guard-failed-open', 'guard-failed-closed', 'guard-error', 'storage-failed'])),
});

export const GuardNote = z.enum(['guard-failed-open', 'guard-failed-closed', 'guard-error']);

export type ViewError = z.output<typeof ViewError>;
export type GuardNote = z.output<typeof GuardNote>;
export type SeatView = z.output<typeof SeatView>;

import * as z from 'zod/mini';
import { Level } from '../lib/rules';

// The element's events, for the embedding page: they bubble, and leave the shadow root (composed).

export const LEVEL_EVENT = 'seatusage:level';
export const ERROR_EVENT = 'seatusage:error';

export const LevelEventDetail = z.object({
  tenant: z.string(),
  pool: z.string(),
  level: Level,
  /** null on the first load. */
  previous: z.nullable(Level),
});

export const ErrorEventDetail = z.object({
  /** A Seat API error code (`unauthorized`, `network` …), `attributes` or `token-provider`. */
  code: z.string(),
  /** English, for logs and developers. */
  message: z.string(),
});

export type LevelEventDetail = z.output<typeof LevelEventDetail>;
export type ErrorEventDetail = z.output<typeof ErrorEventDetail>;

declare global {
  interface HTMLElementEventMap {
    [LEVEL_EVENT]: CustomEvent<LevelEventDetail>;
    [ERROR_EVENT]: CustomEvent<ErrorEventDetail>;
  }
}

export function emitLevel(host: EventTarget, detail: LevelEventDetail): void {
  host.dispatchEvent(new CustomEvent(LEVEL_EVENT, { detail, bubbles: true, composed: true }));
}

export function emitError(host: EventTarget, detail: ErrorEventDetail): void {
  host.dispatchEvent(new CustomEvent(ERROR_EVENT, { detail, bubbles: true, composed: true }));
}

// First: note whether the page has zod, then make zod jitless before any schema is built (CSP without eval).
import './zod-global';
import './csp';
import { version as packageVersion } from '../package.json';
import { SeatUsageElement } from './element';

export type { SeatUsageAttributes } from './attributes';
export { SeatUsageElement } from './element';
export type { ErrorEventDetail, LevelEventDetail } from './events';
export type { TokenProvider } from './token';

export const version: string = packageVersion;

/** Registers the element under `name` (once); the script does this for `seat-usage` by itself. */
export function defineSeatUsage(name = 'seat-usage'): void {
  if (customElements.get(name)) return;
  // One constructor may back one name only.
  customElements.define(name, name === 'seat-usage' ? SeatUsageElement : class extends SeatUsageElement {});
}

defineSeatUsage();

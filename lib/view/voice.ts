import type { VendorWords } from '../hosts/schema';
import { pluralCategory } from '../i18n/format';
import { type Lang, t } from '../i18n/panel';

/**
 * How a host's vendor speaks in one language (its adapter's `words`): its word for a seat and how it
 * addresses the admin. The widget has no host: it speaks seatguard's neutral words ({}).
 */
export type Voice = Partial<Pick<VendorWords, 'seat' | 'register'>>;

/** The vendor's word for `count` seats in `lang` ("1 gebruiker", "5 licenser"), else seatguard's own. */
export function seatWord(count: number, lang: Lang, voice: Voice = {}): string {
  const { seat } = voice;
  if (!seat) return t('unit.seat', { count }, lang);
  return pluralCategory(count, lang) === 'one' ? seat.one : seat.other;
}

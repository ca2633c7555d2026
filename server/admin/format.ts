import type { Lang } from './sites/types';

/** Money in minor units (cents), in the site's language: "€ 950,00", "950,00 €", "950,00 kr". */
export function money(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount / 100);
}

/** A YYYY-MM-DD day, written out in the site's language: "1 december 2026". */
export function day(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

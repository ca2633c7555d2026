import type { SuggestionItem } from './results';

/** A user's or team's display fields (rules-api.md v1.1 3); they never change a count. */
export type Display = Omit<SuggestionItem, 'id'>;

/** `row` with the display fields `shown` has, and no others: a list never invents one. */
export function withDisplay<T extends object>(row: T, shown: Display | undefined): T & Display {
  const out: T & Display = row;
  for (const key of ['name', 'email', 'lastActiveAt'] as const) {
    const value = shown?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

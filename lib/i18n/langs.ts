export const LANGS = ['en', 'nl', 'sv', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const SUPPORTED: ReadonlySet<string> = new Set(LANGS);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && SUPPORTED.has(value);
}

/** The first candidate whose primary subtag ('nl-BE' → 'nl') is supported, else 'en'. */
export function resolveLang(candidates: readonly (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    // '_' too: POSIX locales (nl_NL.UTF-8) reach us from some environments.
    const primary = candidate?.trim().split(/[-_.]/)[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return 'en';
}

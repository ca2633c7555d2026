import { type ReadonlySignal, signal } from '@preact/signals';
import type { Scheme } from '../../view/dock';

/** Below this relative luminance a background reads as dark: where black and white text contrast equally. */
const DARK_BELOW = 0.179;
/** A background this transparent shows what lies behind it, not itself. */
const OPAQUE_FROM = 0.5;

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** `rgb(…)`/`rgba(…)` as computed styles give them, in either syntax; null for anything else. */
function parseRgb(color: string): { rgb: [number, number, number]; alpha: number } | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(color);
  if (!match) return null;
  const [, r, g, b, a] = match;
  const alpha = a === undefined ? 1 : a.endsWith('%') ? Number.parseFloat(a) / 100 : Number(a);
  return { rgb: [Number(r), Number(g), Number(b)], alpha };
}

/** WCAG relative luminance of an sRGB colour given in 0–255 channels. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** The scheme an element's own background says, when it paints one. */
function backgroundScheme(element: Element | null, win: Window): Scheme | null {
  if (!element) return null;
  const parsed = parseRgb(win.getComputedStyle(element).backgroundColor);
  if (!parsed || parsed.alpha < OPAQUE_FROM) return null;
  return luminance(parsed.rgb) < DARK_BELOW ? 'dark' : 'light';
}

/** What the page declares with `color-scheme` (CSS on the root, else its meta tag): one scheme, both, or none. */
function declaredSchemes(doc: Document, win: Window): string[] {
  const css = win.getComputedStyle(doc.documentElement).colorScheme;
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const words = (css && css !== 'normal' ? css : meta).split(/\s+/);
  return words.filter((word) => word === 'light' || word === 'dark');
}

/**
 * The host page's colour scheme: the background it paints (body, else the root), else the scheme it declares
 * alone, else, for a page that supports both or none, what its canvas shows: the OS's choice only when the
 * page declares dark support, light otherwise (a page without `color-scheme` has a white canvas).
 */
export function hostScheme(doc: Document, win: Window): Scheme {
  const painted = backgroundScheme(doc.body, win) ?? backgroundScheme(doc.documentElement, win);
  if (painted) return painted;
  const declared = declaredSchemes(doc, win);
  if (!declared.includes('dark')) return 'light';
  if (!declared.includes('light')) return 'dark';
  return win.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * The host's scheme as a signal, read again when the root's or body's attributes change (a page's dark-mode
 * switch sets a class or data attribute) and when the OS preference changes; `check` reads it on demand.
 */
export function watchHostScheme(
  signalOf: AbortSignal,
  doc: Document = document,
  win: Window = window,
): { scheme: ReadonlySignal<Scheme>; check: () => void } {
  const scheme = signal(hostScheme(doc, win));
  const check = () => {
    scheme.value = hostScheme(doc, win);
  };
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { attributes: true });
  if (doc.body) observer.observe(doc.body, { attributes: true });
  signalOf.addEventListener('abort', () => observer.disconnect(), { once: true });
  win.matchMedia(DARK_QUERY).addEventListener('change', check, { signal: signalOf });
  return { scheme, check };
}

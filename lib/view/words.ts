import { hasMessage, type Lang, type Params, t } from '../i18n/panel';
import type { Enforce, ReasonCode, SuggestionKind } from '../rules';
import type { SeatView } from './schema';
import { errorText } from './text';
import type { Voice } from './voice';

export type ViewNote = NonNullable<SeatView['note']>;

/**
 * The sentences a panel words per surface: errors whose advice says where to fix them, the guard's notes,
 * reasons only the guard gives, and, on a host, the vendor's own voice and ways out. Each surface bundles
 * only its own (the widget has no options page, no guard, no host, and its what-if only adds seats).
 */
export interface PanelWords {
  error(code: string, lang: Lang): string;
  note(note: ViewNote, lang: Lang): string | null;
  reason(code: ReasonCode, params: Params, lang: Lang): string;
  /** How the vendor raises a limit of this kind, and the link's text; null where the surface cannot say. */
  raise(enforce: Enforce, lang: Lang): RaiseWords | null;
  /** The vendor's word for a seat and its register in `lang`; {} for seatguard's neutral words. */
  voice(lang: Lang): Voice;
  /** The vendor's own next step after a suggestion of this kind, in `pool`'s count kind; null where none is known. */
  next(kind: SuggestionKind, countKind: string, lang: Lang): string | null;
}

export interface RaiseWords {
  hint: string;
  link: string;
}

/**
 * What every surface says alike; the widget's words. A reason it has no words for reads as its code. The
 * widget knows no host adapter, so it cannot say how a vendor raises a limit or frees a seat: its portal does.
 */
export const sharedWords: PanelWords = {
  error: errorText,
  note: () => null,
  raise: () => null,
  voice: () => ({}),
  next: () => null,
  reason: (code, params, lang) => {
    const key = `reason.${code}`;
    return hasMessage(key) ? t(key, params, lang) : code;
  },
};

/** The error sentence of a view in the error state, null otherwise. */
export function viewErrorText(view: SeatView, lang: Lang, words: PanelWords = sharedWords): string | null {
  return view.status === 'error' ? words.error(view.error?.code ?? 'unknown', lang) : null;
}

/** What keeps the numbers from being shown, in a sentence: an error, or no connection set up; null when nothing. */
export function problemText(view: SeatView, lang: Lang, words: PanelWords): string | null {
  if (view.status === 'unconfigured') return words.error('unconfigured', lang);
  return viewErrorText(view, lang, words);
}

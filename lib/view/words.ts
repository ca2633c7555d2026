import { hasMessage, type Lang, type Params, t } from '../i18n/panel';
import type { Enforce, ReasonCode } from '../rules';
import type { SeatView } from './schema';
import { errorText } from './text';

export type ViewNote = NonNullable<SeatView['note']>;

/**
 * The sentences a panel words per surface: errors whose advice says where to fix them, the guard's notes,
 * and reasons only the guard gives. Each surface bundles only its own (the widget has no options page, no
 * guard, and its what-if only adds seats).
 */
export interface PanelWords {
  error(code: string, lang: Lang): string;
  note(note: ViewNote, lang: Lang): string | null;
  reason(code: ReasonCode, params: Params, lang: Lang): string;
  /** How the vendor raises a limit of this kind, and the link's text; null where the surface cannot say. */
  raise(enforce: Enforce, lang: Lang): RaiseWords | null;
}

export interface RaiseWords {
  hint: string;
  link: string;
}

/**
 * What every surface says alike; the widget's words. A reason it has no words for reads as its code. The
 * widget knows no host adapter, so it cannot say how a vendor raises a limit: its portal does.
 */
export const sharedWords: PanelWords = {
  error: errorText,
  note: () => null,
  raise: () => null,
  reason: (code, params, lang) => {
    const key = `reason.${code}`;
    return hasMessage(key) ? t(key, params, lang) : code;
  },
};

/** The error sentence of a view in the error state, null otherwise. */
export function viewErrorText(view: SeatView, lang: Lang, words: PanelWords = sharedWords): string | null {
  return view.status === 'error' ? words.error(view.error?.code ?? 'unknown', lang) : null;
}

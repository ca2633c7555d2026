import type { Lang } from '../i18n/panel';
import type { SeatView } from './schema';
import { errorText } from './text';

export type ViewNote = NonNullable<SeatView['note']>;

/**
 * The sentences a panel words per surface: errors whose advice says where to fix them, and the guard's
 * notes. Each surface bundles only its own (the widget has no options page and no guard).
 */
export interface PanelWords {
  error(code: string, lang: Lang): string;
  note(note: ViewNote, lang: Lang): string | null;
}

/** What every surface says alike; the widget's words. */
export const sharedWords: PanelWords = { error: errorText, note: () => null };

/** The error sentence of a view in the error state, null otherwise. */
export function viewErrorText(view: SeatView, lang: Lang, words: PanelWords = sharedWords): string | null {
  return view.status === 'error' ? words.error(view.error?.code ?? 'unknown', lang) : null;
}

import type { ReadonlySignal } from '@preact/signals';
import { type Lang, t } from '../../lib/i18n';

export interface UnsavedNoteProps {
  dirty: ReadonlySignal<boolean>;
  lang: Lang;
  /** "Not saved yet." by default; the import form says "Not imported yet." */
  imported?: boolean;
}

/** Beside a form's buttons while its edits are not stored: quiet text, not a live region (it changes per keystroke). */
export function UnsavedNote({ dirty, lang, imported = false }: UnsavedNoteProps) {
  if (!dirty.value) return null;
  return (
    <span class="sg-unsaved">
      {t(imported ? 'options.unsaved.import' : 'options.unsaved.form', {}, lang)}
    </span>
  );
}

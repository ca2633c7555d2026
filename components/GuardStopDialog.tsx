import { type Lang, t } from '../lib/i18n';
import { extensionWords } from '../lib/view/extension-words';
import type { PanelWords } from '../lib/view/words';
import { Modal } from './Modal';

export interface GuardStopDialogProps {
  lang: Lang;
  /** "Back to the form", Escape; the caller restores focus to the submitter. */
  onClose: () => void;
  /** The host's words, for its register. */
  words?: PanelWords;
}

/** A fail-closed adapter held the form back because the seat data could not be checked. */
export function GuardStopDialog({ lang, onClose, words = extensionWords }: GuardStopDialogProps) {
  const back = (
    <button type="button" class="sg-btn" part="button cancel" autofocus onClick={() => onClose()}>
      {t('dialog.back', {}, lang)}
    </button>
  );
  return (
    <Modal title={t('dialog.stop-title', {}, lang)} lang={lang} tone="stop" onCancel={onClose} actions={back}>
      <p class="sg-message">{words.note('guard-failed-closed', lang)}</p>
    </Modal>
  );
}

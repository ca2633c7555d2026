import { type Lang, t } from '../lib/i18n';
import { Modal } from './Modal';

export interface GuardStopDialogProps {
  lang: Lang;
  /** "Back to the form", Escape; the caller restores focus to the submitter. */
  onClose: () => void;
}

/** A fail-closed adapter held the form back because the seat data could not be checked. */
export function GuardStopDialog({ lang, onClose }: GuardStopDialogProps) {
  const back = (
    <button type="button" class="sg-btn" part="button cancel" autofocus onClick={() => onClose()}>
      {t('dialog.back', {}, lang)}
    </button>
  );
  return (
    <Modal title={t('dialog.stop-title', {}, lang)} lang={lang} tone="stop" onCancel={onClose} actions={back}>
      <p class="sg-message">{t('note.guard-failed-closed', {}, lang)}</p>
    </Modal>
  );
}

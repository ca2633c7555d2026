import { formatMoney, type Lang, t } from '../lib/i18n';
import type { Verdict } from '../lib/rules';
import { extensionWords } from '../lib/view/extension-words';
import { reasonText } from '../lib/view/text';
import { purchaseTotal, raiseOfVerdict } from '../lib/view/verdict';
import { CostLines } from './CostLines';
import { Modal } from './Modal';
import { RaiseHint } from './RaiseHint';

export interface VerdictDialogProps {
  verdict: Verdict;
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
  onContinue: () => void;
  /** Cancel, Escape, or "Back to the form"; the caller restores focus to the submitter. */
  onCancel: () => void;
  raise?: { href?: string };
}

function confirmLabel(verdict: Verdict, lang: Lang): string {
  const total = purchaseTotal(verdict);
  if (total === null) return t('dialog.confirm', {}, lang);
  return t('dialog.confirm-total', { amount: formatMoney(total.amount, total.currency, lang) }, lang);
}

/** The guard's question before a form changes seats: say what it frees, warn, confirm a purchase, or block. */
export function VerdictDialog({ verdict, labels, lang, onContinue, onCancel, raise }: VerdictDialogProps) {
  const { outcome } = verdict;
  const enforce = raiseOfVerdict(verdict);
  const raiseWords = enforce && extensionWords.raise(enforce, lang);
  const safe = t(outcome === 'block' ? 'dialog.back' : 'dialog.cancel', {}, lang);
  const primary = outcome === 'confirm' ? confirmLabel(verdict, lang) : t('dialog.continue', {}, lang);
  const actions = (
    <>
      <button type="button" class="sg-btn" part="button cancel" autofocus onClick={() => onCancel()}>
        {safe}
      </button>
      {outcome !== 'block' && (
        <button
          type="button"
          class="sg-btn sg-btn--primary"
          part="button continue"
          onClick={() => onContinue()}
        >
          {primary}
        </button>
      )}
    </>
  );
  return (
    <Modal
      title={t(`outcome.${outcome}`, {}, lang)}
      lang={lang}
      tone={outcome}
      onCancel={onCancel}
      actions={actions}
    >
      <ul class="sg-list sg-reasons">
        {verdict.reasons.map((reason, i) => (
          <li key={`${reason.code}:${reason.pool ?? i}`}>
            {reasonText(
              reason,
              labels[reason.pool ?? ''] ?? reason.pool ?? '',
              lang,
              extensionWords,
              verdict.costs,
            )}
          </li>
        ))}
      </ul>
      {outcome === 'confirm' && <CostLines costs={verdict.costs} labels={labels} lang={lang} />}
      {raiseWords && <RaiseHint words={raiseWords} href={raise?.href} />}
    </Modal>
  );
}

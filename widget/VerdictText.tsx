import { CostLines } from '../components/CostLines';
import type { Lang } from '../lib/i18n/panel';
import type { Outcome, Verdict } from '../lib/rules';
import { reasonText, verdictTitle } from '../lib/view/text';
import { sharedWords } from '../lib/view/words';

export interface VerdictTextProps {
  verdict: Verdict;
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
}

// The outcome takes the colour of the level it corresponds to; the words carry the meaning.
const TONE: Record<Outcome, string> = { allow: 'ok', warn: 'near', confirm: 'full', block: 'over' };

/** A verdict as the guard's dialog words it: the question it asks, reasons, and what it costs. */
export function VerdictText({ verdict, labels, lang }: VerdictTextProps) {
  const { outcome, reasons, costs } = verdict;
  return (
    <div class={`sg-verdict sg--${TONE[outcome]}`} part="verdict" data-outcome={outcome}>
      <p class="sg-verdict-title">{verdictTitle(verdict, lang)}</p>
      {reasons.length > 0 && (
        <ul class="sg-list">
          {reasons.map((reason, i) => (
            <li key={`${reason.code}:${reason.pool ?? i}`}>
              {reasonText(reason, labels[reason.pool ?? ''] ?? reason.pool ?? '', lang, sharedWords)}
            </li>
          ))}
        </ul>
      )}
      <CostLines costs={costs} labels={labels} lang={lang} />
    </div>
  );
}

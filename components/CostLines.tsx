import type { Lang } from '../lib/i18n';
import type { CostLine } from '../lib/rules';
import { costLineText } from '../lib/view/text';
import type { Voice } from '../lib/view/voice';

export interface CostLinesProps {
  costs: readonly CostLine[];
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
  voice?: Voice | undefined;
}

/** Each cost line as a billing page says it: due now and for which dates, or how much more per period from when. */
export function CostLines({ costs, labels, lang, voice }: CostLinesProps) {
  if (costs.length === 0) return null;
  return (
    <ul class="sg-list sg-costs" part="costs">
      {costs.map((line) => (
        <li key={line.pool}>{`${labels[line.pool] ?? line.pool}: ${costLineText(line, lang, voice)}`}</li>
      ))}
    </ul>
  );
}

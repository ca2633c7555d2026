import type { Lang } from '../lib/i18n';
import type { CostLine } from '../lib/rules';
import { costLineText } from '../lib/view/text';

export interface CostLinesProps {
  costs: readonly CostLine[];
  /** Pool id → label. */
  labels: Readonly<Record<string, string>>;
  lang: Lang;
}

/** Each cost line with its seats, amount and dates; prorated lines say so. */
export function CostLines({ costs, labels, lang }: CostLinesProps) {
  if (costs.length === 0) return null;
  return (
    <ul class="sg-list sg-costs" part="costs">
      {costs.map((line) => (
        <li key={line.pool}>{`${labels[line.pool] ?? line.pool}: ${costLineText(line, lang)}`}</li>
      ))}
    </ul>
  );
}

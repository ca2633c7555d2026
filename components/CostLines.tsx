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

/** French sets a no-break space before a colon, as the reasons above the cost lines do. */
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

/** Each cost line as a billing page says it: due now and for which dates, or how much more per period from when. */
export function CostLines({ costs, labels, lang, voice }: CostLinesProps) {
  if (costs.length === 0) return null;
  return (
    <ul class="sg-list sg-costs" part="costs">
      {costs.map((line) => (
        <li
          key={line.pool}
        >{`${labels[line.pool] ?? line.pool}${colon(lang)}${costLineText(line, lang, voice)}`}</li>
      ))}
    </ul>
  );
}

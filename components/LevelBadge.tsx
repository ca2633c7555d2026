import type { Lang } from '../lib/i18n';
import type { Level } from '../lib/rules';
import { levelText } from '../lib/view/text';

export interface LevelBadgeProps {
  level: Level;
  lang: Lang;
}

/** The level in words and colour, so colour is never the only cue. */
export function LevelBadge({ level, lang }: LevelBadgeProps) {
  return (
    <span class={`sg-level sg--${level}`} part="level">
      {levelText(level, lang)}
    </span>
  );
}

import type { Ref } from 'preact';
import { type Lang, t } from '../lib/i18n';
import type { SeatView } from '../lib/view/schema';
import { levelText, shortUsageText } from '../lib/view/text';
import { type PanelWords, problemText } from '../lib/view/words';
import { LevelBadge } from './LevelBadge';

export interface LauncherProps {
  view: SeatView;
  lang: Lang;
  open: boolean;
  /** Its mark alone, where the numbers would cover a control of the page; they stay its name and tooltip. */
  compact?: boolean;
  /** Opens or closes the panel. */
  onToggle: () => void;
  /** Id of the panel it shows, when both live in one shadow root (ids do not reach across). */
  controls?: string | undefined;
  /** Id of its own problem text, for aria-describedby. */
  problemId: string;
  words: PanelWords;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A seat, drawn: the launcher's mark. */
function Mark() {
  return (
    <svg class="sg-launcher-mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4.5 1.5h7a1 1 0 0 1 1 1V9h-9V2.5a1 1 0 0 1 1-1ZM2 10h12v2h-1.5v2.5H11V12H5v2.5H3.5V12H2Z"
      />
    </svg>
  );
}

/**
 * The panel at rest: one small button with the worst level and each pool's usage, which opens and closes
 * the panel (Escape closes it too). Its name starts with the panel's title, so it reads the same everywhere;
 * compact, it shows its mark and the level's colour, and keeps the words as its name and tooltip.
 */
export function Launcher(props: LauncherProps) {
  const { view, lang, open, compact = false, onToggle, controls, problemId, words, buttonRef } = props;
  const { report } = view;
  const problem = problemText(view, lang, words);
  const summary = report
    ? report.pools.map((pool) => shortUsageText(pool, lang)).join(' · ')
    : `${t('launcher.seats', {}, lang)}${view.status === 'loading' ? '…' : ''}`;
  const level = report && levelText(report.level, lang);
  return (
    <button
      type="button"
      class={compact ? 'sg-launcher sg-launcher--compact' : 'sg-launcher'}
      part="button launcher"
      lang={lang}
      title={compact ? [level, summary].filter(Boolean).join(' · ') : undefined}
      ref={buttonRef}
      aria-expanded={open}
      aria-controls={controls}
      aria-describedby={problem ? problemId : undefined}
      onClick={() => onToggle()}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        onToggle();
      }}
    >
      <Mark />
      <span class="sg-sr-only">{t('panel.title', { name: view.name ?? view.tenant }, lang)}</span>
      {report && compact && <span class={`sg-launcher-dot sg--${report.level}`} aria-hidden="true" />}
      {report && <LevelBadge level={report.level} lang={lang} />}
      <span class="sg-launcher-text">{summary}</span>
      {problem && (
        <span class="sg-launcher-alert" aria-hidden="true">
          !
        </span>
      )}
      {problem && (
        <span id={problemId} class="sg-sr-only">
          {problem}
        </span>
      )}
    </button>
  );
}

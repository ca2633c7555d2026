import { type ReadonlySignal, type Signal, useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { type Lang, t } from '../lib/i18n/panel';
import type { LinkFor } from '../lib/view/href';
import type { SeatView } from '../lib/view/schema';
import { levelText } from '../lib/view/text';
import { type PanelWords, sharedWords, viewErrorText } from '../lib/view/words';
import { PanelBody } from './PanelBody';
import { PanelHeader } from './PanelHeader';

export interface SeatPanelProps {
  view: ReadonlySignal<SeatView>;
  lang: ReadonlySignal<Lang>;
  /** Epoch ms, for the data's age. */
  now: ReadonlySignal<number>;
  variant?: 'compact' | 'full';
  /** Owned by the caller to remember it; the panel keeps its own otherwise. */
  collapsed?: Signal<boolean>;
  onRefresh?: () => void;
  raise?: { href?: string };
  /** The accessible name, when the page shows one tenant twice; the title otherwise. */
  label?: string | undefined;
  /** The surface's own sentences (the extension's errors and notes); the shared ones by default. */
  words?: PanelWords;
  /** Where the admin acts on a named user or team on the host. */
  link?: LinkFor;
}

/** What the live region says: the overall level, and the error when there is one. */
function announcement(view: SeatView, lang: Lang, words: PanelWords): string {
  const level = view.report && t('panel.level', { level: levelText(view.report.level, lang) }, lang);
  return [level, viewErrorText(view, lang, words)].filter(Boolean).join(' ');
}

/** Seat usage of one tenant: header with level, then status, pools, raise hint and suggestions. */
export function SeatPanel(props: SeatPanelProps) {
  const { variant = 'full', onRefresh, raise, words = sharedWords } = props;
  const own = useSignal(false);
  const collapsed = props.collapsed ?? own;
  const bodyId = useId();
  const view = props.view.value;
  const lang = props.lang.value;
  const title = t('panel.title', { name: view.name ?? view.tenant }, lang);
  return (
    <section
      class={`sg-root sg-panel sg-panel--${variant}`}
      part="panel"
      lang={lang}
      aria-label={props.label ?? title}
      aria-busy={view.status === 'loading'}
    >
      <PanelHeader title={title} report={view.report} lang={lang} collapsed={collapsed} bodyId={bodyId} />
      {!collapsed.value && (
        <PanelBody
          id={bodyId}
          view={view}
          lang={lang}
          now={props.now}
          compact={variant === 'compact'}
          onRefresh={onRefresh}
          raiseHref={raise?.href}
          words={words}
          link={props.link}
        />
      )}
      <p class="sg-sr-only" aria-live="polite">
        {announcement(view, lang, words)}
      </p>
    </section>
  );
}

import { type Lang, t } from '../../lib/i18n';
import type { Notice } from '../../lib/view/options';

export interface NoticeLineProps {
  notice: Notice | null;
  lang: Lang;
  id?: string;
}

/** A result line in a live region that stays mounted, so every new text is announced. */
export function NoticeLine({ notice, lang, id }: NoticeLineProps) {
  return (
    <p id={id} class={`sg-notice sg-notice--${notice?.tone ?? 'none'}`} role="status" aria-live="polite">
      {notice?.lead ? `${t(notice.lead, {}, lang)} ` : ''}
      {notice ? t(notice.key, notice.params ?? {}, lang) : ''}
    </p>
  );
}

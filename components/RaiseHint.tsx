import { type Lang, t } from '../lib/i18n/panel';
import type { Enforce } from '../lib/rules';
import { safeHref } from '../lib/view/href';

export interface RaiseHintProps {
  enforce: Enforce;
  lang: Lang;
  /** The vendor's page for raising the limit; anything but an absolute http(s) or mailto link is dropped. */
  href?: string | undefined;
}

/** The vendor's way to raise the limit of a pool with this enforcement. */
export function RaiseHint({ enforce, lang, href }: RaiseHintProps) {
  const link = safeHref(href);
  return (
    <p class="sg-raise" part="raise">
      {t(`raise.${enforce}`, {}, lang)}
      {link && ' '}
      {link && (
        <a class="sg-link" part="link" href={link} target="_blank" rel="noopener noreferrer">
          {t('panel.raise-link', {}, lang)}
        </a>
      )}
    </p>
  );
}

import { safeHref } from '../lib/view/href';
import type { RaiseWords } from '../lib/view/words';

export interface RaiseHintProps {
  words: RaiseWords;
  /** The vendor's page for raising the limit; anything but an absolute http(s) or mailto link is dropped. */
  href?: string | undefined;
}

/** The vendor's way to raise the limit of a pool with this enforcement. */
export function RaiseHint({ words, href }: RaiseHintProps) {
  const link = safeHref(href);
  return (
    <p class="sg-raise" part="raise">
      {words.hint}
      {link && ' '}
      {link && (
        <a class="sg-link" part="link" href={link} target="_blank" rel="noopener noreferrer">
          {words.link}
        </a>
      )}
    </p>
  );
}

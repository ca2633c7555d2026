import { Fragment } from 'preact';
import { type Lang, t } from '../lib/i18n/panel';
import type { SuggestionItem } from '../lib/rules';
import { type LinkFor, safeHref } from '../lib/view/href';
import { nameOf, namesShown } from '../lib/view/text';

export interface NamesProps {
  items: readonly SuggestionItem[];
  /** How many there are in all; the view may carry only the first few. */
  count: number;
  lang: Lang;
  what: 'user' | 'team';
  /** Each name links to where the admin acts on it, when the host says where. */
  link?: LinkFor | undefined;
  /** In the guard's dialog a link opens a new tab, so the form keeps what was typed. */
  newTab?: boolean;
}

/** "Eva Meijer, Daan Smit, Jan Bakker +4 more", each name a link to its page on the host where there is one. */
export function Names({ items, count, lang, what, link, newTab = false }: NamesProps) {
  const { shown, more } = namesShown(items, count);
  return (
    <>
      {shown.map((item, i) => {
        const href = safeHref(link?.(what, item.id));
        return (
          <Fragment key={item.id}>
            {i > 0 && ', '}
            {href ? (
              <a
                class="sg-link"
                part="link"
                href={href}
                {...(newTab && { target: '_blank', rel: 'noopener noreferrer' })}
              >
                {nameOf(item)}
              </a>
            ) : (
              nameOf(item)
            )}
          </Fragment>
        );
      })}
      {more > 0 && ` ${t('suggestion.more', { count: more }, lang)}`}
    </>
  );
}

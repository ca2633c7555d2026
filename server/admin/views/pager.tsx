/** @jsxImportSource hono/jsx */
/** @jsxRuntime automatic */
import type { Page } from '../paging';
import type { Site } from '../sites/types';

/** Previous and next links with where the page sits in the list; nothing while the list fits one page. */
export function Pager({ site, page, href }: { site: Site; page: Page<unknown>; href: string }) {
  if (page.pages === 1) return null;
  const { pager } = site.text;
  const link = (n: number) => `${href}?page=${n}`;
  return (
    <nav class="pager" aria-label={pager.label}>
      {page.number > 1 ? (
        <a rel="prev" href={link(page.number - 1)}>
          {pager.previous}
        </a>
      ) : null}
      <span class="page-range">{pager.range(page.from, page.to, page.total)}</span>
      {page.number < page.pages ? (
        <a rel="next" href={link(page.number + 1)}>
          {pager.next}
        </a>
      ) : null}
    </nav>
  );
}

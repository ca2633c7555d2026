// Lists page by 50 rows as real hosts do (issue 2/4): a page of 100k users must stay a page.

export const PAGE_SIZE = 50;

/** One page of a list: its rows and where it sits. */
export interface Page<T> {
  rows: T[];
  number: number;
  pages: number;
  /** 1-based positions of the first and last row shown, and the list's length. */
  from: number;
  to: number;
  total: number;
}

/** The page `?page=` asks for (absent: the first), or undefined when no such page exists. */
export function pageOf<T>(list: readonly T[], asked: string | undefined): Page<T> | undefined {
  const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  if (asked !== undefined && !/^[1-9]\d{0,6}$/.test(asked)) return undefined;
  const number = asked === undefined ? 1 : Number(asked);
  if (number > pages) return undefined;
  const start = (number - 1) * PAGE_SIZE;
  const rows = list.slice(start, start + PAGE_SIZE);
  return {
    rows,
    number,
    pages,
    from: rows.length ? start + 1 : 0,
    to: start + rows.length,
    total: list.length,
  };
}

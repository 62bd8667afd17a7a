// Pure: one page of a paged list, cut as Astro's `paginate` cuts it, for the lists whose pages
// after the first the build writes itself (the mutation list, the prompt list: framed-pages/).

/** One page of a list, as Astro's `paginate` describes it (`start`, `end`: indexes of its first and last item). */
export interface ListPage<T> {
  data: T[];
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
}

/** Page `n` (from 1) of `list` at `size` items a page; an empty list is one empty page. */
export function listPage<T>(list: readonly T[], size: number, n: number): ListPage<T> {
  const start = (n - 1) * size;
  const end = Math.min(start + size, list.length);
  return { data: list.slice(start, end), currentPage: n, lastPage: Math.max(1, Math.ceil(list.length / size)), total: list.length, start, end: end - 1 };
}

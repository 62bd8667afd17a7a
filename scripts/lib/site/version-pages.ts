// Pure: how a prompt's versions are spread over its pages. The prompt's own page shows the cards
// (diffs included) of its newest `pageSize` versions; history/<id>/2/, /3/, ... the older ones,
// newest first, so no page grows with the length of a prompt's history. The versions table on the
// prompt's page still lists every version and links each to the page holding its card.
import { routes } from './urls.ts';

/** Page of the version at `newestFirstIndex` (0 = the newest): 1 is the prompt's own page. */
export function versionPageNumber(newestFirstIndex: number, pageSize: number): number {
  return Math.floor(newestFirstIndex / pageSize) + 1;
}

/** Pages a prompt of `versions` versions has (at least its own). */
export function versionPageCount(versions: number, pageSize: number): number {
  return Math.max(1, Math.ceil(versions / pageSize));
}

/** Site path of page `n` of a prompt's versions. */
export function versionPagePath(prompt: string, n: number): string {
  return n <= 1 ? routes.prompt(prompt) : routes.history(prompt, n);
}

/** The slice of `newestFirst` that page `n` shows. */
export function versionsOnPage<T>(newestFirst: readonly T[], n: number, pageSize: number): T[] {
  return newestFirst.slice((n - 1) * pageSize, n * pageSize);
}

// Server-only: which pages of the prompt list Astro renders, and what the build needs to write the
// others itself (site/integrations/framed-pages.ts). The dev server renders every page. A build
// renders page 1 only: every page of the list has the same head and frame, so the others are that
// page with their own title and <main> (scripts/lib/site/prompt-list-page/main.ts), written after
// Astro's pages.
import { getSite, isDevServer, pageSize, url } from './vault.ts';
import { publishFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { framedListPages } from '../../scripts/lib/site/framed-pages/list-pages.ts';
import { listPage, type ListPage } from '../../scripts/lib/site/list-page.ts';
import { promptListEntries, type PromptListEntry } from '../../scripts/lib/site/prompt-list.ts';
import { promptListMainHtml, promptListPageTitle } from '../../scripts/lib/site/prompt-list-page/main.ts';
import { routes } from '../../scripts/lib/site/urls.ts';

/** Page `n` of the prompt list. */
export async function promptListPage(n: number): Promise<ListPage<PromptListEntry>> {
  return listPage(await entries(), pageSize(), n);
}

/** The numbers of the pages Astro renders (every page under the dev server, else page 1). */
export async function promptListPageNumbers(): Promise<number[]> {
  const list = await entries();
  const size = pageSize();
  const last = listPage(list, size, 1).lastPage;
  if (isDevServer()) return Array.from({ length: last }, (_, i) => i + 1);
  // Site paths use `/` on every system, as the other framed pages write their files.
  const fileOf = (n: number) => `${routes.promptList(n)}index.html`;
  const mainOf = (n: number) => promptListMainHtml(listPage(list, size, n), url);
  publishFramedPages(framedListPages('prompt list pages', last, (n) => ({ file: fileOf(n), title: promptListPageTitle(n), main: () => mainOf(n) })));
  return [1];
}

// The entries of one site read, made once (every page of the list cuts the same list).
const bySite = new WeakMap<object, PromptListEntry[]>();
async function entries(): Promise<PromptListEntry[]> {
  const site = await getSite();
  let list = bySite.get(site);
  if (!list) {
    list = promptListEntries(site.data, site.model);
    bySite.set(site, list);
  }
  return list;
}

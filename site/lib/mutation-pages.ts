// Server-only: which pages of the mutation list Astro renders, and what the build needs to write
// the others itself (site/integrations/framed-pages.ts). The dev server renders every page. A
// build renders page 1 only: every page of the list has the same head, frame and script, so the
// others are that page with their own title and <main>, written from the same template
// (scripts/lib/site/mutation-page/main.ts) after Astro's pages. At 50,000 checkpoints that is 499
// Astro renders of a hundred logs each fewer.
import { getSite, isDevServer, pageSize, url } from './vault.ts';
import { publishFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { framedListPages } from '../../scripts/lib/site/framed-pages/list-pages.ts';
import { mutationMainHtml, mutationPage, mutationPageTitle } from '../../scripts/lib/site/mutation-page/main.ts';
import { routes } from '../../scripts/lib/site/urls.ts';

/** The numbers of the pages Astro renders (every page under the dev server, else page 1). */
export async function mutationPageNumbers(): Promise<number[]> {
  const { model } = await getSite();
  const size = pageSize();
  const last = mutationPage(model.newestFirst, size, 1).lastPage;
  if (isDevServer()) return Array.from({ length: last }, (_, i) => i + 1);
  const fileOf = (n: number) => `${routes.mutationsPage(n)}index.html`;
  const mainOf = (n: number) => mutationMainHtml(mutationPage(model.newestFirst, size, n), model, url);
  publishFramedPages(framedListPages('mutation list pages', last, (n) => ({ file: fileOf(n), title: mutationPageTitle(n), main: () => mainOf(n) })));
  return [1];
}

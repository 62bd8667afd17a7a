// Server-only: which clauses' regression pages Astro renders, and what the build needs to write
// the others itself (site/integrations/framed-pages.ts). The dev server renders every clause's
// page. A build renders the first one only: every regression page has the same head, frame and
// no script, so the others are that page with their own title and <main>, written from the same
// template (scripts/lib/site/regression-page/main.ts) after Astro's pages. At 50,000 checkpoints
// (500 clauses) that is 499 Astro renders of a few audits each, diffs included, fewer.
import { getSite, isDevServer, reviewGate, url } from './vault.ts';
import { publishFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { regressionMainHtml, regressionPageTitle } from '../../scripts/lib/site/regression-page/main.ts';
import { routes } from '../../scripts/lib/site/urls.ts';

/** The clause ids Astro renders a page for (every clause's under the dev server, else the first one's). */
export async function regressionPageIds(): Promise<string[]> {
  const { model } = await getSite();
  const ids = model.clauseIds;
  if (isDevServer() || ids.length === 0) return ids;
  // Site paths use `/` on every system, as the other framed pages write their files.
  const page = (id: string) => ({ file: `${routes.regression(id)}index.html`, title: regressionPageTitle(id) });
  const gate = reviewGate();
  publishFramedPages({
    name: 'regression pages',
    template: { ...page(ids[0]!), main: () => regressionMainHtml(ids[0]!, model, url, gate) },
    count: ids.length - 1,
    page: (i) => ({ ...page(ids[i + 1]!), main: regressionMainHtml(ids[i + 1]!, model, url, gate) }),
  });
  return ids.slice(0, 1);
}

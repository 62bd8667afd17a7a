// Server-only: which prompt pages Astro renders, and what the build needs to write the others
// itself (site/integrations/framed-pages.ts). The dev server renders every prompt's page. A build
// renders the first one only, the template: every prompt page has the same head (the same
// stylesheets), the same frame and the same script, so the others are that page with their own
// title and their own <main>, written from the same template (prompt-page/main.ts) in one pass
// after Astro's pages. At 50,000 checkpoints that is 5,000 of the site's 6,000 pages without an
// Astro render, response, head and render result each.
import { getSite, isDevServer, pageSize, url } from './vault.ts';
import { getLabels } from './labels.ts';
import { promptMainHtml, type PromptPageContext } from '../../scripts/lib/site/prompt-page/main.ts';
import { publishFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { framedPromptPages } from '../../scripts/lib/site/prompt-page/framed.ts';
import type { SiteLabelEntry } from '../../scripts/lib/site/labels-fs.ts';

type Site = Awaited<ReturnType<typeof getSite>>;

/** The ids Astro renders a page for (every prompt's under the dev server, else the first one's). */
export async function promptPageIds(): Promise<string[]> {
  const site = await getSite();
  const ids = site.model.promptIds;
  if (isDevServer() || ids.length === 0) return ids;
  const context = await contextsOf(site);
  publishFramedPages(framedPromptPages({ template: ids[0]!, rest: ids.slice(1), mainHtml: (id) => promptMainHtml(id, context(id)) }));
  return ids.slice(0, 1);
}

/** What prompt-page/main.ts needs for the page of `id`. */
export async function promptPageContext(id: string, site: Site): Promise<PromptPageContext> {
  return (await contextsOf(site))(id);
}

// The label entries of each prompt, grouped once per site read (a scan of every label per page
// grows with prompts times entries).
const bySite = new WeakMap<Site, Promise<(id: string) => PromptPageContext>>();
function contextsOf(site: Site): Promise<(id: string) => PromptPageContext> {
  let contexts = bySite.get(site);
  if (!contexts) {
    contexts = (async () => {
      const entries = new Map<string, SiteLabelEntry[]>();
      for (const label of await getLabels()) for (const entry of label.entries) entries.set(entry.prompt, [...(entries.get(entry.prompt) ?? []), entry]);
      const size = pageSize();
      return (id: string) => ({ model: site.model, labels: entries.get(id) ?? [], pageSize: size, url });
    })();
    bySite.set(site, contexts);
  }
  return contexts;
}

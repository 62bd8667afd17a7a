// Pure: the <main> of a page of the prompt list (/browse/prompts/, /2/, ...): every prompt id with
// its title and version count, `site.page_size` a page. site/pages/browse/prompts/ renders page 1
// through Astro with this markup; the build writes the other pages from its frame (framed-pages/),
// as it does the mutation list's (50 Astro renders fewer at 50,000 checkpoints, 500 at 500,000).
// Every id and title goes through text() or attr() (../html.ts), so the markup is what the .astro
// template wrote.
import { and, attr, text } from '../html.ts';
import type { ListPage } from '../list-page.ts';
import { pagerHtml, type SiteUrl } from '../prompt-page/parts.ts';
import type { PromptListEntry } from '../prompt-list.ts';
import { routes } from '../urls.ts';

/** The page's title (Base's `title`). */
export function promptListPageTitle(n: number): string {
  return n > 1 ? `Prompts, page ${n}` : 'Prompts';
}

export function promptListMainHtml(page: ListPage<PromptListEntry>, url: SiteUrl): string {
  const href = (n: number) => url(routes.promptList(n));
  const item = (entry: PromptListEntry) =>
    `<li><a${attr('href', url(routes.prompt(entry.id)))}>${text(entry.id)}</a> <span class="muted">${text(entry.title)}` +
    `${and(entry.versions > 0, () => text(` · ${entry.versions} version(s)`))}${and(entry.deleted, () => goneHtml(entry, url))}</span></li>`;
  return (
    `<h1>Prompts${and(page.currentPage > 1, () => `, page ${text(page.currentPage)}`)}</h1>` +
    `<p class="muted">${text(page.total)} prompt(s) by id${and(page.lastPage > 1, () => `; ${text(page.start + 1)}–${text(page.end + 1)} on this page`)}. The <a${attr('href', url(routes.checkpoints()))}>checkpoint grid</a> searches them by title, tag, tone and more.</p>` +
    pagerHtml({ current: page.currentPage, last: page.lastPage, href, label: 'Prompt pages (top)' }) +
    `<ul id="prompt-list">${page.data.map(item).join('')}</ul>` +
    pagerHtml({ current: page.currentPage, last: page.lastPage, href, label: 'Prompt pages (bottom)' })
  );
}

/** ` · moved to <id>` (linked) for a prompt moved away, ` · deleted` for one deleted. */
export function goneHtml(entry: Pick<PromptListEntry, 'movedTo'>, url: SiteUrl): string {
  return entry.movedTo === null ? ' · deleted' : ` · moved to <a${attr('href', url(routes.prompt(entry.movedTo)))}>${text(entry.movedTo)}</a>`;
}

// Pure: the <main> of a page of the mutation list (/belief/mutations/, /2/, ...): its heading,
// pagers, the page's tag and assistant filter and its mutation logs. site/pages/belief/mutations/
// renders page 1 through Astro with this markup; the build writes the other pages from that page's
// frame (framed-pages/), as it does the prompt pages: at 50,000 checkpoints that is 499 of the
// site's Astro renders, each of a hundred logs of six components. Every value from a record goes
// through text() or attr() (../html.ts), so the markup is what the .astro template wrote.
import { and, attr, text } from '../html.ts';
import { listPage, type ListPage } from '../list-page.ts';
import { commitHtml, diffHtml, pagerHtml, parentLinksHtml, tagsHtml, traitDeltasHtml, type SiteUrl } from '../prompt-page/parts.ts';
import { formatDateTime, splitPromptText } from '../prompt-text.ts';
import type { SiteModel, VersionView } from '../site-model.ts';
import { routes } from '../urls.ts';

/** One page of the list, as Astro's `paginate` describes it. */
export type MutationPage = ListPage<VersionView>;

/** Page `n` (from 1) of `list` at `size` logs a page, as Astro's `paginate` cuts it. */
export function mutationPage(list: VersionView[], size: number, n: number): MutationPage {
  return listPage(list, size, n);
}

/** The page's title (Base's `title`). */
export function mutationPageTitle(n: number): string {
  return n > 1 ? `Mutations, page ${n}` : 'Mutations';
}

const bodyOf = (value: string | null) => (value === null ? null : splitPromptText(value).body);
const slug = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '-');

export function mutationMainHtml(page: MutationPage, model: SiteModel, url: SiteUrl): string {
  const list = page.data;
  const tags = [...new Set(list.flatMap((v) => v.mutation!.symbolic_tags))].sort();
  const assistants = [...new Set(list.map((v) => v.mutation!.assistant).filter((a): a is string => a !== null))].sort();
  const href = (n: number) => url(routes.mutationsPage(n));
  const option = (value: string) => `<option${attr('value', value)}>${text(value)}</option>`;
  return (
    `<h1>Mutations${and(page.currentPage > 1, () => `, page ${text(page.currentPage)}`)}</h1>` +
    `<p class="muted">${text(page.total)} mutation log(s), newest first${and(page.lastPage > 1, () => `; ${text(page.start + 1)}–${text(page.end + 1)} on this page`)}. Each names the version it produced, its parents, the symbolic tags derived from the change and the trait deltas. The <a${attr('href', url(routes.checkpoints()))}>checkpoint grid</a> searches every version at once.</p>` +
    pagerHtml({ current: page.currentPage, last: page.lastPage, href, label: 'Mutation pages (top)' }) +
    `<form class="filters" id="mutation-filters" hidden aria-label="Filter this page's mutations">` +
    `<label>Tag<select name="tag"><option value="">any tag</option>${tags.map(option).join('')}</select></label>` +
    `<label>Assistant<select name="assistant"><option value="">any assistant</option>${assistants.map(option).join('')}</select></label>` +
    `<p role="status" aria-live="polite" id="mutation-count" class="muted" style="margin:0"></p></form>` +
    `<ol class="mutation-list" id="mutation-list">${list.map((v) => mutationItemHtml(v, url)).join('')}</ol>` +
    pagerHtml({ current: page.currentPage, last: page.lastPage, href, label: 'Mutation pages (bottom)' }) +
    `<p class="muted">Lineage pictures are on each prompt's page: ${text(model.promptIds.length)} prompt(s) listed on the <a${attr('href', url(routes.promptList()))}>prompt list</a>.</p>`
  );
}

function mutationItemHtml(v: VersionView, url: SiteUrl): string {
  const m = v.mutation!;
  const first = v.parents[0];
  const diff = first
    ? `<details><summary>Diff against ${text(first.prompt === v.prompt ? '' : `${first.prompt} `)}${text(first.label)}</summary>` +
      diffHtml({
        label: `Changes from ${first.prompt} ${first.label} to ${v.prompt} ${v.label}`, oldName: `${first.prompt} ${first.label}`, newName: `${v.prompt} ${v.label}`,
        oldText: bodyOf(first.text), newText: bodyOf(v.checkpoint.text), missing: first.text === null || v.checkpoint.text === null,
      }) +
      '</details>'
    : '';
  return (
    `<li${attr('data-tags', m.symbolic_tags.join(' '))}${attr('data-assistant', m.assistant ?? '')}${attr('id', `m-${slug(v.key)}`)}>` +
    `<div class="mutation-head"><strong><a${attr('href', url(routes.prompt(v.prompt)))}>${text(v.prompt)}</a> <a${attr('href', url(v.path))}>${text(v.label)}</a></strong>` +
    `<span>${text(m.kind)}</span><span>from ${parentLinksHtml(v.parents, v.prompt, url)}</span>` +
    `<span class="muted">${text(m.assistant ?? 'no assistant')}</span><span class="muted">${text(formatDateTime(m.created_at))}</span>${commitHtml(v.checkpoint.commit)}</div>` +
    `<div>${tagsHtml(m.symbolic_tags, true)}</div><div>${traitDeltasHtml(m.trait_delta)}</div>${diff}</li>`
  );
}

// Pure: the small pieces of a prompt's pages as HTML (a commit, tags, parent links, trait deltas,
// a pager, a diff, the lineage, the label chips). The .astro components of the same names (the
// lineage and the label chips have none: only prompt pages show them) write their markup through
// these functions, so a page Astro renders and a prompt page the build writes itself
// (framed-pages/write-fs.ts) share one template. Every value from a record goes through
// text() or attr() (../html.ts); the SVGs and diffs are escaped by their own renderers.
import { and, attr, text } from '../html.ts';
import { renderDiffHtml } from '../diff-html.ts';
import { renderLineageSvg } from '../lineage-svg.ts';
import { describeDelta, lineageOf, type ParentLink, type SiteModel } from '../site-model.ts';
import type { SiteLabelEntry } from '../labels-fs.ts';
import type { TraitName } from '../../schema/traits.ts';
import { routes } from '../urls.ts';

/** A site path under the base path (site/lib/vault.ts `url`). */
export type SiteUrl = (sitePath: string) => string;

export function commitHtml(commit: string | null): string {
  return commit ? `<code class="mono"${attr('title', commit)}>${text(commit.slice(0, 7))}</code>` : `<span class="muted" title="not in this clone's history">uncommitted</span>`;
}

export function tagsHtml(tags: readonly unknown[], symbolic = false): string {
  return tags.map((tag) => `<span class="${symbolic ? 'tag sym' : 'tag'}">${text(tag)}</span>`).join('');
}

export function parentLinksHtml(parents: readonly ParentLink[], prompt: string, url: SiteUrl): string {
  if (parents.length === 0) return '<span class="muted">none (new prompt)</span>';
  return parents.map((parent, i) => `${i > 0 ? ' + ' : ''}<a${attr('href', url(parent.path))}>${text(parent.prompt === prompt ? '' : `${parent.prompt} `)}${text(parent.label)}</a>`).join('');
}

export function traitDeltasHtml(delta: Record<TraitName, number>): string {
  const deltas = describeDelta(delta).filter((d) => d.sign !== 'zero');
  if (deltas.length === 0) return '<span class="delta zero">no trait change</span>';
  return deltas.map((d) => `<span class="delta ${d.sign}"><span class="arrow" aria-hidden="true">${d.sign === 'up' ? '▲' : '▼'}</span> ${text(d.name.replace(/_/g, ' '))} ${text(d.text)}</span>`).join('');
}

/** Links to the pages of a paged list: first, previous, a window around the current page, next, last. */
export function pagerHtml({ current, last, href, label }: { current: number; last: number; href: (page: number) => string; label: string }): string {
  if (last <= 1) return '';
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  let out = `<nav class="pager"${attr('aria-label', label)}>`;
  if (current > 1) out += `<a${attr('href', href(current - 1))} rel="prev">Previous</a>`;
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) out += '<span aria-hidden="true">…</span>';
    out += n === current ? `<span aria-current="page">${n}</span>` : `<a${attr('href', href(n))}${attr('aria-label', `Page ${n}`)}>${n}</a>`;
  });
  if (current < last) out += `<a${attr('href', href(current + 1))} rel="next">Next</a>`;
  return `${out}<span class="muted">page ${current} of ${last}</span></nav>`;
}

export interface DiffProps {
  oldName: string;
  newName: string;
  oldText: string | null;
  newText: string | null;
  /** Accessible name of the diff region, unique on the page. */
  label: string;
  /** Said when a text is missing from history. */
  missing?: boolean;
}

/** The site's one diff in its labelled region (diff2html escapes every line, the names are escaped). */
export function diffHtml({ oldName, newName, oldText, newText, label, missing = false }: DiffProps): string {
  if (missing) return `<p class="muted">The text of this version is not in this clone's history (fetch the full history to see the diff).</p>`;
  const html = renderDiffHtml({ oldName, newName, oldText, newText });
  if (html === null) return '<p class="muted">No change in the text.</p>';
  return `<div class="diff"${attr('aria-label', label)} role="region">${html}</div>`;
}

/** A prompt's lineage as SVG (no script, links outside any role="img") plus the same as a list. */
export function lineageHtml(model: SiteModel, prompt: string, url: SiteUrl): string {
  const { nodes, edges } = lineageOf(model, prompt);
  // The nodes are this call's own (lineageOf makes them): their links get the base path in place.
  let own = 0;
  for (const node of nodes) {
    node.href = url(node.href);
    if (node.own) own++;
  }
  const title = `Lineage of ${prompt}: ${own} version(s)`;
  const svg = renderLineageSvg({ id: prompt, nodes, edges, title });
  const nameOf = new Map(nodes.map((node) => [node.key, node.own ? node.versionLabel : `${node.prompt} ${node.versionLabel}`]));
  const parentsOf = new Map<string, { key: string; kind: string }[]>();
  for (const edge of edges) {
    const list = parentsOf.get(edge.to);
    if (list) list.push({ key: edge.from, kind: edge.kind });
    else parentsOf.set(edge.to, [{ key: edge.from, kind: edge.kind }]);
  }
  const items = nodes.map((node) => {
    const parents = parentsOf.get(node.key) ?? [];
    const from = parents.length > 0 ? ` · from ${parents.map((p, i) => `${i > 0 ? ' + ' : ''}${text(nameOf.get(p.key) ?? p.key)} (${text(p.kind)})`).join('')}` : '';
    return `<li><a${attr('href', node.href)}>${text(nameOf.get(node.key))}</a> <span class="muted">${text(node.label)}</span>${from}</li>`;
  });
  return (
    `<figure style="margin:0"><div class="frame" tabindex="0" role="region"${attr('aria-label', `${title} (picture)`)}>${svg}</div>` +
    '<figcaption class="legend">Boxes are versions (dashed: other prompts); arrows: edit (grey), fork (violet, dashed), rename (amber, dotted), merge (green).</figcaption></figure>' +
    `<details class="lineage-list"><summary>Lineage as a list</summary><ul>${items.join('')}</ul></details>`
  );
}

/** The labels (production, staging) naming a version of one prompt: a chip each, with the version and whether it lags. */
export function labelChipsHtml(entries: readonly SiteLabelEntry[], url: SiteUrl): string {
  if (entries.length === 0) return '';
  const chips = entries.map((entry) =>
    `<li${attr('data-label', entry.label)}><a${attr('href', url(routes.labelPage(entry.label, 1)))}><strong>${text(entry.label)}</strong></a> → ${text(entry.versionLabel)}` +
    and(entry.behind, () => `<span class="muted"> (current version: ${text(entry.behind)})</span>`) +
    (!entry.recorded ? '<span class="badge open"> no record: check fails</span>' : '') +
    '</li>');
  return `<section aria-labelledby="labels-heading" class="labels"><h2 id="labels-heading">Labels</h2><ul class="chips">${chips.join('')}</ul></section>`;
}

// Pure: the content (inside <main>) of one prompt's page: its current body (front matter apart),
// its versions with token counts over time (the current one marked), its lineage, the diff of
// each version's body against its parent(s), and a form comparing any two versions (the page's
// script, site/pages/prompts/[...id].astro, runs it). The Astro page renders this, and the build
// writes every other prompt's page with it (framed.ts, framed-pages/write-fs.ts): one template, no Astro render
// per prompt.
import { and, attr, flag, text } from '../html.ts';
import type { SiteLabelEntry } from '../labels-fs.ts';
import { compareLineage, currentVersionKey, type SiteModel } from '../site-model.ts';
import { compareLabel, compareVersions, inlinesCompareData, jsonForScript } from '../compare-data.ts';
import { formatDateTime, splitPromptText } from '../prompt-text.ts';
import { renderTokenChart } from '../token-chart.ts';
import { routes } from '../urls.ts';
import { versionPageCount, versionPageNumber, versionPagePath, versionsOnPage } from '../version-pages.ts';
import { commitHtml, labelChipsHtml, lineageHtml, pagerHtml, parentLinksHtml, tagsHtml, type SiteUrl } from './parts.ts';
import { versionCardHtml } from './version-card.ts';

export interface PromptPageContext {
  model: SiteModel;
  /** The entries of every label naming a version of this prompt, in label order. */
  labels: readonly SiteLabelEntry[];
  /** `site.page_size`: version cards on the prompt's own page. */
  pageSize: number;
  url: SiteUrl;
}

/** The HTML inside <main> of the page of prompt `id`; its <title> is the id. */
export function promptMainHtml(id: string, { model, labels, pageSize: size, url }: PromptPageContext): string {
  const file = model.promptFiles.get(id);
  const versions = model.byPrompt.get(id) ?? [];
  const latest = versions.at(-1);
  // The recorded title is the one every file shape yields (title, name, first heading, file name).
  const title = latest?.checkpoint.title ?? (typeof file?.front_matter.title === 'string' ? file.front_matter.title : id);
  const currentText = file?.text ?? latest?.checkpoint.text ?? null;
  const currentKey = currentVersionKey(model, id);
  const movedTo = file ? undefined : model.movedTo.get(id);
  const fm = (file?.front_matter ?? {}) as { assistant?: unknown; tone?: unknown; tags?: unknown[]; codex?: unknown[]; forked_from?: string };
  // `description` and `kind` are written by recorders that know the prompt's file format (issue 8); older records lack them.
  const latestRecord = (latest?.checkpoint ?? {}) as { description?: unknown; kind?: unknown };
  const description = typeof latestRecord.description === 'string' && latestRecord.description !== '' ? latestRecord.description : typeof file?.front_matter.description === 'string' ? file.front_matter.description : null;

  let out = `<h1>${text(title)} <span class="muted mono">${text(id)}</span></h1><p>` +
    (file ? `<span class="mono">${text(file.path)}</span>` : movedTo !== undefined ? `<span class="badge">moved to <a${attr('href', url(routes.prompt(movedTo)))}>${text(movedTo)}</a>: no file at this id in the working tree</span>` : '<span class="badge">deleted: no file in the working tree</span>') +
    and(fm.assistant, () => ` · assistant <strong>${text(fm.assistant)}</strong>`) +
    and(fm.tone, () => ` · tone ${text(fm.tone)}`) +
    (typeof latestRecord.kind === 'string' ? ` · format ${text(latestRecord.kind)}` : '') +
    and(fm.forked_from, () => ` · forked from <a${attr('href', url(routes.prompt(fm.forked_from!)))}>${text(fm.forked_from)}</a>`) +
    '</p>' +
    and(description, () => `<p data-testid="prompt-description">${text(description)}</p>`) +
    and(fm.tags && fm.tags.length > 0, () => `<p>${tagsHtml(fm.tags!)}</p>`) +
    labelChipsHtml(labels, url) +
    and(fm.codex && fm.codex.length > 0, () => `<p>Follows ${fm.codex!.map((c, i) => `${i > 0 ? ', ' : ''}<a${attr('href', url(routes.regression(String(c))))}>${text(c)}</a>`).join('')}</p>`) +
    (file ? '<h2 id="text">Current text</h2>' : '<h2 id="text">Last recorded text</h2>');
  if (currentText === null) out += `<p class="muted">The text is not in this clone's history.</p>`;
  else {
    const current = splitPromptText(currentText);
    const currentVersion = currentKey ? model.byKey.get(currentKey)! : undefined;
    out += and(currentVersion, () => `<p>Current version: <a${attr('href', `#${currentVersion!.anchor}`)}>${text(currentVersion!.label)}</a></p>`) +
      (current.frontMatter !== '' ? `<details><summary>Front matter</summary><pre class="text" data-testid="prompt-front-matter">${text(current.frontMatter)}</pre></details>` : '') +
      `<pre class="text" data-testid="prompt-text">${text(current.body)}</pre>`;
  }

  out += '<h2 id="versions">Versions</h2>';
  const newestFirst = [...versions].reverse();
  // The newest `site.page_size` versions get their cards (diffs) here, older ones on history pages.
  const versionPages = versionPageCount(versions.length, size);
  const cards = versionsOnPage(newestFirst, 1, size);
  const historyHref = (n: number) => url(versionPagePath(id, n));
  if (versions.length === 0) out += '<p class="muted">No version recorded yet: commit the prompt with the hook installed.</p>';
  else {
    const byDate = [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.version - b.version);
    const chart = renderTokenChart(byDate.map((v) => ({ label: v.label, tokens: v.checkpoint.token_count, current: v.key === currentKey })));
    out += `<figure style="margin:0"><div class="frame" tabindex="0" role="region" aria-label="Token count per version (chart)">${chart}</div><figcaption class="legend">Token count per version, oldest to newest; the ringed point is the current version. The numbers are in the table below.</figcaption></figure>` +
      `<div class="frame" tabindex="0" role="region" aria-label="Versions table"><table class="data"><caption class="muted" style="text-align:left">${versions.length} version(s), newest first</caption>` +
      '<thead><tr><th scope="col">Version</th><th scope="col">Kind</th><th scope="col">Parents</th><th scope="col">Tokens</th><th scope="col">Tone</th><th scope="col">Date</th><th scope="col">Commit</th></tr></thead><tbody>';
    newestFirst.forEach((v, i) => {
      const page = versionPageNumber(i, size);
      const href = page > 1 ? `${historyHref(page)}#${v.anchor}` : `#${v.anchor}`;
      out += `<tr${attr('id', page > 1 ? v.anchor : undefined)}><td><a${attr('href', href)}>${text(v.label)}</a>${v.key === currentKey ? ' <span class="badge current">current</span>' : ''}</td>` +
        `<td>${text(v.mutation?.kind ?? '—')}</td><td>${parentLinksHtml(v.parents, id, url)}</td><td>${text(v.checkpoint.token_count)}</td><td>${text(v.checkpoint.tone_type)}</td>` +
        `<td>${text(formatDateTime(v.date))}</td><td>${commitHtml(v.checkpoint.commit)}</td></tr>`;
    });
    out += `</tbody></table></div><h3 id="lineage">Lineage</h3>${lineageHtml(model, id, url)}`;
    // Across the prompt's moves, as `promptvault diff` compares: a moved prompt's versions before the move too.
    const comparable = compareLineage(model, id);
    if (comparable.length > 1) out += compareHtml(id, comparable, size, url);
  }
  for (const v of cards) out += versionCardHtml(v, id, v.key === currentKey, url);
  if (versionPages > 1) out += `<p>Older versions, ${size} per page: <a${attr('href', historyHref(2))}>versions before ${text(cards.at(-1)!.label)}</a>.</p>`;
  return out + pagerHtml({ current: 1, last: versionPages, href: historyHref, label: 'Version pages' });
}

/**
 * The form comparing two versions. Bodies for its script: in the page for a short history, else
 * fetched from their own file when the reader first compares (compare-data.ts), so no page grows
 * with the history.
 */
function compareHtml(id: string, versions: SiteModel['versions'], size: number, url: SiteUrl): string {
  const options = (selectedAt: number) => versions.map((v, i) => `<option${attr('value', v.key)}${flag('selected', i === selectedAt)}>${text(compareLabel(id, v))}</option>`).join('');
  const data = inlinesCompareData(versions, size)
    ? `<script type="application/json" id="compare-data">${jsonForScript(compareVersions(id, versions))}</script>`
    : `<script type="application/json" id="compare-data"${attr('data-src', url(routes.compareData(id)))}></script>`;
  return '<section aria-labelledby="compare-h"><h3 id="compare-h">Compare two versions</h3><form class="compare filters" id="compare-form" hidden>' +
    `<label>From <select name="from">${options(versions.length - 2)}</select></label><label>To <select name="to">${options(versions.length - 1)}</select></label>` +
    '<button type="submit">Compare</button></form><noscript><p class="muted">Comparing two chosen versions needs JavaScript; each version below shows its diff against its parents.</p></noscript>' +
    `<div id="compare-out" aria-live="polite"></div>${data}</section>`;
}

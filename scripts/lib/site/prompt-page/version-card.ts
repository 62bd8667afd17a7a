// Pure: one version of a prompt as a card: its heading, origin, tags and trait deltas, and its diff
// against each parent (or its text, for a first version). On the prompt's page for the newest
// `site.page_size` versions, on its history pages for the older ones (VersionCard.astro).
import { and, attr, text } from '../html.ts';
import { formatDateTime, splitPromptText } from '../prompt-text.ts';
import type { VersionView } from '../site-model.ts';
import { commitHtml, diffHtml, parentLinksHtml, tagsHtml, traitDeltasHtml, type SiteUrl } from './parts.ts';

const bodyOf = (value: string | null) => (value === null ? null : splitPromptText(value).body);

/** `prompt`: the prompt whose page (or history page) shows the card. */
export function versionCardHtml(v: VersionView, prompt: string, current: boolean, url: SiteUrl): string {
  const c = v.checkpoint;
  let out = `<section class="card"${attr('id', v.anchor)}${attr('aria-labelledby', `${v.anchor}-h`)}>` +
    `<h3${attr('id', `${v.anchor}-h`)}>${text(v.label)} ${current ? '<span class="badge current">current</span>' : ''} · ${text(v.mutation?.kind ?? 'recorded')} · ${text(formatDateTime(v.date))} · ${commitHtml(c.commit)}</h3>` +
    `<p>From ${parentLinksHtml(v.parents, prompt, url)} · ${text(c.token_count)} tokens · ${text(c.tone_type)} (${text(c.tone_source)}) · ${text(c.assistant ?? 'no assistant')}</p>` +
    and(v.mutation, () => `<p>${tagsHtml(v.mutation!.symbolic_tags, true)} ${traitDeltasHtml(v.mutation!.trait_delta)}</p>`);
  if (v.parents.length === 0) {
    out += c.text === null ? `<p class="muted">Text not in this clone's history.</p>` : `<details><summary>Text of ${text(v.label)}</summary><pre class="text">${text(bodyOf(c.text))}</pre></details>`;
  } else {
    for (const parent of v.parents) {
      const parentName = `${parent.prompt === prompt ? '' : `${parent.prompt} `}${parent.label}`;
      const diff = diffHtml({ label: `Changes from ${parent.prompt} ${parent.label} to ${prompt} ${v.label}`, oldName: `${parent.prompt} ${parent.label}`, newName: `${prompt} ${v.label}`, oldText: bodyOf(parent.text), newText: bodyOf(c.text), missing: parent.text === null || c.text === null });
      out += `<div><h4>Diff against ${text(parentName)}</h4>${diff}</div>`;
    }
  }
  return `${out}</section>`;
}

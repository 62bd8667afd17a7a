// Pure: the <main> of a clause's regression page (/codex/regression/<clauseId>/): the clause, its
// open audits linked, and every audit newest first with its similarity, tone, reasons, review,
// diff and the prompts it touched. site/pages/codex/regression/ renders the first clause's page
// through Astro with this markup; the build writes every other clause's page from that page's
// frame (framed-pages/), as it does the prompt pages and the mutation list: at 50,000 checkpoints
// that is 499 of the site's Astro renders. Every value from a clause or an audit goes through
// text() or attr() (../html.ts), so the markup is what the .astro template wrote, byte for byte.
import { and, attr, text } from '../html.ts';
import { commitHtml, diffHtml, type SiteUrl } from '../prompt-page/parts.ts';
import { auditState, isReviewSuggested, reasonText } from '../audit-state.ts';
import { formatDateTime } from '../prompt-text.ts';
import { auditMoves, closingCommand, undoingAudit } from '../../guard/open-audits.ts';
import type { GateSettings } from '../../guard/reviewer-gate.ts';
import type { SiteAudit } from '../load-vault-fs.ts';
import type { SiteModel } from '../site-model.ts';
import { routes } from '../urls.ts';
import { clauseDisplayTitle } from '../../prompt/clause-title.ts';

/** The page's title (Base's `title`). */
export function regressionPageTitle(clauseId: string): string {
  return `Regressions of ${clauseId}`;
}

const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n < 0 ? `−${Math.abs(n).toFixed(2)}` : '±0');

export function regressionMainHtml(clauseId: string, model: Pick<SiteModel, 'clauseFiles' | 'auditsByClause' | 'openAuditIds'>, url: SiteUrl, gate?: GateSettings): string {
  const clause = model.clauseFiles.get(clauseId);
  const audits = model.auditsByClause.get(clauseId) ?? [];
  const open = audits.filter((audit) => model.openAuditIds.has(audit.id));
  // The moves among all clauses' audits (undoingAudit), found once a page, and only for a page with an audit to review.
  let moves: ReturnType<typeof auditMoves> | undefined;
  const movesOf = () => (moves ??= auditMoves(model.auditsByClause));
  const title = clause ? clauseDisplayTitle({ frontMatter: clause.front_matter, body: clause.body, path: clause.path }) : clauseId;
  const tone = clause?.front_matter.tone;
  return (
    `<p><a${attr('href', url(routes.codex()))}>Codex</a> › <span class="mono">${text(clauseId)}</span></p>` +
    `<h1>${text(title)} <span class="muted mono">${text(clauseId)}</span></h1>` +
    (clause
      ? `<p class="mono">${text(clause.path)}${tone ? `<span> · declared tone ${text(String(tone))}</span>` : ''}</p>`
      : '<p><span class="badge">deleted: no file in the working tree</span></p>') +
    and(clause, () => `<h2 id="text">Current text</h2><pre class="text">${text(clause!.body)}</pre>`) +
    '<h2 id="history">History</h2>' +
    and(open.length > 0, () => `<p><span class="badge open">${text(open.length)} open</span> ${open.map((a) => `<a${attr('href', `#${a.id}`)} style="margin-left:.5rem">${text(formatDateTime(a.created_at))}</a>`).join('')}</p>`) +
    (audits.length === 0
      ? '<p class="muted">No audit recorded for this clause yet.</p>'
      : `<ol reversed style="list-style:none;padding:0">${[...audits].reverse().map((audit) => auditHtml(clauseId, audit, model.openAuditIds.has(audit.id), url, gate, audits, model.auditsByClause, movesOf)).join('')}</ol>`)
  );
}

/** The clause whose audits hold `id` (another page's: the id the clause had before it moved). */
function revertedClause(allAudits: ReadonlyMap<string, readonly SiteAudit[]>, id: string): string | undefined {
  for (const [clause, audits] of allAudits) if (audits.some((audit) => audit.id === id)) return clause;
  return undefined;
}

function auditHtml(clauseId: string, audit: SiteAudit, needsReview: boolean, url: SiteUrl, gate: GateSettings | undefined, clauseAudits: readonly SiteAudit[], allAudits: ReadonlyMap<string, readonly SiteAudit[]>, movesOf: () => ReturnType<typeof auditMoves>): string {
  const state = auditState(audit, needsReview);
  const when = formatDateTime(audit.created_at);
  const similarity = audit.similarity;
  const below = similarity !== null && similarity.score < similarity.threshold;
  const delta = audit.prompt_delta;
  const promptItem = (lead: string) => (p: { prompt: string; version: number | null }) =>
    `<li>${lead}: <a${attr('href', url(routes.prompt(p.prompt)))}>${text(p.prompt)}</a>${and(p.version !== null, () => ` v${text(p.version)}`)}</li>`;
  return (
    `<li${attr('class', needsReview ? 'card needs-review' : 'card')}${attr('id', audit.id)}${attr('data-audit', audit.id)}${attr('data-open', needsReview ? 'true' : 'false')}${attr('data-state', state.state)}${attr('aria-labelledby', `${audit.id}-h`)}>` +
    `<h3${attr('id', `${audit.id}-h`)}>${text(when)} · ${text(audit.change)} ` +
    (audit.regression_flag
      ? `<span${attr('class', needsReview ? 'badge open' : 'badge')}>${needsReview ? 'regression: needs review' : 'regression flagged'}</span>`
      : '<span class="badge none">not flagged</span>') +
    ' ' +
    and(isReviewSuggested(audit), () => '<span class="badge pending" data-testid="review-suggested">review suggested</span> ') +
    `<span${attr('class', `badge ${state.badge}`)}>${text(state.state === 'no-review-needed' ? 'no review needed' : `review: ${state.text}`)}</span></h3>` +
    `<p class="muted">Audit <span class="mono">${text(audit.id)}</span> · ${commitHtml(audit.commit)}${and(audit.guard_version, () => ` · judged by guard <span class="mono" data-testid="guard-version">${text(audit.guard_version)}</span>`)}</p>` +
    and(audit.renamed_from, () => `<p>Moved from <a${attr('href', url(routes.regression(audit.renamed_from!)))}>${text(audit.renamed_from)}</a>; compared with its text there.</p>`) +
    // A link only to an audit that is there: on this page, or on the page of the id the clause had
    // before a move; a squash merge can leave it out (`check` says so, `repair` drops this one).
    and(audit.reverts, () => {
      const holder = clauseAudits.some((other) => other.id === audit.reverts) ? clauseId : revertedClause(allAudits, audit.reverts!);
      return holder !== undefined
        ? `<p>Restores the text that the flagged audit <a${attr('href', holder === clauseId ? `#${audit.reverts}` : `${url(routes.regression(holder))}#${audit.reverts}`)}><span class="mono">${text(audit.reverts)}</span></a>${holder === clauseId ? '' : ` (of ${text(holder)}, before the clause moved)`} replaced, so it is not flagged.</p>`
        : `<p data-testid="reverts-missing">Restores the text that the flagged audit <span class="mono">${text(audit.reverts)}</span> replaced, so it is not flagged; that audit is not in this vault (a squash merge left it out: <code>promptvault check</code> says what to run).</p>`;
    }) +
    (similarity
      ? `<p>Similarity <strong>${text(similarity.score.toFixed(3))}</strong>${and(below, () => '<span class="badge open" style="margin-left:.3rem">below threshold</span>')}` +
        `${below ? ' is below ' : ' is at or above '} the threshold <strong>${text(similarity.threshold)}</strong>` +
        `<span class="muted"> (${text(similarity.metric)}, ${text(similarity.embedder)} ${text(similarity.model)})</span></p>`
      : `<p class="muted">No similarity: nothing to compare (${text(audit.change)} clause).</p>`) +
    `<p data-testid="audit-tone">Tone: declared ${text(audit.tone.declared ?? 'none')}; measured ${text(audit.tone.previous ?? '—')} → ${text(audit.tone.new ?? '—')}; ` +
    `formality ${text(signed(audit.tone.formality_shift))}, sentiment ${text(signed(audit.tone.sentiment_shift))}</p>` +
    (audit.reasons.length > 0
      ? `<h4>Reasons</h4><ul>${audit.reasons.map((reason) => `<li><code>${text(reason.code)}</code>: ${text(reasonText(reason))}${and(reason.advisory === true, () => '<span class="muted"> (advisory: does not flag the change)</span>')}</li>`).join('')}</ul>`
      : '<p class="muted">No rule fired.</p>') +
    `<p>Review: <strong>${text(state.text)}</strong>` +
    and(audit.review.by, () => ` by ${text(audit.review.by)}`) +
    and(audit.review.at, () => ` on ${text(formatDateTime(audit.review.at!))}`) +
    (audit.review.note ? `: <q>${text(audit.review.note)}</q>` : '') +
    '</p>' +
    and(audit.decision_refused, () => `<p data-testid="decision-refused">This decision does not count: ${text(audit.decision_refused)}.</p>`) +
    // The audit that undid this change, looked for only where what closes it is shown.
    and(needsReview, () => `<p>To close it: <code>${text(closingCommand(audit, gate, undoingAudit(allAudits, audit, movesOf()), audit.undo))}</code></p>`) +
    '<h4>Diff</h4>' +
    diffHtml({ label: `Changes to ${clauseId} in audit ${audit.id} (${when})`, oldName: `${audit.renamed_from ?? clauseId} before`, newName: `${clauseId} after (${when})`, oldText: audit.previous_version, newText: audit.new_version }) +
    '<h4>Prompts affected</h4>' +
    (delta.citing.length + delta.changed_in_commit.length === 0
      ? '<p class="muted">None.</p>'
      : `<ul>${delta.citing.map(promptItem('cites it')).join('')}${delta.changed_in_commit.map(promptItem('changed in the same commit')).join('')}</ul>`) +
    and((delta.changed_in_commit_total ?? 0) > delta.changed_in_commit.length, () => `<p class="muted">${text(delta.changed_in_commit_total)} prompt versions were recorded in that commit; the first ${text(delta.changed_in_commit.length)} are listed.</p>`) +
    '</li>'
  );
}

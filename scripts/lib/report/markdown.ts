// Pure: a branch report as GitHub-flavoured Markdown, for a job summary or a PR comment. The
// first line is a marker the workflow finds to update its own comment instead of adding another.
// Text from prompts, clauses and reviews is escaped so it cannot become markup or a mention.
import type { BranchReport } from './branch-report.ts';
import { shellWord } from '../shell-word.ts';
import { whoReviews } from '../guard/reviewer-gate.ts';

export const REPORT_MARKER = '<!-- promptvault-report -->';

/** Text for a Markdown table cell or line: no markup, no table breaks, no @mentions, no HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(MENTION, BROKEN_MENTION);
}

/**
 * Text as one inline code span that nothing in it can end: CommonMark closes a span only at a run
 * of backticks as long as the one that opened it (a clause id is a file name, and may hold one).
 * A line break would let the next line start a block of its own: it becomes a space.
 */
function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = longestBacktickRun(flat);
  if (longest === 0) return `\`${flat}\``;
  const ticks = '`'.repeat(longest + 1);
  return `${ticks} ${flat} ${ticks}`;
}

/** The longest run of backticks in `text` (0 when none): a code span or fence must be longer to hold it. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
}

/** A mention starts at a word boundary (`@team`, not `refund@v2`): broken with a zero-width space. */
const MENTION = /(^|[^\w])@(?=[\w-])/g;
const BROKEN_MENTION = '$1@\u200b';

/** Text inside an HTML tag of the comment: no markup, and no @mention (GitHub finds mentions in HTML text too). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(MENTION, BROKEN_MENTION);
}

const signed = (value: number, digits = 0) => (value > 0 ? `+${value.toFixed(digits)}` : value < 0 ? `−${Math.abs(value).toFixed(digits)}` : '±0');

/**
 * Said when the base was not the first default ref (`origin/main` missing, the local `main` used,
 * or no base at all): a local branch may be behind the remote's, so the list may hold more or
 * less than the pull request. Nothing when a --base was given or the first ref was found.
 */
export function baseFallback(report: Pick<BranchReport, 'base_ref' | 'base_refs_missing'>, { plain = false }: { plain?: boolean } = {}): string | undefined {
  const missing = report.base_refs_missing ?? [];
  if (missing.length === 0) return undefined;
  // `plain`: for a terminal or a job's log, where Markdown's escapes would show (origin/release\_2).
  const code = (text: string) => (plain ? text : `\`${escapeMarkdown(text)}\``);
  const absent = missing.map(code).join(' or ');
  const local = report.base_ref && !report.base_ref.startsWith('origin/') ? ", this clone's own branch, which may be behind the remote's" : '';
  const used = report.base_ref ? `compared with ${code(report.base_ref)}${local}` : 'compared with no base: every record of the history is listed';
  return `Base: this clone has no ${absent}, so ${used}; fetch it (actions/checkout with ${code('fetch-depth: 0')}) or give ${code('--base REF')}.`;
}

export function formatReportMarkdown(report: BranchReport): string {
  let diffsAt = -1;
  const lines: string[] = [REPORT_MARKER, '## promptvault: what this branch changes', ''];
  const range = report.base ? `\`${report.base.slice(0, 12)}\`…\`${report.head.slice(0, 12)}\`` : `everything up to \`${report.head.slice(0, 12)}\``;
  const summary = [`${report.versions.length} prompt version(s)`, `${report.audits.length} clause audit(s)`];
  if (report.labels.length > 0) summary.push(`${report.labels.length} label change(s)`);
  lines.push(`${summary.join(', ')} in ${range}.${report.open > 0 ? ` **${report.open} audit(s) need a review before CI passes.**` : ''}`, '');
  const fellBack = baseFallback(report);
  if (fellBack) lines.push(fellBack, '');
  if (report.unreadable.length > 0) {
    const files = report.unreadable.slice(0, 5).map((file) => `\`${escapeMarkdown(file)}\``).join(', ');
    lines.push(`**${report.unreadable.length} record file(s) do not read** (${files}${report.unreadable.length > 5 ? ', …' : ''}): what they hold is missing below; \`promptvault check\` names the problems and the fix.`, '');
  }

  if (report.unrecorded.length > 0) {
    // Said first: the branch changed these without a record, so the lists below leave them out.
    lines.push(`**${report.unrecorded.length} file(s) changed without the hook (a web edit, a bot, hooks not installed) or rewritten after it (a pre-commit step after promptvault's, an amend with --no-verify): \`promptvault check\` fails until their records are committed (${codeSpan('npx promptvault record --all')}, then commit; ${codeSpan('npx promptvault repair')} where it says so).**`, '');
    for (const problem of report.unrecorded) lines.push(`- ${codeSpan(problem.file)}: ${escapeMarkdown(problem.message)}`);
    lines.push('');
  }
  lines.push('### Prompt versions', '');
  if (report.versions.length === 0) lines.push(report.unrecorded.length > 0 ? 'No prompt version recorded on this branch (see the files above).' : 'No prompt version recorded on this branch.', '');
  else {
    lines.push('| Prompt | Version | Kind | From | Tokens | Trait changes | Tags |', '|---|---|---|---|---:|---|---|');
    for (const v of report.versions) {
      const tokens = v.token_delta === null ? `${v.tokens}` : `${v.tokens} (${signed(v.token_delta)})`;
      const traits = v.trait_deltas.map((t) => `${t.name.replace(/_/g, ' ')} ${signed(t.value, Number.isInteger(t.value) ? 0 : 2)}`).join(', ') || '—';
      lines.push(`| ${escapeMarkdown(v.prompt)} | ${escapeMarkdown(v.label)} | ${v.kind} | ${escapeMarkdown(v.parents.join(' + ')) || '—'} | ${tokens} | ${traits} | ${v.symbolic_tags.map((tag) => `\`${tag.replace(/`/g, '')}\``).join(' ') || '—'} |`);
    }
    lines.push('');
  }

  lines.push('### Clause audits', '');
  if (report.audits.length === 0) lines.push('No clause audit written or reviewed on this branch.', '');
  else {
    // Who may run a review command: the same for every audit of the report.
    const who = escapeMarkdown(whoReviews({ reviewers: report.review_gate.reviewers ?? undefined, allow_self_review: report.review_gate.allow_self_review }));
    for (const a of report.audits) {
      const badge = a.state === 'open' || a.state === 'rejected-open' ? `**${a.state_text}**` : revertWording(a) ?? a.state_text;
      const similarity = a.similarity ? `, similarity ${a.similarity.score.toFixed(3)} (threshold ${a.similarity.threshold})` : '';
      lines.push(`- **${escapeMarkdown(a.clause)}** (${a.change}${similarity}): ${badge}${a.reviewed_only ? ' (reviewed on this branch)' : ''} · audit \`${escapeMarkdown(a.id)}\``);
      for (const reason of a.reasons) lines.push(`  - \`${escapeMarkdown(reason.code)}\`: ${escapeMarkdown(reason.text)}`);
      if (a.review.by || a.review.note) lines.push(`  - review${a.review.by ? ` by ${escapeMarkdown(a.review.by)}` : ''}${a.review.note ? `: “${escapeMarkdown(a.review.note)}”` : ''}`);
      if (a.reverts) lines.push(`  - changes the clause back to its text before audit \`${escapeMarkdown(a.reverts.id)}\`${a.reverts.status === 'rejected' ? ', which was rejected: this closes that rejection' : ''}`);
      else if (a.reverted_by && a.state !== 'open') lines.push(`  - changed back since by audit \`${escapeMarkdown(a.reverted_by)}\``);
      // A change undone since is closed by a rejection, as check's fix says (undoingAudit).
      if (a.state === 'open' && a.undone_by) lines.push(`  - changed back since by audit \`${escapeMarkdown(a.undone_by)}\`; close it with ${codeSpan(`npx promptvault review ${shellWord(a.clause)} --audit ${a.id} --reject --note "changed back by audit ${a.undone_by}"`)}${who}`);
      else if (a.state === 'open') lines.push(`  - close it with ${codeSpan(`npx promptvault review ${shellWord(a.clause)} --audit ${a.id} --accept --note "why"`)} (or \`--reject\`)${who}`);
    }
    lines.push('');
    diffsAt = lines.length;
  }

  if (report.labels.length > 0) {
    lines.push('### Labels', '', '| Label file | Prompt | Change | Before | After |', '|---|---|---|---|---|');
    for (const l of report.labels) lines.push(`| ${escapeMarkdown(l.file)} | ${escapeMarkdown(l.prompt ?? '—')} | ${l.change} | ${escapeMarkdown(l.before ?? '—')} | ${escapeMarkdown(l.after ?? '—')} |`);
    lines.push('');
  }
  if (diffsAt >= 0) lines.splice(diffsAt, 0, ...clauseDiffBlocks(report, COMMENT_LIMIT - lines.join('\n').length - NOTE_ROOM));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The state said of a change back and of the change it undid, in place of a bare "no review
 * needed" and "rejected": the first read as a new change of the clause (its reason
 * `negation-added`), the second as a regression still to fix (session 28, 5). Undefined for
 * any other audit.
 */
function revertWording(a: BranchReport['audits'][number]): string | undefined {
  if (a.state === 'no-review-needed' && a.reverts) return a.reverts.status === 'rejected' ? 'no review needed: changes back a rejected change' : 'no review needed: changes back an earlier change';
  if (a.state === 'rejected' && a.reverted_by) return 'rejected, and changed back (closed)';
  return undefined;
}

/**
 * GitHub refuses a comment body over 65,536 characters ("Body is too long"), and the workflow posts
 * this document as one: the clause texts, the one part that grows with the codex, take what room
 * the rest leaves.
 */
const COMMENT_LIMIT = 65_536;
/** Room kept for the line naming the texts left out. */
const NOTE_ROOM = 300;

/** Each clause's diff in a collapsed code block (where nothing renders), while they fit in `room`. */
function clauseDiffBlocks(report: BranchReport, room: number): string[] {
  const blocks: string[] = [];
  let left = 0;
  for (const [clause, diff] of Object.entries(report.clause_diffs)) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(diff) + 1));
    const block = [`<details><summary>${escapeHtml(clause)}: the clause's text on this branch</summary>`, '', `${fence}diff`, diff.trimEnd(), fence, '', '</details>', ''];
    const size = block.join('\n').length + 1;
    if (left === 0 && size <= room) {
      blocks.push(...block);
      room -= size;
    } else left++;
  }
  if (left > 0) blocks.push(`The text of ${left} more clause(s) is too long for this comment: \`npx promptvault report --json\` holds every clause's diff (\`clause_diffs\`), and the site's regression pages show them side by side.`, '');
  return blocks;
}

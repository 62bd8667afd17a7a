// Pure: a branch report as GitHub-flavoured Markdown, for a job summary or a PR comment. The
// first line is a marker the workflow finds to update its own comment instead of adding another.
// Text from prompts, clauses and reviews is escaped so it cannot become markup or a mention.
import type { BranchReport } from './branch-report.ts';
import { shellWord } from '../shell-word.ts';

export const REPORT_MARKER = '<!-- promptvault-report -->';

/** Text for a Markdown table cell or line: no markup, no table breaks, no @mentions, no HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    // A mention starts at a word boundary (`@team`, not `refund@v2`): break it with a zero-width space.
    .replace(/(^|[^\w])@(?=[\w-])/g, '$1@\u200b');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const signed = (value: number, digits = 0) => (value > 0 ? `+${value.toFixed(digits)}` : value < 0 ? `−${Math.abs(value).toFixed(digits)}` : '±0');

export function formatReportMarkdown(report: BranchReport): string {
  const lines: string[] = [REPORT_MARKER, '## promptvault: what this branch changes', ''];
  const range = report.base ? `\`${report.base.slice(0, 12)}\`…\`${report.head.slice(0, 12)}\`` : `everything up to \`${report.head.slice(0, 12)}\``;
  const summary = [`${report.versions.length} prompt version(s)`, `${report.audits.length} clause audit(s)`];
  if (report.labels.length > 0) summary.push(`${report.labels.length} label change(s)`);
  lines.push(`${summary.join(', ')} in ${range}.${report.open > 0 ? ` **${report.open} audit(s) need a review before CI passes.**` : ''}`, '');

  lines.push('### Prompt versions', '');
  if (report.versions.length === 0) lines.push('No prompt version recorded on this branch.', '');
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
    for (const a of report.audits) {
      const badge = a.state === 'open' || a.state === 'rejected-open' ? `**${a.state_text}**` : a.state_text;
      const similarity = a.similarity ? `, similarity ${a.similarity.score.toFixed(3)} (threshold ${a.similarity.threshold})` : '';
      lines.push(`- **${escapeMarkdown(a.clause)}** (${a.change}${similarity}): ${badge}${a.reviewed_only ? ' (reviewed on this branch)' : ''} · audit \`${escapeMarkdown(a.id)}\``);
      for (const reason of a.reasons) lines.push(`  - \`${escapeMarkdown(reason.code)}\`: ${escapeMarkdown(reason.text)}`);
      if (a.review.by || a.review.note) lines.push(`  - review${a.review.by ? ` by ${escapeMarkdown(a.review.by)}` : ''}${a.review.note ? `: “${escapeMarkdown(a.review.note)}”` : ''}`);
      if (a.state === 'open') lines.push(`  - close it with \`npx promptvault review ${shellWord(a.clause)} --audit ${a.id} --accept --note "why"\` (or \`--reject\`)`);
    }
    lines.push('');
    // The text itself, so a reviewer decides from the comment; in a code block, where nothing renders.
    for (const [clause, diff] of Object.entries(report.clause_diffs)) {
      const fence = '`'.repeat(Math.max(3, ...[...diff.matchAll(/`+/g)].map((run) => run[0].length + 1)));
      lines.push(`<details><summary>${escapeHtml(clause)}: the clause's text on this branch</summary>`, '', `${fence}diff`, diff.trimEnd(), fence, '', '</details>', '');
    }
  }

  if (report.labels.length > 0) {
    lines.push('### Labels', '', '| Label file | Prompt | Change | Before | After |', '|---|---|---|---|---|');
    for (const l of report.labels) lines.push(`| ${escapeMarkdown(l.file)} | ${escapeMarkdown(l.prompt ?? '—')} | ${l.change} | ${escapeMarkdown(l.before ?? '—')} | ${escapeMarkdown(l.after ?? '—')} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// `promptvault cites <clauseId>`: the prompts at HEAD whose `codex` front matter names a clause,
// each with its file and current version: who is affected before a clause is edited or removed.
import { formatProblems, printable, UserError, type Problem } from '../../lib/errors.ts';
import { classifyPath } from '../../lib/prompt/locate.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { openRepo, resolveHead } from '../../lib/git/index.ts';
import { buildVaultIndex, currentVersion } from '../../lib/labels/resolve.ts';
import { nearestAndKnown } from '../../lib/labels/nearest.ts';
import { readSnapshot } from '../../lib/vault/read-all.ts';
import { versionLabel } from '../../lib/vault/version-label.ts';
import { padColumn } from '../../lib/display-width.ts';

export interface CitingPrompt {
  prompt: string;
  path: string;
  /** Its current version's label (`v3·0d4cf2`), null when the file's text has no record. */
  version: string | null;
}

export interface CitesResult {
  clause: string;
  /** The clause file at HEAD, null when it was deleted or moved (prompts may still cite it). */
  path: string | null;
  prompts: CitingPrompt[];
  /**
   * The problems of prompt files at HEAD whose front matter is invalid (a wrong type, YAML read
   * leniently into a codex naming no clause): whether they cite the clause is unknown, so they are
   * named rather than left out unsaid.
   */
  inDoubt: Problem[];
}

export async function cites(options: { cwd: string; clause: string }): Promise<CitesResult> {
  const repo = await openRepo({ cwd: options.cwd });
  const head = await resolveHead(repo);
  if (head === null) throw new UserError('no-commits', 'the repository has no commits yet, so no prompt cites a clause');
  const config = readConfig(repo.dir);
  const snapshot = await readSnapshot(repo, config, { ref: head });
  const clause = snapshot.clauses.find((c) => c.id === options.clause);
  const citing = snapshot.prompts.filter((prompt) => prompt.frontMatter.codex.includes(options.clause));
  // In doubt: a prompt file not read at all (bad front matter, too large), or read leniently line by
  // line with a codex that names no clause (`codex: [refunds/limit` unclosed), unless it cites this one.
  const read = new Set(snapshot.prompts.map((prompt) => prompt.path));
  const listed = new Set(citing.map((prompt) => prompt.path));
  const inDoubt = snapshot.problems.filter((problem) => !listed.has(problem.file) && classifyPath(problem.file, config) === 'prompt' && (!read.has(problem.file) || problem.code === 'codex-unknown'));
  // A clause deleted while prompts still cite it is still worth listing; an id nothing knows is a typo.
  if (!clause && citing.length === 0 && inDoubt.length === 0) {
    throw new UserError('clause-unknown', `no clause has the id "${options.clause}" and no prompt cites it${nearestAndKnown(options.clause, snapshot.clauses.map((c) => c.id), { known: 'Clauses' })}`);
  }
  const index = buildVaultIndex(snapshot);
  const prompts = citing.map((prompt) => {
    const version = currentVersion(index, prompt.id);
    return { prompt: prompt.id, path: prompt.path, version: version ? versionLabel(version.version, version.key) : null };
  }).sort((a, b) => a.prompt.localeCompare(b.prompt));
  return { clause: options.clause, path: clause?.path ?? null, prompts, inDoubt };
}

/** The warning for prompt files cites could not read (stderr), or '' when every one was read. */
export function formatInDoubt(result: CitesResult): string {
  if (result.inDoubt.length === 0) return '';
  const files = new Set(result.inDoubt.map((problem) => problem.file)).size;
  return `promptvault cites: warning: ${files} prompt file(s) at HEAD have invalid front matter, so whether they cite ${printable(result.clause)} is unknown (fix them, then ask again):\n${formatProblems(result.inDoubt)}\n`;
}

/** One line a prompt, then a count: `support/refund  v3·0d4cf2  prompts/support/refund.md`. */
export function formatCites(result: CitesResult): string {
  // Aligned on the escaped id's width in a terminal (CJK letters take two columns), as `label list` does.
  const ids = padColumn(result.prompts.map((p) => printable(p.prompt)));
  const lines = result.prompts.map((p, i) => `${ids[i]}  ${(p.version ?? 'not recorded').padEnd(9)}  ${printable(p.path)}`);
  const where = result.path ? result.path : 'no file at HEAD: deleted or moved';
  lines.push(`promptvault cites: ${result.prompts.length} prompt(s) cite ${printable(result.clause)} (${printable(where)})`);
  return `${lines.join('\n')}\n`;
}

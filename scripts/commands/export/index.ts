// `promptvault export --format csv|json [--mutations]`: the checkpoints (or the mutation logs) of
// vault/ as one table, for a spreadsheet or a notebook.
import { UserError } from '../../lib/errors.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { openRepo } from '../../lib/git/index.ts';
import { csvField } from '../../lib/site/export-rows.ts';
import { TRAIT_NAMES } from '../../lib/schema/traits.ts';
import { recordProblems } from '../../lib/vault/read-all.ts';
import { readWorktreeSnapshot } from '../../lib/vault/read-worktree-git.ts';
import { compareCodeUnits } from '../../lib/code-unit-order.ts';

export interface ExportOptions {
  cwd: string;
  format: 'csv' | 'json';
  /** Export the mutation logs instead of the checkpoints. */
  mutations?: boolean;
}

type Row = Record<string, string | number | boolean | null | string[]>;

export async function exportVault(options: ExportOptions): Promise<string> {
  const repo = await openRepo({ cwd: options.cwd });
  // Records a sparse checkout keeps off the disk (vault/ out of the cone) are read from the index.
  const { snapshot } = await readWorktreeSnapshot(repo.dir, readConfig(repo.dir));
  const invalid = recordProblems(snapshot);
  if (invalid.length > 0) throw new UserError('record-invalid', 'vault/ holds invalid records; fix them (see `promptvault check`) before exporting', invalid);
  const rows: Row[] = options.mutations
    ? snapshot.mutations.map((m) => ({
        prompt: m.prompt, version: m.version, kind: m.kind, parent_prompt: m.parent_prompt, parent_version: m.parent_version,
        parents: m.parents.map((p) => `${p.prompt}@${p.version}`), assistant: m.assistant, symbolic_tags: m.symbolic_tags,
        created_at: m.created_at, content_hash: m.content_hash,
        ...Object.fromEntries(TRAIT_NAMES.map((name) => [`delta_${name}`, m.trait_delta[name]])),
      }))
    : snapshot.checkpoints.map((c) => ({
        prompt: c.prompt, version: c.version, title: c.title, assistant: c.assistant, tone_type: c.tone_type, tone_source: c.tone_source,
        tags: c.tags, created_at: c.created_at, path: c.path, tokenizer: c.tokenizer,
        ...Object.fromEntries(TRAIT_NAMES.map((name) => [name, c.traits[name]])),
        variables: c.variables, codex: c.codex, forked_from: c.forked_from, content_hash: c.content_hash,
      }));
  rows.sort((a, b) => compareCodeUnits(String(a.prompt), String(b.prompt)) || Number(a.version) - Number(b.version) || compareCodeUnits(String(a.created_at), String(b.created_at)));
  return options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows);
}

/** RFC 4180 CSV (lists joined by "; "), with the spreadsheet-formula guard of the site's export. */
function toCsv(rows: Row[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => {
      const value = row[column] ?? null;
      return csvField(Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? String(value) : value);
    }).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// Pure: label files to data and back. No disk, no git.
import { parseDocument } from 'yaml';
import type { Problem } from '../errors.ts';
import { lineAt, lineOfPath } from '../schema/validate.ts';
import { stringifyRecord } from '../vault/fast-yaml.ts';
import { parseRecord } from '../vault/serialize.ts';
import { END_MERGE } from '../vault/conflict-next-step.ts';
import { labelFileSchema, labelOfPath, type LabelFile } from './schema.ts';

const HEADER = '# Written by promptvault. Change it with `promptvault label set|rm`: every change is a commit, its history `git log` of this file.\n';
export const LABEL_EXAMPLE = 'label: production\nprompts:\n  support/refund:\n    version: 4\n    key: 0004-0d4cf2d0d827\n    content_hash: sha256-...';

export interface ParsedLabel extends LabelFile {
  /** Repository-relative path of the label file. */
  file: string;
  /** 1-based line of each prompt's entry, for problems found later. */
  lines: Record<string, number>;
}

export type ParsedLabelResult = { ok: true; value: ParsedLabel } | { ok: false; problems: Problem[] };

/** Parses and validates `vault/labels/<label>.yaml`, with problems pointing at lines. */
export function parseLabelFile(text: string, file: string): ParsedLabelResult {
  // Two branches that moved the same prompt's label merge into a conflict: say so once, with the
  // way out, instead of a YAML error per marker line.
  const conflict = /^(<{7}|={7}|>{7})(?: |$)/m.exec(text);
  if (conflict) {
    return { ok: false, problems: [{
      code: 'label-conflict', file, line: lineAt(text, conflict.index),
      message: 'has unresolved merge conflict markers (two branches moved this label)',
      expected: 'one version per prompt, as `promptvault label set` writes it',
      fix: `keep one side with \`git checkout --ours -- ${file}\` (or --theirs), then \`promptvault label set ${labelOfPath(file) ?? '<label>'} <id>@<version>\` for the version you want (it stages the file), ${END_MERGE}`,
    }] };
  }
  const checked = parseRecord(text, file, labelFileSchema, LABEL_EXAMPLE);
  if (!checked.ok) return checked;
  // Valid YAML by now: parsed again for the line of each entry (label files are small).
  const doc = parseDocument(text);
  const named = labelOfPath(file);
  if (named !== undefined && named !== checked.value.label) {
    return { ok: false, problems: [{ code: 'label-invalid', file, line: lineOfPath({ doc, source: text }, ['label']), message: `names the label "${checked.value.label}" but its file is that of "${named}"`, expected: `label: ${named}`, fix: `restore it with \`git checkout -- ${file}\`; labels are written by \`promptvault label set|rm\`` }] };
  }
  const lines: Record<string, number> = {};
  for (const id of Object.keys(checked.value.prompts)) {
    const line = lineOfPath({ doc, source: text }, ['prompts', id]);
    if (line !== undefined) lines[id] = line;
  }
  return { ok: true, value: { ...checked.value, file, lines } };
}

/** Stable bytes: prompts sorted by id, entry keys in schema order. */
export function serializeLabelFile(label: LabelFile): string {
  const prompts: Record<string, object> = {};
  for (const id of Object.keys(label.prompts).sort()) {
    const { version, key, content_hash, record } = label.prompts[id]!;
    prompts[id] = { version, key, content_hash, ...(record !== undefined && record !== id ? { record } : {}) };
  }
  return HEADER + stringifyRecord({ label: label.label, prompts });
}

// Pure: label files to data and back. No disk, no git.
import { isMap, parseDocument, type Document } from 'yaml';
import type { Problem } from '../errors.ts';
import { lineAt, lineOfPath } from '../schema/validate.ts';
import { stringifyRecord } from '../vault/fast-yaml.ts';
import { parseRecord } from '../vault/serialize.ts';
import { END_MERGE } from '../vault/conflict-sides.ts';
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
  // Valid YAML by now: parsed again for the line of each entry. Its keys were found unique above;
  // checked again, a map of 3,000 prompts costs the library 3,000 x 3,000 / 2 key comparisons.
  const doc = parseDocument(text, { uniqueKeys: false });
  const named = labelOfPath(file);
  if (named !== undefined && named !== checked.value.label) {
    return { ok: false, problems: [{ code: 'label-invalid', file, line: lineOfPath({ doc, source: text }, ['label']), message: `names the label "${checked.value.label}" but its file is that of "${named}"`, expected: `label: ${named}`, fix: `restore it with \`git checkout -- ${file}\`; labels are written by \`promptvault label set|rm\`` }] };
  }
  return { ok: true, value: { ...checked.value, file, lines: entryLines(doc, text) } };
}

/**
 * The line of each prompt's entry, as `lineOfPath(['prompts', id])` gives it (its value's first
 * line), in one pass. Asked id by id, each ask searched the entries and counted lines from the
 * top: quadratic, and `label set production --all` on a 3,000-prompt repository makes a 400 KB
 * file whose parse took seconds of CPU in every command reading labels (found on an adopter
 * trial: its site build went from 7 to 19 s of CPU).
 */
function entryLines(doc: Document, text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  const root = doc.contents;
  if (!isMap(root)) return lines;
  const pair = root.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === 'prompts');
  if (!pair) return lines;
  const fallback = rangeStart(pair.value) ?? rangeStart(pair.key) ?? rangeStart(root);
  if (!isMap(pair.value)) return lines;
  const newlines: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
  // 1 + the newlines before `offset`, as lineAt counts them.
  const lineOf = (offset: number) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  for (const item of pair.value.items) {
    const id = String((item.key as { value?: unknown } | null)?.value ?? item.key);
    // The first entry of an id, as a search from the top finds it.
    if (Object.hasOwn(lines, id)) continue;
    const offset = rangeStart(item.value) ?? rangeStart(item.key) ?? fallback;
    if (offset !== undefined) lines[id] = lineOf(offset);
  }
  return lines;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
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

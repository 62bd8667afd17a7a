// Node-only (git): the label files of a commit's tree, parsed.
import type { Problem } from '../errors.ts';
import { listTree, readBlobs, type Repo } from '../git/index.ts';
import { parseLabelFile, type ParsedLabel } from './parse.ts';
import { LABELS_DIR, labelOfPath } from './schema.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

export interface ReadLabels {
  labels: ParsedLabel[];
  problems: Problem[];
}

/** Every `vault/labels/<label>.yaml` at `ref`, sorted by label. */
export async function readLabelsAtRef(repo: Repo, { ref }: { ref: string }): Promise<ReadLabels> {
  const all = await listTree(repo, { ref, pathspecs: [`${LABELS_DIR}/`] });
  const entries = all.filter((entry) => labelOfPath(entry.path) !== undefined);
  const blobs = await readBlobs(repo, entries.map((entry) => entry.oid));
  const read = parseLabelFiles(entries.map((entry) => ({ path: entry.path, text: new TextDecoder().decode(blobs.get(entry.oid)!) })));
  read.problems.push(...strayFiles(all.map((entry) => entry.path)));
  return read;
}

export function parseLabelFiles(files: { path: string; text: string }[]): ReadLabels {
  const labels: ParsedLabel[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseLabelFile(file.text, file.path);
    if (parsed.ok) labels.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  labels.sort((a, b) => compareCodeUnits(a.label, b.label));
  return { labels, problems };
}

/** Files in vault/labels/ that no label can be (a name that is not a label's, a sub-folder): no reader would see them. */
export function strayFiles(paths: string[]): Problem[] {
  return paths
    .filter((file) => labelOfPath(file) === undefined && !file.endsWith('/README.md'))
    .map((file) => ({ code: 'label-name-invalid', file, message: 'is not a label file: vault/labels/ holds one <label>.yaml per label, named with letters, digits, "_", "-" and "."', expected: 'vault/labels/production.yaml', fix: `rename it, or set the label again with \`promptvault label set <label> <id>@<version>\`` }));
}

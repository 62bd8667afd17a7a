// Node-only (git): the label files of a commit's tree, parsed.
import type { Problem } from '../errors.ts';
import { listTree, readBlobs, type Repo } from '../git/index.ts';
import { parseLabelFile, type ParsedLabel } from './parse.ts';
import { LABELS_DIR, labelOfPath } from './schema.ts';

export interface ReadLabels {
  labels: ParsedLabel[];
  problems: Problem[];
}

/** Every `vault/labels/<label>.yaml` at `ref`, sorted by label. */
export async function readLabelsAtRef(repo: Repo, { ref }: { ref: string }): Promise<ReadLabels> {
  const entries = (await listTree(repo, { ref, pathspecs: [`${LABELS_DIR}/`] })).filter((entry) => labelOfPath(entry.path) !== undefined);
  const blobs = await readBlobs(repo, entries.map((entry) => entry.oid));
  return parseLabelFiles(entries.map((entry) => ({ path: entry.path, text: new TextDecoder().decode(blobs.get(entry.oid)!) })));
}

export function parseLabelFiles(files: { path: string; text: string }[]): ReadLabels {
  const labels: ParsedLabel[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseLabelFile(file.text, file.path);
    if (parsed.ok) labels.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  labels.sort((a, b) => a.label.localeCompare(b.label));
  return { labels, problems };
}

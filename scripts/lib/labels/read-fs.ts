// Node-only (fs, git): the label files of the working tree, parsed, and one label written and staged.
import fs from 'node:fs';
import path from 'node:path';
import type { Repo } from '../git/index.ts';
import { writeRecords } from '../vault/write-fs.ts';
import { readWorktreeFolder } from '../vault/worktree-folder-git.ts';
import { serializeLabelFile } from './parse.ts';
import { parseLabelFiles, type ReadLabels } from './read-git.ts';
import { LABELS_DIR, labelOfPath, labelPath, type LabelFile } from './schema.ts';

/**
 * Every `vault/labels/<label>.yaml` of the repository's working tree; those a sparse checkout keeps
 * off the disk come from the index (worktree-folder-git.ts), so a label set there keeps the entries
 * committed. `readLabelsFromDisk` is for a folder outside any repository.
 */
export async function readWorktreeLabels(repo: Repo): Promise<ReadLabels> {
  const files = await readWorktreeFolder(repo, LABELS_DIR);
  return parseLabelFiles(files.filter((file) => labelOfPath(file.path) !== undefined));
}

/** Every `vault/labels/<label>.yaml` in the folder `dir`, from the disk alone. */
export function readLabelsFromDisk(dir: string): ReadLabels {
  const folder = path.join(dir, LABELS_DIR);
  const names = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
  const files = names
    .map((name) => `${LABELS_DIR}/${name}`)
    .filter((file) => labelOfPath(file) !== undefined && fs.statSync(path.join(dir, file)).isFile())
    .map((file) => ({ path: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
  return parseLabelFiles(files);
}

/** Writes the label file atomically and stages it; a label naming nothing is removed. */
export async function writeLabel(repo: Repo, label: LabelFile): Promise<{ file: string; removed: boolean }> {
  const file = labelPath(label.label);
  if (Object.keys(label.prompts).length === 0) {
    await writeRecords(repo, [], [file]);
    return { file, removed: true };
  }
  await writeRecords(repo, [{ path: file, content: serializeLabelFile(label) }]);
  return { file, removed: false };
}

/** Removes a whole label and stages the removal. */
export async function removeLabel(repo: Repo, label: string): Promise<string> {
  const file = labelPath(label);
  await writeRecords(repo, [], [file]);
  return file;
}

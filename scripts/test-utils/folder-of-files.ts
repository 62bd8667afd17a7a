// A folder written from a map of relative paths to texts, its subfolders made on the way: the
// sites and out folders the build's placement tests start from.
import fs from 'node:fs';
import path from 'node:path';

/** Writes `files` (path inside the folder -> text) into `root/name` and returns that folder. */
export function folderOfFiles(root: string, name: string, files: Record<string, string>): string {
  const folder = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

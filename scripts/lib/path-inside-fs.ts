// Node-only: where a path leads, for the checks that keep what we write or remove inside a folder
// (the build's output folder, the files a previous build listed) and that name a folder as git does.
import fs from 'node:fs';
import path from 'node:path';

/** Whether a path relative to a folder leaves it: `..`, `../...` or absolute (a name like `..notes` stays inside). */
export function leavesFolder(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** `file` with its deepest existing folder's links resolved (the rest, not made yet, as given). */
export function realPathSoFar(file: string): string {
  let rest = '';
  for (let at = file; ; at = path.dirname(at)) {
    try {
      return path.join(fs.realpathSync(at), rest);
    } catch {
      if (path.dirname(at) === at) return file;
      rest = path.join(path.basename(at), rest);
    }
  }
}

// Node-only: a file the user names for a command's output (`export --out`, `bundle --out/--types`).
// A regular file (or a new one) is written atomically, through a temporary file renamed into place;
// anything else that already stands there (a device such as /dev/stdout or /dev/null, a named
// pipe) is written to where it is: a rename would put a regular file in its place (as root,
// `export --out /dev/full` replaced the device with the CSV and said "wrote /dev/full").
import fs from 'node:fs';
import path from 'node:path';
import { fileSystemError } from './fs-errors.ts';
import { writeFilesAtomic } from './vault/write-fs.ts';

/** Whether `file` stands and is no regular file (a device, a pipe, a socket; a folder is left to the rename, which refuses it). */
function isSpecialFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes each output: regular files together (every one or none), special files in place. Returns
 * the folders it made for them (the outermost missing one of each file's): said by the command, as
 * a typo in `--out dsit/prompts.json` made `dsit/` without a word (newcomer37).
 */
export function writeOutputFiles(writes: readonly { path: string; content: string }[]): { madeFolders: string[] } {
  const special = writes.filter((write) => isSpecialFile(write.path));
  const regular = writes.filter((write) => !special.includes(write));
  const madeFolders = missingFolders(regular.map((write) => write.path));
  for (const write of special) {
    try {
      fs.writeFileSync(write.path, write.content);
    } catch (error) {
      throw fileSystemError(error, write.path, `write ${write.path}`);
    }
  }
  if (regular.length > 0) writeFilesAtomic(regular.map((write) => ({ path: write.path, content: write.content })));
  return { madeFolders };
}

/** For each file, the outermost of the folders above it that do not exist, as the path names it. */
function missingFolders(files: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const file of files) {
    let outermost: string | undefined;
    for (let folder = path.dirname(file); !fs.existsSync(folder); folder = path.dirname(folder)) {
      outermost = folder;
      if (path.dirname(folder) === folder) break;
    }
    if (outermost !== undefined) missing.add(outermost);
  }
  return [...missing];
}

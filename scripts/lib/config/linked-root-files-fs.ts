// Node-only: finds the files init edits at the repository's top that are symbolic links. A
// monorepo may share one .gitattributes or .gitignore through a link, but git (2.32 and later)
// does not read such a link in the working tree ("unable to access '.gitattributes': Too many
// levels of symbolic links"): neither the shared lines nor the ones init adds would apply, and
// writing the file (a rename onto it) would replace the link and silently end the sharing.
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';

/** The files init may append to, with what init's line is for. */
const EDITED: Record<string, string> = {
  '.gitattributes': '`.husky/* text eol=lf`: the hook files stay LF in Windows clones',
  '.gitignore': '`node_modules/`',
};

/** A problem for each file init edits that is a symbolic link, naming its target and the fix. */
export function findLinkedRootFiles(dir: string): Problem[] {
  return Object.entries(EDITED).flatMap(([file, line]) => {
    let target: string;
    try {
      if (!fs.lstatSync(path.join(dir, file)).isSymbolicLink()) return [];
      target = fs.readlinkSync(path.join(dir, file));
    } catch {
      return [];
    }
    return [{
      code: 'root-file-symlink',
      file,
      message: `is a symbolic link (to ${target}); git does not read a ${file} that is a link in the working tree (it warns "unable to access '${file}': Too many levels of symbolic links"), so neither its lines nor the one init adds (${line}) would apply`,
      expected: `a regular file at ${file}`,
      fix: `replace the link by a copy of what it points to (cp follows the link, mv replaces it): \`cp ${file} ${file}.copy && mv ${file}.copy ${file}\`, commit it, and run \`promptvault init\` again`,
    }];
  });
}

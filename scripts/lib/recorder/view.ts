// What the recorder reads: the files of the commit being made. The hook sees them in the index
// git is committing; backfill sees a historical commit's tree plus the records it has replayed so
// far. Both answer the same three questions, so both run the very same recording code.
import { grepIndex, listIndex, type IndexEntry, type Repo } from '../git/index.ts';
import { readObjects } from '../git/loose-objects-fs.ts';

export interface TreeView {
  /** Files under git pathspecs (folders ending in "/", or `:(glob)` patterns). */
  list(pathspecs: string[]): Promise<IndexEntry[]>;
  /** Contents by blob id. */
  read(oids: string[]): Promise<Map<string, Buffer>>;
  /** Paths under pathspecs whose content matches an extended regular expression. */
  grep(pattern: string, pathspecs: string[]): Promise<string[]>;
}

/** The index being committed (GIT_INDEX_FILE aware): what the pre-commit hook records from. */
export function indexView(repo: Repo): TreeView {
  return {
    list: (pathspecs) => listIndex(repo, { pathspecs }),
    // Staged files are loose objects, read in this process; packed ones go to cat-file.
    read: (oids) => readObjects(repo, oids),
    grep: (pattern, pathspecs) => grepIndex(repo, { pattern, pathspecs }),
  };
}

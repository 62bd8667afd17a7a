// Pure: whether an attribute file could give attributes to some of the paths a commit stages. Every
// repository `init` set up has a root .gitattributes (`.husky/* text eol=lf`); refusing on the
// file's presence left every adopter's records to `git update-index`. Answers "no" only where git's
// matching (gitattributes(5), wildmatch) certainly finds nothing: a pattern of plain characters and
// `*`, anchored ones by their literal start, the others against the file name. Anything else
// (quotes, escapes, `?`, brackets, `!`, a folder pattern) counts as reaching the paths.

const SIMPLE_PATTERN = /^[A-Za-z0-9_.\-/*+@=,~]+$/;

/**
 * Whether a line of `text` (an attribute file in `folder`: repository-relative, '' or ending in
 * '/'; '' also for files outside the worktree, which match from its top) may match one of `paths`.
 */
export function attributesMayReach(text: string, folder: string, paths: string[]): boolean {
  const below = paths.filter((file) => file.startsWith(folder)).map((file) => file.slice(folder.length));
  if (below.length === 0) return false;
  for (const line of text.split('\n')) {
    const pattern = line.trim().split(/[ \t]/)[0]!;
    // A macro's definition (`[attr]name ...`) gives nothing to a path by itself.
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('[attr]')) continue;
    if (!SIMPLE_PATTERN.test(pattern) || pattern.endsWith('/')) return true;
    const anchored = pattern.replace(/^\//, '');
    if (anchored.includes('/')) {
      // Matched against the whole path below the folder: its characters up to the first `*` must start it.
      const literal = anchored.split('*')[0]!;
      if (below.some((file) => file.startsWith(literal))) return true;
    } else {
      const name = new RegExp(`^${anchored.replace(/[.+]/g, '\\$&').replace(/\*+/g, '[^/]*')}$`);
      if (below.some((file) => name.test(file.slice(file.lastIndexOf('/') + 1)))) return true;
    }
  }
  return false;
}

// Which prompt files the chosen globs would give one id (`.claude/agents/x.md` and
// `.claude/commands/x.md` under their own globs are both `x`), so `init` can say so before the
// first commit that touches them is blocked. Pure: takes the repository's paths.
import type { Config } from '../schema/config.ts';
import { classifyPath, globRoot, globToRegExp, idFromPath } from '../prompt/locate.ts';

export interface IdCollision {
  id: string;
  /** Two or more repository paths, in the order given. */
  paths: string[];
  /**
   * One glob over the files' nearest common folder, under which their ids keep the folders that
   * tell them apart (`.claude/**\/*.md`: agents/x and commands/x); undefined when they share none.
   */
  widerGlob?: string;
  /**
   * Where they share no folder (a plugin repository's root `agents/review.md` and
   * `commands/review.md`): the globs that took them, each written with its fixed folder in braces
   * (`{agents}/*.md`, `{commands}/**\/*.md`), under which the ids keep that folder
   * (`agents/review`, `commands/review`); `from` is each glob as it was.
   */
  braced?: { from: string; to: string }[];
}

export function findIdCollisions(paths: readonly string[], config: Pick<Config, 'prompts' | 'codex'>): IdCollision[] {
  const byId = new Map<string, string[]>();
  for (const file of paths) {
    if (classifyPath(file, config) !== 'prompt') continue;
    const id = idFromPath(file, 'prompt', config);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  return [...byId].filter(([, files]) => files.length > 1).map(([id, files]) => {
    const widerGlob = widerGlobOf(files);
    const braced = widerGlob ? undefined : bracedGlobsOf(files, config.prompts);
    return { id, paths: files, ...(widerGlob ? { widerGlob } : {}), ...(braced ? { braced } : {}) };
  });
}

/**
 * A glob whose ids keep its fixed folder: the folder put in braces (`agents/*.md` ->
 * `{agents}/*.md`). An id is the path below the glob's fixed folder, the part before its first
 * wildcard or brace (locate.ts globRoot), so the braced folder is part of every id, and the glob
 * takes the same files. Undefined for a glob with no fixed folder, or one whose folder holds a
 * character braces would read (`,`, `{`, `}`).
 */
export function keepFolderInIds(glob: string): string | undefined {
  const root = globRoot(glob);
  if (root === '' || /[,{}]/.test(root)) return undefined;
  return `{${root.slice(0, -1)}}/${glob.slice(root.length)}`;
}

/** The globs that took `files` (the first that matches each, as idFromPath takes it), braced; undefined when one cannot be. */
function bracedGlobsOf(files: readonly string[], globs: readonly string[]): { from: string; to: string }[] | undefined {
  const taking = [...new Set(files.map((file) => globs.find((glob) => globToRegExp(glob).test(file))))];
  const braced = taking.map((from) => (from === undefined ? undefined : { from, to: keepFolderInIds(from) }));
  if (!braced.every((entry) => entry?.to !== undefined)) return undefined;
  const pairs = braced as { from: string; to: string }[];
  // Files of one folder (a.md beside a.prompt) keep one id however the folder is written.
  const globsThen = globs.map((glob) => pairs.find((pair) => pair.from === glob)?.to ?? glob);
  const ids = new Set(files.map((file) => idFromPath(file, 'prompt', { prompts: globsThen, codex: [] })));
  return ids.size === files.length ? pairs : undefined;
}

/** The globs with each collision's globs braced (bracedGlobsOf), or null when a collision has none. */
export function braceGlobs(globs: readonly string[], collisions: readonly IdCollision[]): string[] | null {
  const replace = new Map<string, string>();
  for (const collision of collisions) {
    if (!collision.braced) return null;
    for (const { from, to } of collision.braced) replace.set(from, to);
  }
  return globs.map((glob) => replace.get(glob) ?? glob);
}

/**
 * One glob over the files' nearest common folder under which their ids keep the folders that tell
 * them apart (`.claude/agents/x.md`, `.claude/commands/x.md` -> `.claude/**\/*.md`); undefined for
 * files of one folder (only renaming tells them apart) or of different suffixes.
 */
export function widerGlobOf(files: readonly string[]): string | undefined {
  const folder = new Set(files.map((file) => file.slice(0, file.lastIndexOf('/') + 1))).size > 1 ? commonFolder(files) : '';
  const suffixes = new Set(files.map((file) => /(\.[^./]+)$/.exec(file)?.[1] ?? ''));
  const suffix = suffixes.size === 1 ? [...suffixes][0] : '';
  return folder && suffix ? `${folder}**/*${suffix}` : undefined;
}

/** The longest folder (ending in `/`) every path is under; '' when none. */
function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => file.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let shared = 0;
  while (shared < first.length && parts.every((segments) => segments[shared] === first[shared])) shared++;
  return shared === 0 ? '' : `${first.slice(0, shared).join('/')}/`;
}

/**
 * The globs with each collision's glob group replaced by its wider glob (every glob under the
 * wider glob's folder gives way to it, in the place of the first), or null when a collision has
 * none. Whether that keeps every file apart is for the caller to check with findIdCollisions.
 */
export function widenGlobs(globs: readonly string[], collisions: readonly IdCollision[]): string[] | null {
  let widened = [...globs];
  for (const collision of collisions) {
    const wider = collision.widerGlob;
    if (wider === undefined) return null;
    if (widened.includes(wider)) continue;
    const folder = wider.slice(0, wider.indexOf('**'));
    const first = widened.findIndex((glob) => glob.startsWith(folder));
    if (first === -1) return null;
    widened = [...widened.slice(0, first).filter((glob) => !glob.startsWith(folder)), wider, ...widened.slice(first).filter((glob) => !glob.startsWith(folder))];
  }
  return widened;
}

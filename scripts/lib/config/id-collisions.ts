// Which prompt files the chosen globs would give one id (`.claude/agents/x.md` and
// `.claude/commands/x.md` under their own globs are both `x`), so `init` can say so before the
// first commit that touches them is blocked. Pure: takes the repository's paths.
import type { Config } from '../schema/config.ts';
import { classifyPath, idFromPath } from '../prompt/locate.ts';

export interface IdCollision {
  id: string;
  /** Two or more repository paths, in the order given. */
  paths: string[];
  /**
   * One glob over the files' nearest common folder, under which their ids keep the folders that
   * tell them apart (`.claude/**\/*.md`: agents/x and commands/x); undefined when they share none.
   */
  widerGlob?: string;
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
    return { id, paths: files, ...(widerGlob ? { widerGlob } : {}) };
  });
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

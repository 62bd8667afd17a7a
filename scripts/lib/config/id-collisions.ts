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
    // Files of one folder keep one id under any glob: only renaming tells them apart.
    const folder = new Set(files.map((file) => file.slice(0, file.lastIndexOf('/') + 1))).size > 1 ? commonFolder(files) : '';
    const suffixes = new Set(files.map((file) => /(\.[^./]+)$/.exec(file)?.[1] ?? ''));
    const suffix = suffixes.size === 1 ? [...suffixes][0] : '';
    return { id, paths: files, ...(folder && suffix ? { widerGlob: `${folder}**/*${suffix}` } : {}) };
  });
}

/** The longest folder (ending in `/`) every path is under; '' when none. */
function commonFolder(files: readonly string[]): string {
  const parts = files.map((file) => file.split('/').slice(0, -1));
  const first = parts[0] ?? [];
  let shared = 0;
  while (shared < first.length && parts.every((segments) => segments[shared] === first[shared])) shared++;
  return shared === 0 ? '' : `${first.slice(0, shared).join('/')}/`;
}

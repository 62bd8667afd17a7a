// After `git sparse-checkout init --cone` (its cone is the top folder's files alone) git removes
// .husky/, husky's ignored .husky/_ with it, and a cone that brings .husky back restores only its
// tracked files. Every commit then runs no hook and git says nothing (a moved clone the same: the
// absolute core.hooksPath init wrote names a folder gone). Nothing of ours runs at those commits,
// so the next promptvault command says it: one `git config` call, never in the hook.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The warning to print when git's core.hooksPath names husky's runner folder and it does not exist, else undefined. */
export function hooksGoneWarning(cwd: string): string | undefined {
  const run = spawnSync('git', ['config', '--get-regexp', '^core\\.(hookspath|sparsecheckout)$'], { cwd, encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  const settings = new Map(run.stdout.split('\n').filter(Boolean).map((line) => {
    const space = line.indexOf(' ');
    return [line.slice(0, space).toLowerCase(), line.slice(space + 1)] as const;
  }));
  const setting = settings.get('core.hookspath');
  // Only husky's runner (init writes it absolute; relative, git reads it from the worktree's root):
  // a team's own hooks folder is doctor's to judge.
  if (!setting || path.basename(setting) !== '_' || path.basename(path.dirname(setting)) !== '.husky') return undefined;
  const root = path.isAbsolute(setting) ? '' : spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).stdout.trim();
  if (!path.isAbsolute(setting) && !root) return undefined;
  const hooksPath = path.resolve(root, setting);
  if (fs.existsSync(hooksPath)) return undefined;
  const sparse = settings.get('core.sparsecheckout') === 'true';
  const why = sparse ? 'a sparse checkout removed it (`git sparse-checkout init --cone`, or a cone without .husky)' : 'the clone was moved, or the folder removed';
  return `promptvault: warning: git runs no hook here, so commits go unrecorded: core.hooksPath names ${hooksPath}, which does not exist: ${why}; \`npx promptvault doctor\` names the fix`;
}

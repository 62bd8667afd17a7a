// Where the repository keeps its codex, so that `promptvault init` on a monorepo whose clauses sit in
// a package (`packages/policies/codex/`) does not write `codex/**/*.md`, which matches nothing: its
// prompts' `codex:` ids would then all be unknown. Pure: takes the repository's paths.
import { globToRegExp } from '../prompt/locate.ts';
import { DEFAULT_CODEX_GLOBS } from '../schema/config-defaults.ts';

export interface FoundCodex {
  /** The codex globs to write. */
  globs: string[];
  /** Clause files they match (a folder's README.md left out). */
  files: number;
}

/**
 * `codex/` at the root when it holds a clause; else each `codex/` folder one or two folders down,
 * by its literal path (`packages/policies/codex/**\/*.md`), so clause ids stay what the prompts cite
 * (`refunds/limit`, not `policies/codex/refunds/limit`); undefined when there is none.
 */
export function detectCodex(paths: readonly string[]): FoundCodex | undefined {
  const clauses = (glob: string) => {
    const pattern = globToRegExp(glob);
    const readme = `${glob.slice(0, glob.indexOf('**'))}readme.md`;
    return paths.filter((file) => pattern.test(file) && file.toLowerCase() !== readme).length;
  };
  const atRoot = clauses(DEFAULT_CODEX_GLOBS[0]!);
  if (atRoot > 0) return { globs: [...DEFAULT_CODEX_GLOBS], files: atRoot };
  const folders = new Set<string>();
  for (const file of paths) {
    const parts = file.split('/');
    const at = parts.indexOf('codex');
    if ((at === 1 || at === 2) && at < parts.length - 1 && file.endsWith('.md') && !parts.slice(0, at).some((folder) => folder.startsWith('.') || folder === 'vault' || folder === 'node_modules')) folders.add(parts.slice(0, at + 1).join('/'));
  }
  const globs = [...folders].sort().map((folder) => `${folder}/**/*.md`);
  const files = globs.reduce((sum, glob) => sum + clauses(glob), 0);
  return files > 0 ? { globs, files } : undefined;
}

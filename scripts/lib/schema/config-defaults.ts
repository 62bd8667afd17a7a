// Defaults of `.promptvault.yaml` that the hook needs before it loads the schema (and zod): where
// prompts and clauses live. The schema in config.ts uses these same values.
export const DEFAULT_PROMPT_GLOBS = ['prompts/**/*.md'];
export const DEFAULT_CODEX_GLOBS = ['codex/**/*.md'];
export const CONFIG_FILE = '.promptvault.yaml';
export const TOKENIZERS = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

/**
 * Why a glob cannot name files of this repository, or undefined when it can. Globs are matched
 * against repository-relative paths and handed to git as pathspecs, which refuses anything
 * outside the repository: an absolute path or a `..` segment can only be a mistake.
 */
export function globOutsideRepository(glob: string): string | undefined {
  if (/^([a-zA-Z]:)?[\\/]/.test(glob) || glob.startsWith('~')) return 'is an absolute path';
  if (glob.split(/[\\/]/).includes('..')) return 'has a ".." segment, which leaves the repository';
  return undefined;
}

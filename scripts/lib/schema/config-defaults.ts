// Defaults of `.promptvault.yaml` that the hook needs before it loads the schema (and zod): where
// prompts and clauses live. The schema in config.ts uses these same values.
export const DEFAULT_PROMPT_GLOBS = ['prompts/**/*.md'];
export const DEFAULT_CODEX_GLOBS = ['codex/**/*.md'];
export const CONFIG_FILE = '.promptvault.yaml';
export const TOKENIZERS = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

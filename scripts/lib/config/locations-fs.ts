// Node-only: where prompts and clauses live, read from `.promptvault.yaml` without the schema, so
// the hook can tell a commit that touches none of them in a few milliseconds. Anything unexpected
// falls back to the defaults here; the full validation (readConfig) reports it as soon as there is
// work to do, and `promptvault check` always does.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS, globOutsideRepository, TOKENIZERS } from '../schema/config-defaults.ts';
import type { TokenizerEncoding } from '../traits/tokens.ts';

export interface SourceLocations {
  prompts: string[];
  codex: string[];
  /** The tokenizer setting as written (validated later with the whole file). */
  tokenizer: TokenizerEncoding;
}

export function readSourceLocations(dir: string): SourceLocations {
  const file = path.join(dir, CONFIG_FILE);
  let raw: unknown;
  try {
    raw = fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : undefined;
  } catch {
    raw = undefined;
  }
  const data = (raw ?? {}) as Record<string, unknown>;
  const tokenizer = (TOKENIZERS as readonly unknown[]).includes(data.tokenizer) ? (data.tokenizer as TokenizerEncoding) : 'o200k_base';
  return { prompts: globs(data.prompts) ?? DEFAULT_PROMPT_GLOBS, codex: globs(data.codex) ?? DEFAULT_CODEX_GLOBS, tokenizer };
}

function globs(value: unknown): string[] | undefined {
  // A glob outside the repository would make git refuse the pathspec: fall back, and let
  // readConfig report it.
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item !== '' && !globOutsideRepository(item)) ? value : undefined;
}

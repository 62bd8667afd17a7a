// Node-only: where prompts and clauses live, read from `.promptvault.yaml` without the schema, so
// the hook can tell a commit that touches none of them in a few milliseconds. Anything unexpected
// falls back to the defaults here; the full validation (readConfig) reports it as soon as there is
// work to do, and `promptvault check` always does.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS } from '../schema/config-defaults.ts';

export interface SourceLocations {
  prompts: string[];
  codex: string[];
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
  return { prompts: globs(data.prompts) ?? DEFAULT_PROMPT_GLOBS, codex: globs(data.codex) ?? DEFAULT_CODEX_GLOBS };
}

function globs(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item !== '') ? value : undefined;
}

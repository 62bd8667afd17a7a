// Reads and validates prompts and clauses from the files of the commit being made.
import type { Problem } from '../errors.ts';
import type { TreeView } from '../recorder/view.ts';
import type { Clause } from '../schema/clause.ts';
import type { Config } from '../schema/config.ts';
import type { Prompt } from '../schema/prompt.ts';
import { idFromPath, type SourceKind } from './locate.ts';
import { parsePrompt, type Parsed } from './parse.ts';

export interface SourceFile {
  path: string;
  oid: string;
}

type Parser = (bytes: Uint8Array, file: string, id: string, config: Config) => Parsed<Prompt | Clause>;

const parsePromptFile: Parser = (bytes, file, id, config) => parsePrompt(bytes, file, id, { maxBytes: config.max_prompt_bytes });

/** The clause parser (and the clause schema, zod) loaded only when there are clauses to read. */
async function clauseParser(): Promise<Parser> {
  const { parseClause } = await import('./parse-clause.ts');
  return (bytes, file, id) => parseClause(bytes, file, id);
}

/** Parses each file; every problem is collected, none stops the others. */
async function readSources<K extends SourceKind>(view: TreeView, files: SourceFile[], config: Config, kind: K): Promise<{ values: (K extends 'prompt' ? Prompt : Clause)[]; problems: Problem[] }> {
  if (files.length === 0) return { values: [], problems: [] };
  // Prompts the view has parsed already (backfill's measuring threads) are neither read nor parsed again.
  const replay = view.replay;
  const given = kind === 'prompt' && replay ? files.map((file) => replay.parsedPrompt(file)) : [];
  const blobs = await view.read(files.filter((_, i) => !given[i]).map((file) => file.oid));
  const parse = (kind === 'prompt' ? parsePromptFile : await clauseParser()) as (bytes: Uint8Array, file: string, id: string, config: Config) => Parsed<K extends 'prompt' ? Prompt : Clause>;
  const values: (K extends 'prompt' ? Prompt : Clause)[] = [];
  const problems: Problem[] = [];
  for (const [i, file] of files.entries()) {
    const ready = given[i];
    const parsed = ready ? { ok: true as const, value: ready as K extends 'prompt' ? Prompt : Clause } : parse(blobs.get(file.oid)!, file.path, idFromPath(file.path, kind, config), config);
    if (parsed.ok) values.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  return { values, problems };
}

export async function readPrompts(view: TreeView, files: SourceFile[], config: Config): Promise<{ prompts: Prompt[]; problems: Problem[] }> {
  const { values, problems } = await readSources(view, files, config, 'prompt');
  return { prompts: values, problems };
}

export async function readClauses(view: TreeView, files: SourceFile[], config: Config): Promise<{ clauses: Clause[]; problems: Problem[] }> {
  const { values, problems } = await readSources(view, files, config, 'clause');
  return { clauses: values, problems };
}

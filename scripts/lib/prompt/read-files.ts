// Reads and validates prompts and clauses from the files of the commit being made.
import type { Problem } from '../errors.ts';
import type { TreeView } from '../recorder/view.ts';
import type { Clause } from '../schema/clause.ts';
import type { Config } from '../schema/config.ts';
import type { Prompt } from '../schema/prompt.ts';
import { idFromPath } from './locate.ts';
import { parseClause, parsePrompt } from './parse.ts';

export interface SourceFile {
  path: string;
  oid: string;
}

/** Parses each file as a prompt; every problem is collected, none stops the others. */
export async function readPrompts(view: TreeView, files: SourceFile[], config: Config): Promise<{ prompts: Prompt[]; problems: Problem[] }> {
  const blobs = await view.read(files.map((file) => file.oid));
  const prompts: Prompt[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parsePrompt(blobs.get(file.oid)!, file.path, idFromPath(file.path, 'prompt', config));
    if (parsed.ok) prompts.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  return { prompts, problems };
}

export async function readClauses(view: TreeView, files: SourceFile[], config: Config): Promise<{ clauses: Clause[]; problems: Problem[] }> {
  const blobs = await view.read(files.map((file) => file.oid));
  const clauses: Clause[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseClause(blobs.get(file.oid)!, file.path, idFromPath(file.path, 'clause', config));
    if (parsed.ok) clauses.push(parsed.value);
    else problems.push(...parsed.problems);
  }
  return { clauses, problems };
}

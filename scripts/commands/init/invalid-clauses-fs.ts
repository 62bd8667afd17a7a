// Node-only: the clause files init's codex globs take that would not read, checked before init
// writes anything. An adoption over a codex with a malformed clause (a front matter that is not
// YAML, no title) went through: the config and hooks written, and the first commit touching the
// file blocked, `backfill` skipping it in every commit it spans (session 28, 4).
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../lib/errors.ts';
import { parseClause } from '../../lib/prompt/parse-clause.ts';
import { classifyPath, idFromPath } from '../../lib/prompt/locate.ts';

/** Every problem of the clause files among `paths` (repository-relative) that `codex` takes, read from the working tree. */
export function findInvalidClauses(dir: string, paths: readonly string[], config: { prompts: string[]; codex: string[] }): Problem[] {
  return paths.filter((file) => classifyPath(file, config) === 'clause').flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, file));
    } catch {
      return []; // deleted in the working tree, or not a file: nothing init could read there either
    }
    const parsed = parseClause(bytes, file, idFromPath(file, 'clause', config));
    return parsed.ok ? [] : parsed.problems;
  });
}

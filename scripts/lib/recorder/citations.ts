// Which prompts cite which clauses, for the audits of one commit: one grep over the prompts for
// all the clause ids at once, one parse of the candidates, one read of their lineages. A commit
// changing 1,000 clauses used to run 1,000 greps over every prompt.
import { findHeads } from '../lineage/heads.ts';
import { classifyPath, sourcePathspecs } from '../prompt/locate.ts';
import { readPrompts } from '../prompt/read-files.ts';
import type { Config } from '../schema/config.ts';
import { mutationSchema, type Mutation } from '../schema/records.ts';
import { parseRecordPath, recordFolder } from '../vault/paths.ts';
import { MUTATION_EXAMPLE } from '../vault/read-lineage.ts';
import { parseRecord } from '../vault/serialize.ts';
import type { TreeView } from './view.ts';

export interface CitingPrompt {
  prompt: string;
  /** The head version in the commit being made (before this commit's own versions). */
  headVersion: number | null;
}

/** For each clause id, the prompts whose front matter cites it, sorted by id. */
export async function findCitations(view: TreeView, config: Config, clauseIds: string[]): Promise<Map<string, CitingPrompt[]>> {
  const citations = new Map<string, CitingPrompt[]>(clauseIds.map((id) => [id, []]));
  if (clauseIds.length === 0) return citations;
  // grep only proposes (an id may appear in a body); the parsed front matter decides.
  const pattern = [...new Set(clauseIds)].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const candidates = (await view.grep(pattern, sourcePathspecs(config))).filter((file) => classifyPath(file, config) === 'prompt');
  if (candidates.length === 0) return citations;
  const { prompts } = await readPrompts(view, await view.list(candidates), config);
  const citing = new Map<string, string[]>();
  for (const prompt of prompts) {
    for (const clause of prompt.frontMatter.codex) {
      if (!citations.has(clause)) continue;
      const list = citing.get(clause);
      if (list) list.push(prompt.id);
      else citing.set(clause, [prompt.id]);
    }
  }
  const heads = await readHeadVersions(view, [...new Set([...citing.values()].flat())]);
  for (const [clause, promptIds] of citing) {
    citations.set(clause, [...new Set(promptIds)].sort().map((prompt) => ({ prompt, headVersion: heads.get(prompt) ?? null })));
  }
  return citations;
}

/**
 * The head version of each prompt, as readLineages + findHeads give it, from the mutation records
 * alone: checkpoints are half the records and carry nothing a head needs. A record that does not
 * parse is left out here; the commit's own validation reports it.
 */
async function readHeadVersions(view: TreeView, ids: string[]): Promise<Map<string, number>> {
  const wanted = new Set(ids);
  const entries = (await view.list(ids.map((id) => recordFolder('mutation', id)))).filter((entry) => {
    const parsed = parseRecordPath(entry.path);
    return parsed?.kind === 'mutation' && wanted.has(parsed.id);
  });
  const blobs = await view.read(entries.map((entry) => entry.oid));
  const byPrompt = new Map<string, Mutation[]>();
  for (const entry of entries) {
    const parsed = parseRecord(blobs.get(entry.oid)!.toString('utf8'), entry.path, mutationSchema, MUTATION_EXAMPLE);
    if (!parsed.ok) continue;
    const id = parseRecordPath(entry.path)!.id;
    byPrompt.set(id, [...(byPrompt.get(id) ?? []), parsed.value]);
  }
  const heads = new Map<string, number>();
  for (const [id, mutations] of byPrompt) {
    const head = findHeads(mutations)[0];
    if (head) heads.set(id, head.version);
  }
  return heads;
}

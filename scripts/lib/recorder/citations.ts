// Which prompts cite which clauses, for the audits of one commit: one grep over the prompts for
// all the clause ids at once, the front matter of the candidates read once per blob (remembered
// by blob id across commits in a CitationCache), one read of their lineages. A commit changing
// 1,000 clauses used to run 1,000 greps over every prompt, then parsed all 10,000 candidates.
import { findHeads } from '../lineage/heads.ts';
import { detectFormat } from '../formats/index.ts';
import { classifyPath, idFromPath, sourcePathspecs } from '../prompt/locate.ts';
import { DEFAULT_MAX_PROMPT_BYTES, parsePrompt } from '../prompt/parse.ts';
import type { Config } from '../schema/config.ts';
import { isValidId } from '../schema/id.ts';
import { mutationSchema, type Mutation } from '../schema/records.ts';
import { parseRecordPath, recordFolder } from '../vault/paths.ts';
import { MUTATION_EXAMPLE } from '../vault/read-lineage.ts';
import { parseRecord } from '../vault/serialize.ts';
import type { IndexEntry } from '../git/index.ts';
import { memoryCitationCache, type CitationCache } from './citations-cache-fs.ts';
import type { TreeView } from './view.ts';

export interface CitingPrompt {
  prompt: string;
  /** The head version in the commit being made (before this commit's own versions). */
  headVersion: number | null;
}

/** For each clause id, the prompts whose front matter cites it, sorted by id. */
export async function findCitations(view: TreeView, config: Config, clauseIds: string[], cache: CitationCache = memoryCitationCache()): Promise<Map<string, CitingPrompt[]>> {
  const citations = new Map<string, CitingPrompt[]>(clauseIds.map((id) => [id, []]));
  if (clauseIds.length === 0) return citations;
  // grep only proposes (an id may appear in a body); the parsed front matter decides.
  const ids = [...new Set(clauseIds)];
  const found = view.grepFixed && !ids.some((id) => id.includes('\n'))
    ? await view.grepFixed(ids, sourcePathspecs(config))
    : await view.grep(ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), sourcePathspecs(config));
  const candidates = found.filter((file) => classifyPath(file, config) === 'prompt');
  if (candidates.length === 0) return citations;
  const citing = new Map<string, string[]>();
  for (const { id, codex } of await readCitedClauses(view, await view.list(candidates), config, cache)) {
    for (const clause of codex) {
      if (!citations.has(clause)) continue;
      const list = citing.get(clause);
      if (list) list.push(id);
      else citing.set(clause, [id]);
    }
  }
  const heads = await readHeadVersions(view, [...new Set([...citing.values()].flat())]);
  for (const [clause, promptIds] of citing) {
    citations.set(clause, [...new Set(promptIds)].sort().map((prompt) => ({ prompt, headVersion: heads.get(prompt) ?? null })));
  }
  return citations;
}

/** Blobs read and parsed at a time: bounds the memory of a cold cache over 100 MB of prompts. */
const READ_BATCH = 500;

/**
 * The `codex` ids of each prompt file that parses, exactly as readPrompts gives them: from the
 * cache when the blob was read before as the same shape, else read and parsed (and remembered).
 * The path's id and the size limit are checked here, not cached: the same blob may sit at
 * another path, and `max_prompt_bytes` may change.
 */
async function readCitedClauses(view: TreeView, entries: IndexEntry[], config: Config, cache: CitationCache): Promise<{ id: string; codex: string[] }[]> {
  const limit = config.max_prompt_bytes === undefined ? DEFAULT_MAX_PROMPT_BYTES : config.max_prompt_bytes;
  const files = entries
    .map((entry) => ({ entry, id: idFromPath(entry.path, 'prompt', config), kind: detectFormat(entry.path) }))
    .filter((file) => isValidId(file.id));
  const known = new Map(files.map((file) => [file, cache.get(file.entry.oid, file.kind)]));
  const unknown = files.filter((file) => known.get(file) === undefined);
  for (let start = 0; start < unknown.length; start += READ_BATCH) {
    const batch = unknown.slice(start, start + READ_BATCH);
    const blobs = await view.read([...new Set(batch.map((file) => file.entry.oid))]);
    for (const file of batch) {
      const bytes = blobs.get(file.entry.oid)!;
      // No size limit here: the entry holds the size, and the limit in force is applied below.
      const parsed = parsePrompt(bytes, file.entry.path, file.id, { maxBytes: null });
      const value = { size: bytes.length, codex: parsed.ok ? parsed.value.frontMatter.codex : null };
      cache.set(file.entry.oid, file.kind, value);
      known.set(file, value);
    }
  }
  return files.flatMap((file) => {
    const value = known.get(file)!;
    if (value.codex === null || (limit !== null && value.size > limit)) return [];
    return [{ id: file.id, codex: value.codex }];
  });
}

/**
 * The head version of each prompt, as readLineages + findHeads give it, from the mutation records
 * alone: checkpoints are half the records and carry nothing a head needs. A record that does not
 * parse is left out here; the commit's own validation reports it.
 *
 * A version is numbered one above its highest parent (lineage/build.ts), so no version of a
 * prompt names a parent of that prompt at its own number or above: the highest version recorded
 * is always a head, and the first findHeads gives. Record names start with the version, so only
 * the records named with a prompt's highest version are read; when none of them parses to that
 * version (a hand-edited or broken record), every record of the prompt is read, as before. A
 * commit changing 1,000 clauses cited by 10,000 prompts otherwise read and parsed every one of
 * their mutation records.
 */
async function readHeadVersions(view: TreeView, ids: string[]): Promise<Map<string, number>> {
  const wanted = new Set(ids);
  const byId = new Map<string, { entry: IndexEntry; version: number }[]>();
  for (const entry of await view.list(ids.map((id) => recordFolder('mutation', id)))) {
    const parsed = parseRecordPath(entry.path);
    if (parsed?.kind !== 'mutation' || !wanted.has(parsed.id)) continue;
    const list = byId.get(parsed.id) ?? [];
    list.push({ entry, version: Number(/^\d+/.exec(parsed.name)![0]) });
    byId.set(parsed.id, list);
  }
  const heads = new Map<string, number>();
  const latest = [...byId].map(([id, list]) => {
    const top = Math.max(...list.map((item) => item.version));
    return { id, top, entries: list.filter((item) => item.version === top).map((item) => item.entry) };
  });
  const unsure = new Set<string>();
  const parsedLatest = await parseMutations(view, latest.flatMap((item) => item.entries));
  for (const { id, top } of latest) {
    if ((parsedLatest.get(id) ?? []).some((mutation) => mutation.prompt === id && mutation.version === top)) heads.set(id, top);
    else unsure.add(id);
  }
  if (unsure.size === 0) return heads;
  for (const [id, mutations] of await parseMutations(view, [...unsure].flatMap((id) => byId.get(id)!.map((item) => item.entry)))) {
    const head = findHeads(mutations)[0];
    if (head) heads.set(id, head.version);
  }
  return heads;
}

/** The mutation records that parse, by the prompt id their path names. */
async function parseMutations(view: TreeView, entries: IndexEntry[]): Promise<Map<string, Mutation[]>> {
  const blobs = await view.read(entries.map((entry) => entry.oid));
  const byPrompt = new Map<string, Mutation[]>();
  for (const entry of entries) {
    const parsed = parseRecord(blobs.get(entry.oid)!.toString('utf8'), entry.path, mutationSchema, MUTATION_EXAMPLE);
    if (!parsed.ok) continue;
    const id = parseRecordPath(entry.path)!.id;
    byPrompt.set(id, [...(byPrompt.get(id) ?? []), parsed.value]);
  }
  return byPrompt;
}

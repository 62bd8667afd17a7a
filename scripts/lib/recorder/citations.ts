// Which prompts cite which clauses, for the audits of one commit. What each prompt blob cites is
// read once and remembered by blob id (a CitationCache, kept in .git across commits), so a commit
// changing 1,000 clauses in a repository of 10,000 prompts neither greps nor parses what an
// earlier commit already read. A commit changing 1,000 clauses used to run 1,000 greps over
// every prompt, then one grep with 1,000 alternatives (5-6 s) and a parse of every candidate.
//
// What counts as citing is what it always was: the prompt's parsed front matter lists the clause,
// and the clause id appears as written somewhere in the file (the grep that proposed candidates
// saw only written text). Cached entries record which listed ids are not written as such (a YAML
// escape), so that rule holds without reading the file again.
import { findHeads } from '../lineage/heads.ts';
import { detectFormat } from '../formats/index.ts';
import { classifyPath, escapeRegExp, idFromPath, sourcePathspecs } from '../prompt/locate.ts';
import { DEFAULT_MAX_PROMPT_BYTES } from '../prompt/parse.ts';
import type { Config } from '../schema/config.ts';
import { isValidId } from '../schema/id.ts';
import { mutationSchema, type Mutation } from '../schema/records.ts';
import { parseRecordPath, recordFolder } from '../vault/paths.ts';
import { MUTATION_EXAMPLE } from '../vault/read-lineage.ts';
import { parseRecord } from '../vault/serialize.ts';
import type { IndexEntry } from '../git/index.ts';
import { memoryCitationCache, type BlobCitations, type CitationCache } from './citations-cache-fs.ts';
import { filesMayCite, type TreeView } from './view.ts';
import { readBlobCitations } from './_blob-citations.ts';
import { readCitationsInThread } from './citations-thread-fs.ts';

export interface CitingPrompt {
  prompt: string;
  /** The head version in the commit being made (before this commit's own versions). */
  headVersion: number | null;
}

/**
 * Up to this many clause ids, the prompts the cache does not know are first narrowed with one git
 * grep (fast for a few alternatives); above it, every unknown prompt is read, which a 1,000-way
 * alternation costs more than.
 */
const GREP_AT_MOST = 50;
/** From this many unknown prompts on, they are read in another thread: starting one costs about 100 ms. */
const THREAD_AT_LEAST = 500;

/**
 * For each clause id, the prompts whose front matter cites it, sorted by id. `sources`: the prompt
 * and clause files of the tree when the caller listed them already (validateChanges does); `cache`:
 * what each blob cites, remembered across commits; `threadAtLeast`: from how many unknown prompts
 * on they are read in another thread (tests set it).
 */
export async function findCitations(view: TreeView, config: Config, clauseIds: string[], options: { cache?: CitationCache; sources?: IndexEntry[]; threadAtLeast?: number } = {}): Promise<Map<string, CitingPrompt[]>> {
  const cache = options.cache ?? memoryCitationCache();
  const citations = new Map<string, CitingPrompt[]>(clauseIds.map((id) => [id, []]));
  if (clauseIds.length === 0) return citations;
  const ids = [...new Set(clauseIds)];
  const wanted = new Set(ids);
  const files = (await filesMayCite(view, config, ids, options.sources))
    .filter((entry) => classifyPath(entry.path, config) === 'prompt')
    .map((entry) => ({ entry, id: idFromPath(entry.path, 'prompt', config), kind: detectFormat(entry.path) }))
    // parsePrompt refuses an id the path cannot give: such a file cites nothing.
    .filter((file) => isValidId(file.id));
  const known = new Map(files.map((file) => [file, cache.get(file.entry.oid, file.kind)]));
  let unknown = files.filter((file) => known.get(file) === undefined);
  if (unknown.length > 0 && ids.length <= GREP_AT_MOST) {
    // A file in which no changed id is written cites none of them: it need not be read now.
    const written = new Set(await view.grep(ids.map(escapeRegExp).join('|'), sourcePathspecs(config)));
    unknown = unknown.filter((file) => written.has(file.entry.path));
  }
  // When another thread reads the unknown prompts, this one has the guard to run and then waits:
  // the head versions of every prompt that may cite a clause are read meanwhile, so that only the
  // audits are left once the thread answers. Each id's head is read alone, so reading more ids
  // than end up citing gives the same heads for those that do.
  const threaded = view.repo !== undefined && unknown.length >= (options.threadAtLeast ?? THREAD_AT_LEAST);
  const mayCite = (file: (typeof files)[number]) => {
    const value = known.get(file);
    return value === undefined || (value.codex ?? []).some((clause) => wanted.has(clause));
  };
  const early = threaded ? readHeadVersions(view, [...new Set(files.filter(mayCite).map((file) => file.id))]) : undefined;
  early?.catch(() => {}); // awaited below, after the thread
  await readUnknown(view, unknown, cache, known, options.threadAtLeast ?? THREAD_AT_LEAST);

  const limit = config.max_prompt_bytes === undefined ? DEFAULT_MAX_PROMPT_BYTES : config.max_prompt_bytes;
  const citing = new Map<string, string[]>();
  const unsure: { id: string; entry: IndexEntry; cited: string[] }[] = [];
  for (const file of files) {
    const value = known.get(file);
    if (value === undefined || value.codex === null || (limit !== null && value.size > limit)) continue;
    const cited = value.codex.filter((clause) => wanted.has(clause));
    if (cited.length === 0) continue;
    if (cited.every((clause) => value.escaped.includes(clause))) unsure.push({ id: file.id, entry: file.entry, cited });
    else add(citing, file.id, cited);
  }
  // Every clause the file cites is escaped in its front matter: it cites them only if some other
  // changed id is written in it (rare; read again to find out).
  if (unsure.length > 0) {
    const blobs = await view.read(unsure.map((file) => file.entry.oid));
    const needles = ids.map((id) => Buffer.from(id));
    for (const file of unsure) {
      const bytes = blobs.get(file.entry.oid)!;
      if (needles.some((needle) => bytes.includes(needle))) add(citing, file.id, file.cited);
    }
  }
  const heads = (await early) ?? (await readHeadVersions(view, [...new Set([...citing.values()].flat())]));
  for (const [clause, promptIds] of citing) {
    citations.set(clause, [...new Set(promptIds)].sort().map((prompt) => ({ prompt, headVersion: heads.get(prompt) ?? null })));
  }
  return citations;
}

function add(citing: Map<string, string[]>, prompt: string, clauses: string[]): void {
  for (const clause of clauses) {
    const list = citing.get(clause);
    if (list) list.push(prompt);
    else citing.set(clause, [prompt]);
  }
}

/**
 * Reads the prompts the cache does not know, as git streams them, and remembers what each cites;
 * only the citations are kept, never the 100 MB of prompts a cold cache reads. Many files are read
 * in another thread (the caller's guard work goes on meanwhile); a few, or when no thread can
 * run, here. No size limit here: the entry holds the size, and the caller applies the limit in force.
 */
async function readUnknown<F extends { entry: IndexEntry; id: string; kind: string }>(view: TreeView, files: F[], cache: CitationCache, known: Map<F, BlobCitations | undefined>, threadAtLeast: number): Promise<void> {
  const remember = (file: F, value: BlobCitations) => {
    cache.set(file.entry.oid, file.kind, value);
    known.set(file, value);
  };
  if (view.repo && files.length >= threadAtLeast) {
    // Started before the first await: the thread runs while the caller goes on with the guard.
    const read = await readCitationsInThread(view.repo, files.map((file) => ({ oid: file.entry.oid, path: file.entry.path, id: file.id })));
    if (read) {
      files.forEach((file, i) => remember(file, read[i]!));
      return;
    }
  }
  const byOid = new Map<string, F[]>();
  for (const file of files) byOid.set(file.entry.oid, [...(byOid.get(file.entry.oid) ?? []), file]);
  await view.scan([...byOid.keys()], (oid, bytes) => {
    for (const file of byOid.get(oid) ?? []) remember(file, readBlobCitations(bytes, file.entry.path, file.id));
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

// Node-only (hashing): what backfill's measuring threads compute for one prompt blob, the same
// parse and measures the recorder makes when it meets the blob in a commit, and what the blob
// cites, as the recorder's citation lookup reads it.
import { parsePrompt, type PromptReadOptions } from '../../lib/prompt/parse.ts';
import { readBlobCitations } from '../../lib/recorder/_blob-citations.ts';
import { stableIdKeys } from '../../lib/recorder/stable-id-keys.ts';
import type { BlobCitations } from '../../lib/recorder/citations-cache-fs.ts';
import { isValidId } from '../../lib/schema/id.ts';
import { measureBodyReusing, type KeptVersions, type ProseTotals } from '../../lib/traits/paragraph-reuse.ts';
import { measureKey, type MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import { measureKeepingChunks, type ChunkEntries, type ChunkEntry, type PromptChunkFiles } from '../../lib/traits/chunk-store-fs.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';
import type { TokenLines } from '../../lib/traits/token-splice.ts';
import type { Prompt } from '../../lib/schema/prompt.ts';

/** One prompt blob to measure ahead: its object id, the path it first appears at, and the id that path gives. */
export interface MeasureJob {
  oid: string;
  path: string;
  id: string;
  /** The blob this one replaced at its path, when it is a job too: what its unchanged paragraphs held is reused (paragraph-reuse.ts). */
  previous?: string;
  /** A later job's `previous`: what its prose held is kept for it. */
  keep?: boolean;
  /**
   * No later job edits this blob and the history's last commit holds it at these paths: measured
   * by chunks, whose entries the hook's file of each of those prompts holds (keepChunksAtHead,
   * written as soon as it is measured).
   */
  heads?: string[];
  /**
   * A version before a job with `heads` in its path's line (`previous` after `previous`): measured
   * by chunks too, by a thread that keeps it, so that each next version takes the chunks it did
   * not change from it instead of measuring them again; the last version's chunks are then mostly
   * taken, not measured cold.
   */
  chunked?: boolean;
}

/**
 * What a measuring thread keeps of a version a later job edits: its prose totals and, for o200k,
 * its tokens by line; or, for a version measured by chunks, its chunks' entries.
 */
export interface KeptVersion {
  prose?: ProseTotals;
  tokens?: TokenLines;
  chunks?: ReadonlyMap<string, ChunkEntry>;
}

/**
 * What a job's claim holds (an Int32 shared by the replay and its measuring threads, 0 while
 * nobody measures the job): whoever changes it from 0 measures the job, the other skips it.
 */
export const CLAIMED_BY_THREAD = 1;
export const CLAIMED_BY_REPLAY = 2;

/** What backfill's measuring computes for one prompt blob: its measures and what it cites. */
export interface BlobMeasures {
  /** The body's measures under its `measureKey`; absent when the blob does not parse (the recorder reports it). */
  measured?: { key: string; entry: MeasureEntry };
  /** What the blob cites; absent for an id the citation lookup skips. */
  cited?: BlobCitations;
  /** The parsed prompt, as the recorder parses it at the job's path: handed to it instead of a second parse. */
  prompt?: Prompt;
  /** For a job with `heads`: the entries of its body's chunks (measureKeepingChunks). */
  chunks?: ChunkEntries;
  /**
   * The blob's front-matter id keys at the job's path (stableIdKeys): the replay's uniqueness check
   * of ids asks them of every prompt blob it stages, and read them from git again (index.ts, stableIdReader).
   */
  idKeys: string[];
}

/**
 * The measures of a prompt blob's body under its `measureKey`, inferred tone included (an entry
 * with it answers both kinds of request), and what the blob cites, as findCitations
 * (lib/recorder/citations.ts) computes it for a prompt it reads and keeps in the citation cache:
 * with every blob's entry known, a replayed commit that changes clauses neither greps nor reads
 * its prompts. One parse serves both: the citations of a blob that parsed are its front matter's
 * `codex` (readCitedClauses reads the front matter again only for a blob that did not).
 */
export async function measureBlob(blob: Buffer, job: MeasureJob, counter: TokenCounter, options: PromptReadOptions = {}, kept?: KeptVersions<KeptVersion>): Promise<BlobMeasures> {
  // Taken even when this blob does not parse: nothing else would take them.
  const previous = kept?.take(job.previous);
  // The recorder's call (`max_prompt_bytes` in `options`), so a blob it refuses is not measured either.
  const parsed = parsePrompt(blob, job.path, job.id, options);
  const cited = isValidId(job.id) ? readBlobCitations(blob, job.path, job.id, parsed.ok ? parsed.value.frontMatter.codex : undefined) : undefined;
  const idKeys = stableIdKeys(blob, job.path);
  if (!parsed.ok) return cited ? { cited, idKeys } : { idKeys };
  const body = parsed.value.body;
  const keep = kept !== undefined && job.keep === true;
  // A last version: measured by chunks (a tenth or so more than whole when cold, chunks23), instead
  // of from its previous version's paragraphs, so the hook's next commit of it measures only its
  // edit; so are the versions before it in a thread that keeps them, each taking the chunks the
  // one before it held (a version measured alone by the replay is measured whole, as before).
  const bpe = (job.heads && !keep) || (job.chunked && kept !== undefined) ? await counter.bpe?.() : undefined;
  if (bpe) {
    const { measured, chunks } = measureKeepingChunks(body, bpe, { inferTone: true }, previous?.chunks);
    if (keep) kept.keep(job.oid, { chunks: new Map(chunks) });
    const entry: MeasureEntry = { traits: measured.traits, variables: measured.variables, inferredTone: measured.inferredTone };
    return { measured: { key: measureKey(body, counter.encoding), entry }, prompt: parsed.value, idKeys, ...(job.heads ? { chunks } : {}), ...(cited ? { cited } : {}) };
  }
  // As the measure cache does: the count first (it may load the rank table), then the rest. A
  // version whose previous one was kept is counted from its tokens, re-reading the changed lines.
  const lines = keep || previous?.tokens ? await counter.countLines?.(body, previous?.tokens) : undefined;
  const tokens = lines?.total ?? await counter.count(body);
  const { measures: measured, totals } = measureBodyReusing(body, { encoding: counter.encoding, countTokens: () => tokens }, { inferTone: true }, { previous: previous?.prose, keep });
  if (totals) kept!.keep(job.oid, { prose: totals, ...(lines ? { tokens: lines } : {}) });
  const entry: MeasureEntry = { traits: measured.traits, variables: measured.variables, inferredTone: measured.inferredTone };
  return { measured: { key: measureKey(body, counter.encoding), entry }, prompt: parsed.value, idKeys, ...(cited ? { cited } : {}) };
}

/** What the blob cites (see measureBlob), for a blob the replay does not measure; undefined for an id findCitations skips. */
export function citationsOfBlob(blob: Buffer, job: MeasureJob): BlobCitations | undefined {
  return isValidId(job.id) ? readBlobCitations(blob, job.path, job.id) : undefined;
}

/**
 * Keeps the hook's chunk file of each prompt the history's last commit holds the job's blob at,
 * as soon as it is measured: its text made by whichever thread measured it (chunk-store-fs.ts
 * promptChunkTexts), written by backfill's record writer thread with the next save. Kept for the
 * end instead, the entries of every prompt at HEAD (10,107 in the bench history) were copied to
 * the replay's thread, held there through the run, and written there after the replay, while the
 * other core idled; written where they were made (sessions 30-36), they held the measuring threads
 * and the replay about 6.9 s (bench HISTORY, session 37).
 */
export function keepChunksAtHead(job: MeasureJob, chunks: ChunkEntries | undefined, files: PromptChunkFiles): void {
  if (chunks && job.heads) files.keep(job.heads.map((file) => [file, chunks]));
}

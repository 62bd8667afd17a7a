// Node-only (hashing, files): where the hook keeps the measures of a body's chunks
// (chunk-measure.ts) for the prompt's next version: one small file per prompt under the git
// common dir, holding the chunks of the last version of that prompt measured here. A commit reads
// the files of the prompts it records and rewrites those, so its cost follows the change, not the
// repository. A missing, unreadable or stale file (other code, another encoding) is an empty one:
// it costs measuring, never a wrong value (entries are keyed by their text's digest). Files of an
// encoding or a measuring code no longer in use are never read, so they are removed when they are
// left behind: the first commit that keeps chunks after the change makes their new folder, and
// removes the others but those another worktree's setting names (no commit pays a look at the
// folder for it). Backfill writes the file of
// every prompt at HEAD (promptChunkTexts, writeChunkFileTexts), its last versions measured by chunks, each from the
// entries of the version before it in the path's line (measureKeepingChunks' `previous`), measured
// by chunks for that; the versions of a line that ends before HEAD are measured with the kept
// versions (paragraph-reuse.ts, token-splice.ts; bench HISTORY, sessions 23 and 30).
import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BpeCounter } from './bpe-table.ts';
import { measureBodyByChunks, type ChunkStats, type ChunkStore, type ProseChunk } from './chunk-measure.ts';
import { measureBody, type BodyMeasures } from './measure.ts';
import { readWorktreeTokenizers } from '../config/worktree-tokenizers-fs.ts';
import { TOKENIZERS } from '../schema/config-defaults.ts';
import { cacheFilePath, cacheHeader, fingerprintValues, readCacheJson, sha256Hex, type CacheKind } from '../cache/cache-file-fs.ts';
import { codeDigest } from '../cache/code-digest-fs.ts';

/** Bumped when a file's layout, a key's or an entry's shape changes (2: short keys marked "="). */
const FORMAT = 2;

/** Measures bodies by chunks (chunk-measure.ts), its chunks kept by prompt. */
export interface ChunkMeasurer {
  /** `measureBody` of `body` (its count with `counter`); `path`, the prompt's file, for a store kept by prompt. */
  measure(body: string, counter: BpeCounter, options: { inferTone: boolean; path?: string }): BodyMeasures;
  /** Chunks taken from the store and measured, and the entries held; for tests and figures. */
  stats(): ChunkStats & { entries: number };
  /** Writes the chunks of each prompt measured by chunks to its file. */
  save(): void;
}

/** An entry: a token count (by its chunk's text and whether it ends the body), a visible text group's word count, or a prose paragraph's measures. */
export type ChunkEntry = number | ProseChunk;
type Entry = ChunkEntry;

/** A prompt file's entries as kept: [key, entry] pairs (chunkKey). */
export type ChunkEntries = [string, Entry][];

/** An entry's kind: tokens of a chunk ('t'), of the body's last ('f'), a prose group ('p'), a visible text group's words ('w'). */
type ChunkKind = 't' | 'f' | 'p' | 'w';

/**
 * The key of a chunk's entry: its kind and a digest of its text, or a short text itself. The mark
 * after the kind ("=" text, "#" digest) keeps the two apart: unmarked, a 29-character chunk "#"
 * followed by another text's digest would have been given that text's measures.
 */
function chunkKey(kind: ChunkKind, text: string): string {
  // One-shot: a Hash object per chunk (createHash) made a fifth of a cold run's garbage to collect.
  return text.length < 40 ? `${kind}=${text}` : `${kind}#${hash('sha1', text, 'base64')}`;
}

function storeOver(get: (key: string) => Entry | undefined, set: (key: string, entry: Entry) => void): ChunkStore {
  // A chunk the store lacks is looked up, measured, then kept under the same text (chunk-measure.ts):
  // its key is made once for both. Backfill's last versions miss every chunk (nothing is kept
  // before them), and each digest was made twice.
  let last: { kind: ChunkKind; text: string; key: string } | undefined;
  const keyOf = (kind: ChunkKind, text: string) => {
    if (last?.kind !== kind || last.text !== text) last = { kind, text, key: chunkKey(kind, text) };
    return last.key;
  };
  return {
    tokens: (text, final) => get(keyOf(final ? 'f' : 't', text)) as number | undefined,
    keepTokens: (text, final, count) => set(keyOf(final ? 'f' : 't', text), count),
    prose: (text) => get(keyOf('p', text)) as ProseChunk | undefined,
    keepProse: (text, chunk) => set(keyOf('p', text), chunk),
    words: (text) => get(keyOf('w', text)) as number | undefined,
    keepWords: (text, count) => set(keyOf('w', text), count),
  };
}

function noStats(): ChunkStats {
  return { tokenHits: 0, tokenMisses: 0, proseHits: 0, proseMisses: 0, wordHits: 0, wordMisses: 0, fallbacks: 0 };
}

/**
 * The hook's chunks, one file per prompt at `<git common dir>/promptvault/chunks/<encoding>-<code>/
 * <shard>/<digest of the prompt's path>.json` (`<code>`: a digest of the measuring code and the
 * encoding, so a new encoding or an upgrade of promptvault writes into a new folder; its making
 * removes the other folders, whose files no run reads): a body is measured with the entries of its
 * prompt's file, and the file is rewritten at `save` with the entries this body used (its last version's chunks,
 * no more: the folder holds at most one version's measures per prompt recorded here).
 *
 * A prompt without a file is measured whole, and gets one only with `keepNew`: measuring by
 * chunks and writing the file cost more than measuring whole (the bench's 50 prompts, none cached:
 * median +15 to +30 ms of 300-360 ms a commit), paid back only when the prompt's next version is
 * recorded here (the same 50 prompts again: -50 ms at 1,000 prompts). The hook asks for it in
 * commits of a few prompts (someone working on a prompt, who commits it again), not in bulk
 * edits. A body without a path is measured whole and nothing is kept of it.
 */
export function promptChunkMeasurer(options: { gitdir: string; encoding: string; keepNew: boolean }): ChunkMeasurer {
  const chunks = cacheFilePath(options.gitdir, 'chunks');
  // Named on the first prompt measured: the code's digest is read only where chunks are.
  let named: string | undefined;
  const folder = () => (named ??= path.join(chunks, chunkFolderName(options.encoding)));
  const stats = noStats();
  // Per prompt file measured in this run: the entries its body used, to write at save.
  const used = new Map<string, Map<string, Entry>>();
  let read = 0;
  return {
    measure(body, counter, measureOptions) {
      const file = measureOptions.path === undefined ? undefined : promptFile(folder(), measureOptions.path);
      const saved = file === undefined ? new Map<string, Entry>() : readEntries(file, cacheKind(options.encoding));
      read += saved.size;
      if (file === undefined || (saved.size === 0 && !options.keepNew)) {
        const tokens = counter.countTokens(body);
        return measureBody(body, { encoding: options.encoding, countTokens: () => tokens }, measureOptions);
      }
      const kept = new Map<string, Entry>();
      const store = storeOver((key) => {
        const entry = saved.get(key) ?? kept.get(key);
        if (entry !== undefined) kept.set(key, entry);
        return entry;
      }, (key, entry) => void kept.set(key, entry));
      const measured = measureBodyByChunks(body, counter, store, measureOptions, stats);
      if (file !== undefined) used.set(file, kept);
      return measured;
    },
    stats: () => ({ ...stats, entries: read }),
    save() {
      writePromptFiles(chunks, folder(), cacheKind(options.encoding), used, options.gitdir);
      used.clear();
    },
  };
}

/**
 * `measureBody` of `body` by chunks, and the entries of its chunks: what the hook's file of a
 * prompt at this version would hold (promptChunkTexts makes its text). Backfill measures the last
 * version of each prompt this way, so that the prompt's next commit measures only what it
 * changed, and the versions before it in the same path's line, each handing its entries to the
 * next as `previous` (a chunk whose text an earlier version held is taken from there, as the
 * hook takes it from the prompt's file). Whatever `previous` holds, the result and the entries
 * are those of measuring with nothing cached: an entry is keyed by its text's digest (and kind),
 * and the entries are this body's chunks only, in the order it meets them.
 */
export function measureKeepingChunks(body: string, counter: BpeCounter, options: { inferTone: boolean }, previous?: ReadonlyMap<string, Entry>): { measured: BodyMeasures; chunks: ChunkEntries } {
  const kept = new Map<string, Entry>();
  const get = (key: string): Entry | undefined => {
    let entry = kept.get(key);
    if (entry === undefined && previous !== undefined) {
      entry = previous.get(key);
      // Kept where measuring it would have: the entries are in the order this body meets its chunks.
      if (entry !== undefined) kept.set(key, entry);
    }
    return entry;
  };
  const measured = measureBodyByChunks(body, counter, storeOver(get, (key, entry) => void kept.set(key, entry)), options);
  return { measured, chunks: [...kept] };
}

/** Keeps prompts' chunk files of one repository's folder for one encoding (promptChunkTexts). */
export interface PromptChunkFiles {
  /**
   * Keeps the file of each prompt (by its path) with `chunks` (measureKeepingChunks' entries of
   * its current body), as the hook's `save` writes those it measured: backfill leaves every
   * prompt at HEAD measured by chunks. Returns the files kept. Never throws: a file not written
   * costs the prompt's next commit time, never a value.
   */
  keep(prompts: Iterable<[file: string, chunks: ChunkEntries]>): number;
}

/** Where one repository's chunk files of one encoding go, and their first line's kind. */
interface ChunkPlace {
  chunks: string;
  folder: string;
  kind: CacheKind;
}

function chunkPlace(options: { gitdir: string; encoding: string }): ChunkPlace {
  const chunks = cacheFilePath(options.gitdir, 'chunks');
  return { chunks, folder: path.join(chunks, chunkFolderName(options.encoding)), kind: cacheKind(options.encoding) };
}

/** A prompt's chunk file: its path and its whole text (promptChunkTexts makes them, writeChunkFileTexts writes them). */
export type ChunkFileText = [file: string, text: string];

/**
 * Where backfill keeps the chunk files of the prompts at HEAD, prompt by prompt, without writing
 * them: `keep` makes each file's path and text and hands them to `send` (and returns how many).
 * The common git dir (read from a file in a linked worktree, an exception elsewhere), the folder
 * and the header's digests are found once, at the first prompt. Backfill's measuring threads and
 * replay make them as they measure, and its record writer thread writes them (writeChunkFileTexts):
 * written where they were made, the 10,107 files of the bench history held those threads about
 * 6.9 s (open: 3.8 s) in a quiet profile (bench HISTORY, session 37).
 */
export function promptChunkTexts(options: { gitdir: string; encoding: string }, send: (texts: ChunkFileText[]) => void): PromptChunkFiles {
  let where: ChunkPlace | undefined;
  return {
    keep(prompts) {
      where ??= chunkPlace(options);
      const texts: ChunkFileText[] = [];
      for (const [file, entries] of prompts) texts.push([promptFile(where.folder, file), entriesText(where.kind, new Map(entries))]);
      if (texts.length > 0) send(texts);
      return texts.length;
    },
  };
}

/** Writes the files promptChunkTexts made for a repository and encoding; returns the files written. Never throws. */
export function writeChunkFileTexts(options: { gitdir: string; encoding: string }, texts: readonly ChunkFileText[]): number {
  return texts.length === 0 ? 0 : writeTexts(chunkPlace(options), texts, options.gitdir);
}

/** Writes each file's text; the first to make the encoding's folder removes the others (see promptChunkMeasurer). Returns the files written. */
function writeTexts({ chunks, folder }: ChunkPlace, texts: Iterable<ChunkFileText>, gitdir: string): number {
  let madeFolder = false;
  let written = 0;
  for (const [file, text] of texts) {
    const made = writeText(file, text);
    if (made !== false) written++;
    if (typeof made === 'string' && [folder, chunks].some((one) => path.resolve(one) === path.resolve(made))) madeFolder = true;
  }
  // This encoding's and code's folder is new: the others' files (an encoding configured
  // before, an older promptvault's) are never read again, but by another worktree.
  if (madeFolder) removeUnusedFolders(chunks, path.basename(folder), gitdir);
  return written;
}

/** Writes each of `files` (a prompt's file and its entries) in `folder` (writeTexts). */
function writePromptFiles(chunks: string, folder: string, kind: CacheKind, files: Map<string, Map<string, Entry>>, gitdir: string): number {
  return writeTexts({ chunks, folder, kind }, [...files].map(([file, entries]): ChunkFileText => [file, entriesText(kind, entries)]), gitdir);
}

/**
 * Where the chunks of the prompt at `file` are kept: in one of 256 folders by the first two
 * characters of its path's digest (no folder of tens of thousands of names at 10,000 prompts).
 */
function promptFile(folder: string, file: string): string {
  const digest = fingerprintValues(file);
  return path.join(folder, digest.slice(0, 2), `${digest.slice(2)}.json`);
}

/** A chunk file's text: its checksummed first line, then its entries. */
function entriesText(kind: CacheKind, entries: Map<string, Entry>): string {
  const body = `${JSON.stringify([...entries])}\n`;
  return `${cacheHeader(kind)} ${sha256Hex(body)}\n${body}`;
}

/**
 * Writes a chunk file's text in place: the first folder it made, true when written without
 * making one, false when not written. Never throws: a file not written costs the next commit time.
 * Not written beside and renamed (cache-file-fs's writer, which also lists the folder after each
 * write): a file cut short or interleaved with another writer's fails its checksum and reads as
 * empty, so in place is as safe here, at two system calls a file less.
 */
function writeText(file: string, text: string): string | true | false {
  try {
    overwrite(file, text);
    return true;
  } catch {
    try {
      // The shard's first file: the first folder made is returned (the shard's, or its encoding's).
      const made = fs.mkdirSync(path.dirname(file), { recursive: true });
      overwrite(file, text);
      return made ?? true;
    } catch {
      // Not kept: measured again next time.
      return false;
    }
  }
}

/**
 * Writes `text` over the file's old bytes, then cuts it to its length. Not truncated to nothing
 * first (writeFileSync's "w"), nor removed and made again: ext4 (auto_da_alloc) writes a file
 * truncated to nothing and rewritten out at its close, and frees a removed one's blocks, which
 * held a 50-prompt commit's main thread about 300 ms on the loaded machine (two profiles). 50
 * files of 7 KB, 6 rounds on this disk: 1.7-29 ms truncated, 58-281 ms removed, 0.6-1.1 ms over.
 */
function overwrite(file: string, text: string): void {
  const bytes = Buffer.from(text);
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o666);
  try {
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
    fs.ftruncateSync(fd, bytes.length);
  } finally {
    fs.closeSync(fd);
  }
}

/** The folder of an encoding's chunks measured by this code: `o200k_base-<12 hex digits>`. */
function chunkFolderName(encoding: string): string {
  return `${encoding}-${cacheKind(encoding).fingerprint.slice(0, 12)}`;
}

/**
 * Removes every entry of `chunks` but `keep` and the folders of the encodings the repository's
 * other worktrees are configured with (they share the common git dir: their hooks read these
 * folders; removed, the worktrees took turns making theirs and measuring again). When a worktree's
 * setting cannot be read, every encoding's folder of this code is kept, and only an older
 * promptvault's or layout's go. Never throws: what is left (another worktree writing into its own
 * folder at the same time, a file without permission) costs disk, never a value.
 */
function removeUnusedFolders(chunks: string, keep: string, gitdir: string): void {
  try {
    const used = new Set([keep, ...[...(readWorktreeTokenizers(gitdir) ?? TOKENIZERS)].map(chunkFolderName)]);
    for (const name of fs.readdirSync(chunks)) if (!used.has(name)) fs.rmSync(path.join(chunks, name), { recursive: true, force: true });
  } catch {
    // The folder gone or unreadable: nothing to remove.
  }
}

function readEntries(file: string, kind: CacheKind): Map<string, Entry> {
  const saved = readCacheJson(file, kind);
  const entries = new Map<string, Entry>();
  // Saved as [key, entry] pairs; anything else (a hand edit) is measured again.
  for (const pair of Array.isArray(saved) ? (saved as unknown[]) : []) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && (typeof pair[1] === 'number' || isProseChunk(pair[1]))) entries.set(pair[0], pair[1] as Entry);
  }
  return entries;
}

const PROSE_NUMBERS = ['words', 'letters', 'sentences', 'easeWords', 'syllables', 'balance', 'formalWords', 'informalWords', 'contractions', 'nominalisations', 'passives', 'exclamations', 'emoji'] as const;

/** Whether `value` has a ProseChunk's shape (a file edited by hand or cut short by another writer reads as a miss). */
function isProseChunk(value: unknown): value is ProseChunk {
  if (value === null || typeof value !== 'object') return false;
  const chunk = value as Record<string, unknown>;
  return PROSE_NUMBERS.every((name) => typeof chunk[name] === 'number')
    && Array.isArray(chunk.cues) && chunk.cues.length === 4 && chunk.cues.every((n) => typeof n === 'number')
    && Array.isArray(chunk.feelings) && chunk.feelings.every((n) => typeof n === 'number')
    && Array.isArray(chunk.head) && chunk.head.every((word) => typeof word === 'string')
    && Array.isArray(chunk.tail) && chunk.tail.every((word) => typeof word === 'string');
}

/** A file's first line: this layout, this encoding, written by this measuring code. */
function cacheKind(encoding: string): CacheKind {
  // Checksummed: a file edited by hand is never taken for measures. The code's digest is the same
  // from the sources and from the bundle (code-digest-fs.ts): one folder whatever runs the hook.
  return { name: 'chunks', format: FORMAT, fingerprint: fingerprintValues(FORMAT, codeDigest('measuring'), encoding), checksum: true };
}

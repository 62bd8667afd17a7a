// Node-only (hashing, files): the measures of version bodies, remembered by the body's digest so a
// text carried by many commits (or seen by an earlier backfill) is measured once. In memory for
// one run, and optionally persisted under the git common dir (never committed, shared by
// worktrees), written atomically and tied to a fingerprint of the code that computed it.
import { createHash } from 'node:crypto';
import type { Traits } from '../schema/traits.ts';
import { measureBody, type BodyMeasures } from './measure.ts';
import type { ToneLabel } from './tone.ts';
import type { TokenCounter } from './token-counter-fs.ts';
import type { ChunkMeasurer } from './chunk-store-fs.ts';
import { cacheFilePath, fingerprintValues, newestEntries, readCacheJson, writeCacheJson, type CacheKind } from '../cache/cache-file-fs.ts';
// The measuring code's digest, the same from the sources and the bundle (the bundle's was its whole chunks folder).
import { codeDigest } from '../cache/code-digest-fs.ts';

/** Bumped when the file's layout changes; a change in the measuring code changes the fingerprint. */
const FORMAT = 2;

/** What the cache keeps of one body: `BodyMeasures`, inferred tone included when it was asked for. */
export interface MeasureEntry {
  traits: Traits;
  variables: string[];
  inferredTone?: ToneLabel;
}

export interface MeasureCache {
  /** The measures of `body` (see `measureBody`), from the cache when its digest was seen. */
  measure(body: string, counter: TokenCounter, options: { inferTone: boolean; path?: string }): Promise<BodyMeasures>;
  /**
   * Adds measures computed elsewhere (backfill's worker threads, ahead of the replay) by their
   * `measureKey`. A primed entry answers `measure` as if this run had measured it (a miss). Given
   * the body too, with the encoding its key was made with, the first `measure` of that body finds
   * the entry by its text and does not hash it again (the replay's SHA-1 of every body the
   * threads had hashed already: 5-18% of its recording of prompts, by profile).
   */
  prime(key: string, entry: MeasureEntry, measured?: { body: string; encoding: string }): void;
  /**
   * Entries held, how many `measure` calls were answered from them (hits) and how many were not
   * (misses), of which `primed` took an entry `prime` gave; for tests and progress.
   */
  stats(): { entries: number; hits: number; misses: number; primed: number };
  /** Writes the entries to the file it was opened from, if any changed (a no-op for an in-memory cache). */
  save(): void;
}

/**
 * A cache that lives for one run only (the hook: one commit). With `chunks`, a body not in it is
 * measured by chunks (chunk-measure.ts), the chunks kept as that measurer keeps them.
 */
export function memoryMeasureCache(options: { chunks?: ChunkMeasurer } = {}): MeasureCache {
  return createCache(new Map(), undefined, undefined, options.chunks);
}

/**
 * The persistent cache of a repository for an encoding, at
 * `<git common dir>/promptvault/measures/<encoding>.json`. A missing, unreadable or stale file
 * (another format, or written by different measuring code) starts an empty cache; it is never an error.
 */
export function openMeasureCache(options: { gitdir: string; encoding: string }): MeasureCache {
  const file = cacheFilePath(options.gitdir, 'measures', `${options.encoding}.json`);
  // Token counts depend on the encoding too (each has its own file; the name alone does not tell).
  const kind = { name: 'measures', format: FORMAT, fingerprint: fingerprintValues(FORMAT, codeDigest('measuring'), options.encoding) };
  const saved = readCacheJson(file, kind);
  const entries = new Map<string, MeasureEntry>();
  // Saved as [key, entry] pairs; anything else in the list (a hand edit) is measured again.
  for (const pair of Array.isArray(saved) ? (saved as unknown[]) : []) {
    if (Array.isArray(pair) && typeof pair[0] === 'string' && pair[1] && typeof pair[1] === 'object') entries.set(pair[0], pair[1] as MeasureEntry);
  }
  return createCache(entries, file, kind, undefined);
}

function createCache(entries: Map<string, MeasureEntry>, file: string | undefined, kind: CacheKind | undefined, chunks: ChunkMeasurer | undefined): MeasureCache {
  let hits = 0;
  let misses = 0;
  let primedHits = 0;
  let dirty = false;
  const primed = new Map<string, MeasureEntry>();
  // Primed bodies by their text, with their key and the encoding it was made with.
  const primedBodies = new Map<string, { key: string; encoding: string }>();
  return {
    async measure(body, counter, options) {
      const byText = primedBodies.get(body);
      if (byText) primedBodies.delete(body);
      const key = byText?.encoding === counter.encoding ? byText.key : measureKey(body, counter.encoding);
      const known = entries.get(key);
      if (known && (!options.inferTone || known.inferredTone !== undefined)) {
        hits++;
        return copyOf(known, options);
      }
      const ready = primed.get(key);
      if (ready && (!options.inferTone || ready.inferredTone !== undefined)) {
        primed.delete(key);
        misses++;
        primedHits++;
        entries.set(key, ready);
        dirty = true;
        return copyOf(ready, options);
      }
      misses++;
      const measured = chunks && counter.bpe ? chunks.measure(body, await counter.bpe(), options) : await measureWhole(body, counter, options);
      entries.set(key, { traits: { ...measured.traits }, variables: [...measured.variables], ...(measured.inferredTone ? { inferredTone: measured.inferredTone } : {}) });
      dirty = true;
      return measured;
    },
    prime(key, entry, measured) {
      if (entries.has(key)) return;
      primed.set(key, entry);
      if (measured) primedBodies.set(measured.body, { key, encoding: measured.encoding });
    },
    stats: () => ({ entries: entries.size, hits, misses, primed: primedHits }),
    save() {
      chunks?.save();
      if (!file || !kind || !dirty) return;
      if (writeCacheJson(file, kind, newestEntries(entries))) dirty = false;
    },
  };
}

async function measureWhole(body: string, counter: TokenCounter, options: { inferTone: boolean }): Promise<BodyMeasures> {
  const tokens = await counter.count(body);
  return measureBody(body, { encoding: counter.encoding, countTokens: () => tokens }, options);
}

/** The key of a body's measures: its digest with the encoding's name (the token count depends on it). */
export function measureKey(body: string, encoding: string): string {
  return createHash('sha1').update(encoding).update('\0').update(body).digest('base64');
}

function copyOf(entry: MeasureEntry, options: { inferTone: boolean }): BodyMeasures {
  return { traits: { ...entry.traits }, variables: [...entry.variables], ...(options.inferTone ? { inferredTone: entry.inferredTone } : {}) };
}

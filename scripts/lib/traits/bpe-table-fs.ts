// Node-only: the binary BPE tables (bpe-table.ts), one file per encoding under the package's
// build/bpe/. `npm run build:cli` (and so `prepare` and `prepack`) writes them; a checkout or copy
// without them builds the missing one from gpt-tokenizer's ranks on first use and saves it there,
// or, where the package folder is read-only, in the user's cache folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../package-root-fs.ts';
import { createBpeCounter, parseBpeTable, serializeBpeTable, type BpeCounter, type BpeTable } from './bpe-table.ts';
import { splitRegexOf } from './bpe-split.ts';
import type { TokenizerEncoding } from './tokens.ts';

type RankDecoder = readonly (string | readonly number[] | undefined)[];

const RANKS: Record<TokenizerEncoding, () => Promise<{ default: RankDecoder }>> = {
  o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base') as Promise<{ default: RankDecoder }>,
  cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base') as Promise<{ default: RankDecoder }>,
  p50k_base: () => import('gpt-tokenizer/bpeRanks/p50k_base') as Promise<{ default: RankDecoder }>,
  r50k_base: () => import('gpt-tokenizer/bpeRanks/r50k_base') as Promise<{ default: RankDecoder }>,
};

/** Where the table of `encoding` is looked for, in order. */
export function bpeTablePaths(encoding: TokenizerEncoding): string[] {
  const name = `${encoding}.v1.bin`;
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return [path.join(packageRoot(), 'build', 'bpe', name), path.join(cacheHome, 'promptvault', 'bpe', name)];
}

/** The table of `encoding`: read from disk, else built from gpt-tokenizer and saved for next time. */
export async function loadBpeTable(encoding: TokenizerEncoding): Promise<BpeTable> {
  for (const file of bpeTablePaths(encoding)) {
    let data: Buffer;
    try {
      // Asynchronous on purpose: the read of 4 MB runs in libuv's pool while the hook waits on git.
      // fs.readFile, not fs.promises: loading Node's promises module cost a hook 6-20 ms of CPU.
      data = await new Promise<Buffer>((resolve, reject) => fs.readFile(file, (error, bytes) => (error ? reject(error) : resolve(bytes))));
    } catch {
      continue;
    }
    try {
      return parseBpeTable(data);
    } catch {
      // A truncated or foreign file is rebuilt below, never trusted.
    }
  }
  const bytes = await buildBpeTable(encoding);
  for (const file of bpeTablePaths(encoding)) if (saveTable(file, bytes)) break;
  return parseBpeTable(bytes);
}

// Promises, so concurrent callers in one thread share one read.
const counters = new Map<TokenizerEncoding, Promise<BpeCounter>>();

/**
 * A counter over the table of `encoding`, loaded once per thread and shared by its callers (the
 * guard's word rarities read cl100k in each guard thread). A failed load is not kept.
 */
export function loadBpeCounter(encoding: TokenizerEncoding): Promise<BpeCounter> {
  let loading = counters.get(encoding);
  if (!loading) {
    loading = loadBpeTable(encoding).then((table) => createBpeCounter(table, splitRegexOf(encoding)));
    loading.catch(() => counters.delete(encoding));
    counters.set(encoding, loading);
  }
  return loading;
}

/** The table's bytes, from gpt-tokenizer's ranks of `encoding`. */
export async function buildBpeTable(encoding: TokenizerEncoding): Promise<Uint8Array> {
  const decoder = (await RANKS[encoding]()).default;
  const encoder = new TextEncoder();
  const strict = new TextDecoder('utf-8', { fatal: true });
  const tokens: (Uint8Array | undefined)[] = new Array(decoder.length);
  for (let rank = 0; rank < decoder.length; rank++) {
    const value = decoder[rank];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      tokens[rank] = encoder.encode(value);
      continue;
    }
    const bytes = Uint8Array.from(value);
    // gpt-tokenizer looks up any valid UTF-8 byte run among its string tokens only, so a token
    // stored as bytes that happen to be valid UTF-8 (9 in o200k) is never produced by it; leaving
    // them out keeps every count equal to the one gpt-tokenizer gives (and records give).
    if (isValidUtf8(strict, bytes)) continue;
    tokens[rank] = bytes;
  }
  return serializeBpeTable(tokens);
}

function isValidUtf8(strict: TextDecoder, bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Writes atomically (temp file and rename); false when the folder is not writable. */
export function saveTable(file: string, bytes: Uint8Array): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}

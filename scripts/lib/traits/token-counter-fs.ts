// Node-only: token counts for the recorder. The encoding's binary rank table (bpe-table-fs.ts)
// starts loading once a commit is known to need it (preload), while this thread runs git and parses files;
// counting then runs in this thread: with no 2 MB module to compile there is nothing left worth a
// worker thread's start-up. Counts are remembered by text for the life of the counter, so a blob
// carried by many commits of a backfill is counted once.
import { createHash } from 'node:crypto';
import { createBpeCounter, type BpeCounter } from './bpe-table.ts';
import { loadBpeTable } from './bpe-table-fs.ts';
import { splitRegexOf } from './bpe-split.ts';
import { tokenLinesOf, type TokenLines } from './token-splice.ts';
import type { TokenizerEncoding } from './tokens.ts';

export interface TokenCounter {
  encoding: string;
  count(text: string): Promise<number>;
  /**
   * The count with the text's line starts (token-splice.ts), spliced from `previous` (an earlier
   * version's) when given: o200k only, undefined for the other encodings. Not remembered.
   */
  countLines?(text: string, previous?: TokenLines): Promise<TokenLines | undefined>;
  /** The counter itself, once its table is read: for a caller that walks a text's pieces chunk by chunk (chunk-measure.ts). */
  bpe?(): Promise<BpeCounter>;
  /** Starts reading the table now, so it overlaps other work; a commit with nothing to count never calls it. */
  preload(): void;
  close(): void;
}

/**
 * `remember: false` for a caller that never counts a text twice (backfill's measuring threads
 * count each distinct body once): digesting every body to remember it was wasted there.
 */
export function startTokenCounter(encoding: TokenizerEncoding, options: { remember?: boolean } = {}): TokenCounter {
  let loading: Promise<BpeCounter> | undefined;
  const load = () => (loading ??= loadBpeTable(encoding).then((table) => createBpeCounter(table, splitRegexOf(encoding))));
  const counted = new Map<string, number>();
  return {
    encoding,
    async count(text) {
      if (options.remember === false) return (await load()).countTokens(text);
      // Keyed by digest: holding every text of a long history as a key would hold all of it in memory.
      const key = text.length < 64 ? text : createHash('sha1').update(text).digest('base64');
      const known = counted.get(key);
      if (known !== undefined) return known;
      const count = (await load()).countTokens(text);
      counted.set(key, count);
      return count;
    },
    async countLines(text, previous) {
      // The splice's argument holds for o200k's pre-tokenizer only (token-splice.ts).
      if (encoding !== 'o200k_base') return undefined;
      return tokenLinesOf(await load(), text, previous);
    },
    bpe: load,
    // A failure surfaces at the first count, not as an unhandled rejection.
    preload: () => void load().catch(() => {}),
    close: () => counted.clear(),
  };
}

// Pure: a BPE rank table as one flat binary (token bytes, their offsets, and an open-addressing
// hash table of ranks), and a token counter that runs tiktoken's byte-pair merge over it.
//
// Why not gpt-tokenizer at run time: its o200k table is a 2.4 MB JavaScript module that Node
// compiles and turns into a 200,000-entry Map on every start (about 350 ms in the hook's worker,
// where no compile cache helps an installed copy). This table is built once from gpt-tokenizer's
// own ranks (bpe-table-fs.ts) and loads with one read and no parsing; the merge below follows
// gpt-tokenizer's `bytePairMerge` step for step, and a test checks the counts token for token.
//
// Layout, little-endian: "PVBPE001", u32 version, u32 token count N, u32 slot count S (a power of
// two), u32 byte count B, then u32 offsets[N + 1], i32 slots[S] (rank or -1), u8 bytes[B].
import { asciiPieceEnd } from './bpe-ascii-pieces.ts';
import { asciiSplitOf, tilesEveryText } from './bpe-split.ts';
import { startsLine } from './token-splice.ts';

const MAGIC = 'PVBPE001';
const HEADER = 24;

export interface BpeTable {
  offsets: Uint32Array;
  slots: Int32Array;
  mask: number;
  bytes: Uint8Array;
}

// FNV-1a over bytes: cheap, and good enough spread for 200,000 short keys at load factor 0.38.
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

/** Builds the binary table from ranks: `tokens[rank]` is that token's bytes (undefined for a hole). */
export function serializeBpeTable(tokens: readonly (Uint8Array | undefined)[]): Uint8Array {
  const count = tokens.length;
  let byteCount = 0;
  for (const token of tokens) byteCount += token?.length ?? 0;
  let slotCount = 1;
  while (slotCount < count * 2.6) slotCount <<= 1;
  const size = HEADER + (count + 1) * 4 + slotCount * 4 + byteCount;
  const buffer = new ArrayBuffer(size);
  const view = new DataView(buffer);
  for (let i = 0; i < MAGIC.length; i++) view.setUint8(i, MAGIC.charCodeAt(i));
  view.setUint32(8, 1, true);
  view.setUint32(12, count, true);
  view.setUint32(16, slotCount, true);
  view.setUint32(20, byteCount, true);
  const offsets = new Uint32Array(buffer, HEADER, count + 1);
  const slots = new Int32Array(buffer, HEADER + (count + 1) * 4, slotCount).fill(-1);
  const bytes = new Uint8Array(buffer, HEADER + (count + 1) * 4 + slotCount * 4, byteCount);
  const table: BpeTable = { offsets, slots, mask: slotCount - 1, bytes };
  let at = 0;
  tokens.forEach((token, rank) => {
    offsets[rank] = at;
    if (!token) return;
    bytes.set(token, at);
    at += token.length;
    offsets[rank + 1] = at;
    // The first rank wins for a duplicate key, as a Map filled in rank order would keep the last;
    // tiktoken's tables have none, so this never matters.
    if (rankOf(table, bytes, at - token.length, at) !== -1) return;
    let slot = hashBytes(bytes, at - token.length, at) & table.mask;
    while (slots[slot] !== -1) slot = (slot + 1) & table.mask;
    slots[slot] = rank;
  });
  offsets[count] = at;
  return new Uint8Array(buffer);
}

/** Reads a table written by serializeBpeTable; throws when the bytes are not one. */
export function parseBpeTable(data: Uint8Array): BpeTable {
  // Typed arrays need aligned offsets: copy when the buffer slice is not 4-byte aligned.
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  for (let i = 0; i < MAGIC.length; i++) if (view.getUint8(i) !== MAGIC.charCodeAt(i)) throw new Error('not a promptvault BPE table');
  const count = view.getUint32(12, true);
  const slotCount = view.getUint32(16, true);
  const byteCount = view.getUint32(20, true);
  const expected = HEADER + (count + 1) * 4 + slotCount * 4 + byteCount;
  if (aligned.byteLength !== expected || (slotCount & (slotCount - 1)) !== 0) throw new Error('truncated or corrupt BPE table');
  const base = aligned.byteOffset;
  return {
    offsets: new Uint32Array(aligned.buffer, base + HEADER, count + 1),
    slots: new Int32Array(aligned.buffer, base + HEADER + (count + 1) * 4, slotCount),
    mask: slotCount - 1,
    bytes: new Uint8Array(aligned.buffer, base + HEADER + (count + 1) * 4 + slotCount * 4, byteCount),
  };
}

/** The rank of `key[start, end)`, or -1. */
export function rankOf(table: BpeTable, key: Uint8Array, start: number, end: number): number {
  const { slots, offsets, bytes, mask } = table;
  const length = end - start;
  let slot = hashBytes(key, start, end) & mask;
  for (;;) {
    const rank = slots[slot]!;
    if (rank === -1) return -1;
    const from = offsets[rank]!;
    if (offsets[rank + 1]! - from === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[from + i] !== key[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return rank;
    }
    slot = (slot + 1) & mask;
  }
}

const NONE = 0x7fffffff;

/**
 * Tokens of one pre-tokenized piece: tiktoken's merge (repeatedly join the adjacent pair with the
 * lowest rank, leftmost first), exactly as gpt-tokenizer's `bytePairMerge` does it.
 */
export function countPieceTokens(table: BpeTable, piece: Uint8Array, length: number, starts: Int32Array, ranks: Int32Array): number {
  if (length <= 1) return length;
  if (rankOf(table, piece, 0, length) !== -1) return 1;
  // starts[0..n] are part boundaries; ranks[i] is the rank of parts i and i+1 joined.
  let n = length + 1;
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ranks[i] = i < length - 1 ? pairRank(table, piece, i, i + 2) : NONE;
  }
  while (n > 1) {
    let lowest = NONE;
    let at = -1;
    for (let i = 0; i < n - 1; i++) {
      if (ranks[i]! < lowest) {
        lowest = ranks[i]!;
        at = i;
      }
    }
    if (at === -1) break;
    starts.copyWithin(at + 1, at + 2, n);
    ranks.copyWithin(at, at + 1, n);
    n--;
    ranks[at] = at + 2 < n ? pairRank(table, piece, starts[at]!, starts[at + 2]!) : NONE;
    if (at > 0) ranks[at - 1] = at + 1 < n ? pairRank(table, piece, starts[at - 1]!, starts[at + 1]!) : NONE;
  }
  return n - 1;
}

function pairRank(table: BpeTable, piece: Uint8Array, start: number, end: number): number {
  const rank = rankOf(table, piece, start, end);
  return rank === -1 ? NONE : rank;
}

export interface BpeCounter {
  countTokens(text: string): number;
  /** The tokens of one pre-tokenized piece (remembered, as countTokens remembers them). */
  countPiece(piece: string): number;
  /**
   * When the encoding's pre-tokenizer has a scan of bytes for ASCII text (o200k:
   * bpe-ascii-pieces.ts; undefined for the others): the tokens of the pieces of `text` from `start`
   * (a piece boundary) to `end`, or undefined when no piece ends exactly at `end`; the stretches
   * of ASCII between line starts are scanned, the rest searched with the pattern. `afterNewline`
   * is told of each piece that starts just after a "\n", with the tokens before it.
   */
  countPieces?(text: string, start: number, end: number, afterNewline?: (index: number, tokens: number) => void): number | undefined;
  /** The pre-tokenizer (global, its `lastIndex` the caller's to set): for a caller that walks the pieces itself (token-splice.ts). */
  readonly split: RegExp;
  /**
   * How many tokens `text` is, and the rank (token id) of its token when it is one, else -1: what
   * gpt-tokenizer's `encode(text)` gives as its length and, for one token, its only id.
   */
  countAndRank(text: string): { count: number; rank: number };
}

const PAST_ASCII_GLOBAL = /[^\x00-\x7f]/g;

/** The last line start (startsLine) in (`after`, `at`], else -1. */
function lineStartBefore(text: string, at: number, after: number): number {
  for (let newline = text.lastIndexOf('\n', at - 1); newline >= after; newline = text.lastIndexOf('\n', newline - 1)) {
    if (startsLine(text, newline + 1)) return newline + 1;
    // lastIndexOf reads a negative start as 0: it would find this one again.
    if (newline === 0) break;
  }
  return -1;
}

/** The first line start (startsLine) after `at`, else the text's end. */
function lineStartAfter(text: string, at: number): number {
  for (let newline = text.indexOf('\n', at); newline !== -1 && newline + 1 < text.length; newline = text.indexOf('\n', newline + 1)) {
    if (startsLine(text, newline + 1)) return newline + 1;
  }
  return text.length;
}

/**
 * A counter over `table` that splits text with the encoding's pre-tokenizer regex (a `gu` regex)
 * and treats special-token text such as `<|endoftext|>` as ordinary text, as the recorder asks.
 */
export function createBpeCounter(table: BpeTable, splitRegex: RegExp): BpeCounter {
  const encoder = new TextEncoder();
  let piece = new Uint8Array(1024);
  let starts = new Int32Array(1025);
  let ranks = new Int32Array(1025);
  const known = new KnownPieces();
  const tiles = tilesEveryText(splitRegex);
  // An encoding's own pattern (bpe-split.ts) is used as it is, global already: every use below sets
  // its `lastIndex` first. A copy parsed o200k's \p classes again (about 4 ms of CPU) whenever V8's
  // regexp cache had let the source go by then: after the garbage collections of some hook runs.
  const regex = tiles ? splitRegex : new RegExp(splitRegex.source, splitRegex.flags.includes('g') ? splitRegex.flags : `${splitRegex.flags}g`);
  // ASCII text is split by the pattern's twin without `\p` classes (bpe-split.ts), which tiles it alike.
  const asciiSplit = tiles ? asciiSplitOf(splitRegex) : undefined;
  const mergePiece = (match: string): number => {
    if (piece.length < match.length * 3) {
      piece = new Uint8Array(match.length * 3);
      starts = new Int32Array(piece.length + 1);
      ranks = new Int32Array(piece.length + 1);
    }
    const { written } = encoder.encodeInto(match, piece);
    return countPieceTokens(table, piece, written, starts, ranks);
  };
  /** `countPiece(text.slice(start, end))`, without making the piece a string when it is remembered. */
  const countSpan = (text: string, start: number, end: number): number => {
    const hash = hashSpan(text, start, end);
    const slot = known.find(text, start, end, hash);
    if (known.keys[slot] !== '') return known.counts[slot]!;
    const match = text.slice(start, end);
    const count = mergePiece(match);
    known.add(slot, match, hash, count);
    return count;
  };
  const countPiece = (match: string): number => countSpan(match, 0, match.length);
  // ASCII text as bytes, and the counts of the pieces met in it, keyed by their bytes.
  let ascii = new Uint8Array(1024);
  const knownBytes = new KnownBytePieces();
  const countBytes = (start: number, end: number): number => {
    const hash = hashBytes(ascii, start, end) | 0;
    const slot = knownBytes.find(ascii, start, end, hash);
    if (knownBytes.starts[slot] !== -1) return knownBytes.counts[slot]!;
    const length = end - start;
    if (piece.length < length) {
      piece = new Uint8Array(length * 3);
      starts = new Int32Array(piece.length + 1);
      ranks = new Int32Array(piece.length + 1);
    }
    piece.set(ascii.subarray(start, end));
    const count = countPieceTokens(table, piece, length, starts, ranks);
    knownBytes.add(slot, ascii, start, end, hash, count);
    return count;
  };
  /** Tokens of the pieces of ASCII text[from, to) from `start` on, `to` a line start or the text's end: see countPieces. */
  const scanAscii = (text: string, from: number, to: number, start: number, end: number, tokens: number, afterNewline?: (index: number, tokens: number) => void): { at: number; tokens: number } => {
    const n = to - from;
    if (ascii.length < n) ascii = new Uint8Array(Math.max(n, ascii.length * 2));
    encoder.encodeInto(from === 0 && to === text.length ? text : text.slice(from, to), ascii);
    const stop = Math.min(end, to) - from;
    let at = start - from;
    while (at < stop) {
      if (afterNewline && (at > 0 ? ascii[at - 1] === 10 : from > 0 && text.charCodeAt(from - 1) === 10)) afterNewline(from + at, tokens);
      const next = asciiPieceEnd(ascii, at, n);
      tokens += countBytes(at, next);
      at = next;
    }
    return { at: from + at, tokens };
  };
  // The first character past ASCII at or after a position, remembered for the last text: a body's
  // chunks are counted one by one, in order, and each search ran to the next one (the body's end).
  let past = { text: '', from: 0, at: 0 };
  const firstPastAscii = (text: string, at: number): number => {
    if (text === past.text && at >= past.from && at <= past.at) return past.at;
    PAST_ASCII_GLOBAL.lastIndex = at;
    past = { text, from: at, at: PAST_ASCII_GLOBAL.test(text) ? PAST_ASCII_GLOBAL.lastIndex - 1 : text.length };
    return past.at;
  };
  const countPieces = (text: string, start: number, end: number, afterNewline?: (index: number, tokens: number) => void): number | undefined => {
    // A line start is a piece boundary whose pieces before it do not depend on what follows
    // (token-splice.ts): the ASCII lines are scanned and only the lines holding other characters
    // searched, and nothing past the first line start at or after `end` is encoded (a body's
    // chunks are counted one by one: each encoded the whole body).
    const limit = end >= text.length ? text.length : lineStartAfter(text, end - 1);
    let tokens = 0;
    let at = start;
    while (at < end) {
      const other = firstPastAscii(text, at);
      const cut = other >= limit ? limit : lineStartBefore(text, other, at);
      if (cut > at) {
        ({ at, tokens } = scanAscii(text, at, cut, at, end, tokens, afterNewline));
        continue;
      }
      const stop = Math.min(end, lineStartAfter(text, other));
      while (at < stop) {
        if (afterNewline && at > 0 && text.charCodeAt(at - 1) === 10) afterNewline(at, tokens);
        regex.lastIndex = at;
        // The pattern tiles every text (bpe-split.ts): its match starts where the last one ended.
        if (!regex.test(text) || regex.lastIndex <= at) return undefined;
        tokens += countSpan(text, at, regex.lastIndex);
        at = regex.lastIndex;
      }
    }
    return at === end ? tokens : undefined;
  };
  /** `total` plus the tokens of the pieces the global search finds in `text` from `at`. */
  const countFrom = (text: string, at: number, total: number): number => {
    regex.lastIndex = at;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      total += countPiece(match[0]);
    }
    return total;
  };
  const countAndRank = (text: string) => {
    let count = 0;
    let last = '';
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      last = match[0];
      count += countPiece(last);
    }
    if (count !== 1) return { count, rank: -1 };
    // One token: the one piece that counted is that token whole.
    const bytes = encoder.encode(last);
    return { count, rank: rankOf(table, bytes, 0, bytes.length) };
  };
  return {
    countPiece,
    ...(asciiSplit ? { countPieces } : {}),
    countAndRank,
    split: regex,
    countTokens(text) {
      if (!tiles) return countFrom(text, 0, 0);
      // Each piece starts where the last one ended (tilesEveryText): its end is all `test` needs to
      // give, and it makes no match array (index, input, groups) as `exec` does: those were a fifth
      // of all a 50-prompt commit allocated (12.7 of 62 MB).
      let total = 0;
      let at = 0;
      // The pattern's ASCII pieces found by a scan of the text's bytes, and looked up by them.
      if (asciiSplit) {
        const counted = countPieces(text, 0, text.length);
        if (counted !== undefined) return counted;
      }
      regex.lastIndex = 0;
      while (regex.test(text)) {
        // An empty match (none of these patterns has one) is skipped as the search below skips it.
        if (regex.lastIndex === at) return countFrom(text, at, total);
        total += countSpan(text, at, regex.lastIndex);
        at = regex.lastIndex;
      }
      return total;
    },
  };
}

// FNV-1a over a span's UTF-16 code units, as KnownPieces keys it.
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Slots a table of pieces starts with (a power of two): a hook's commit counts a few bodies. */
const FIRST_SLOTS = 1 << 12;
/** Slots it grows to at most; it holds at most half as many pieces, so probes stay short. */
const PIECE_SLOTS = 1 << 18;
/** Pieces a table holds before it starts again empty. */
const MAX_PIECES = PIECE_SLOTS >>> 1;

/**
 * Pieces repeat (words, indentation): their counts remembered, bounded as gpt-tokenizer's cache is
 * (it keeps 100,000). An open-addressing table keyed by a span of the text being counted, so a
 * piece seen before is found without being sliced into a string and hashed again by a Map (the
 * slice and the Map were about 40% of counting a body). It starts small (a counter is made for
 * every commit the hook measures) and doubles when half full; emptied whole when full: the counts
 * are a function of the piece alone, so what is kept only decides what is merged again.
 */
class KnownPieces {
  /** The piece in each slot, '' for none (no piece is empty). */
  keys: string[] = new Array<string>(FIRST_SLOTS).fill('');
  hashes = new Int32Array(FIRST_SLOTS);
  counts = new Int32Array(FIRST_SLOTS);
  #size = 0;

  /** The slot holding `text[start, end)`, else the empty slot where it goes. */
  find(text: string, start: number, end: number, hash: number): number {
    const { keys, hashes } = this;
    const mask = keys.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot]!;
      if (key === '') return slot;
      if (hashes[slot] !== hash || key.length !== length) continue;
      let i = 0;
      while (i < length && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return slot;
    }
  }

  /** Puts `piece` in `slot` (an empty one `find` gave for it). */
  add(slot: number, piece: string, hash: number, count: number): void {
    if (this.#size + 1 > this.keys.length >>> 1) {
      const { keys, hashes, counts } = this;
      const size = keys.length < PIECE_SLOTS ? keys.length * 2 : FIRST_SLOTS;
      this.keys = new Array<string>(size).fill('');
      this.hashes = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.#size = 0;
      // Grown: every piece put back; full at the largest size: started again empty.
      if (size > keys.length) for (let i = 0; i < keys.length; i++) if (keys[i] !== '') this.#put(this.find(keys[i]!, 0, keys[i]!.length, hashes[i]!), keys[i]!, hashes[i]!, counts[i]!);
      slot = this.find(piece, 0, piece.length, hash);
    }
    this.#put(slot, piece, hash, count);
  }

  #put(slot: number, piece: string, hash: number, count: number): void {
    this.keys[slot] = piece;
    this.hashes[slot] = hash;
    this.counts[slot] = count;
    this.#size++;
  }
}

/**
 * KnownPieces for pieces of ASCII text, keyed by their bytes (kept in one arena): a piece is found
 * from the text's bytes, without a string made of it.
 */
class KnownBytePieces {
  /** Where each slot's piece starts in `arena`, -1 for none. */
  starts = new Int32Array(FIRST_SLOTS).fill(-1);
  lengths = new Int32Array(FIRST_SLOTS);
  hashes = new Int32Array(FIRST_SLOTS);
  counts = new Int32Array(FIRST_SLOTS);
  #arena = new Uint8Array(FIRST_SLOTS * 8);
  #used = 0;
  #size = 0;

  /** The slot holding `bytes[start, end)`, else the empty slot where it goes. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    return this.#find(this.starts, this.lengths, this.hashes, this.#arena, bytes, start, end, hash);
  }

  #find(starts: Int32Array, lengths: Int32Array, hashes: Int32Array, arena: Uint8Array, bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = starts.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const from = starts[slot]!;
      if (from === -1) return slot;
      if (hashes[slot] !== hash || lengths[slot] !== length) continue;
      let i = 0;
      while (i < length && arena[from + i] === bytes[start + i]) i++;
      if (i === length) return slot;
    }
  }

  /** Puts `bytes[start, end)` in `slot` (an empty one `find` gave for it). */
  add(slot: number, bytes: Uint8Array, start: number, end: number, hash: number, count: number): void {
    const length = end - start;
    if (this.#size + 1 > this.starts.length >>> 1) {
      const { starts, lengths, hashes, counts } = this;
      const size = starts.length < PIECE_SLOTS ? starts.length * 2 : FIRST_SLOTS;
      this.starts = new Int32Array(size).fill(-1);
      this.lengths = new Int32Array(size);
      this.hashes = new Int32Array(size);
      this.counts = new Int32Array(size);
      this.#size = 0;
      // Grown: every piece put back, its bytes where they were; full at the largest size: started again empty.
      if (size > starts.length) {
        for (let i = 0; i < starts.length; i++) {
          if (starts[i] === -1) continue;
          const at = this.#find(this.starts, this.lengths, this.hashes, this.#arena, this.#arena, starts[i]!, starts[i]! + lengths[i]!, hashes[i]!);
          this.starts[at] = starts[i]!;
          this.lengths[at] = lengths[i]!;
          this.hashes[at] = hashes[i]!;
          this.counts[at] = counts[i]!;
          this.#size++;
        }
      } else this.#used = 0;
      slot = this.find(bytes, start, end, hash);
    }
    if (this.#used + length > this.#arena.length) {
      // The arena doubles, as the slots do; past the most pieces could hold (8 bytes each) it starts again empty.
      if (this.#arena.length < MAX_PIECES * 8) {
        const arena = new Uint8Array(Math.max(this.#arena.length * 2, this.#used + length));
        arena.set(this.#arena.subarray(0, this.#used));
        this.#arena = arena;
      } else {
        this.starts.fill(-1);
        this.#used = 0;
        this.#size = 0;
        if (length > this.#arena.length) this.#arena = new Uint8Array(length);
        slot = this.find(bytes, start, end, hash);
      }
    }
    this.#arena.set(bytes.subarray(start, end), this.#used);
    this.starts[slot] = this.#used;
    this.lengths[slot] = length;
    this.hashes[slot] = hash;
    this.counts[slot] = count;
    this.#used += length;
    this.#size++;
  }
}

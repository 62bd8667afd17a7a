// git's similarity of two files for rename detection (diffcore-delta.c, estimate_similarity in
// diffcore-rename.c), computed here (pure): backfill pairs a history's simple moves without a
// `git diff-tree -M` per commit (rename-pairs.ts). Each file is cut into spans ending at a newline
// or after 64 bytes, each span hashed; the bytes of the source's spans the destination holds too
// (per hash, the smaller of the two byte counts) over the larger file's size is the score.
// Text with a carriage return is left to git (it skips the CR of a CRLF in text, and whether a
// file is text follows the repository's attributes).

/** git's MAX_SCORE: 100%. */
export const MAX_SCORE = 60000;
/** git's default rename threshold (-M without a number): 50%. */
export const DEFAULT_RENAME_SCORE = 30000;
const HASHBASE = 107927;

/** The byte counts of a file's spans by hash (hash_chars), or undefined for text with a CR. */
export function spanCounts(data: Uint8Array): Map<number, number> | undefined {
  if (data.includes(13)) return undefined;
  const counts = new Map<number, number>();
  let accum1 = 0;
  let accum2 = 0;
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    const old1 = accum1;
    // 32-bit unsigned arithmetic, as git's `unsigned int`.
    accum1 = (((accum1 << 7) ^ (accum2 >>> 25)) + c) >>> 0;
    accum2 = ((accum2 << 7) ^ (old1 >>> 25)) >>> 0;
    if (++n < 64 && c !== 10) continue;
    const hash = ((accum1 + Math.imul(accum2, 0x61)) >>> 0) % HASHBASE;
    counts.set(hash, (counts.get(hash) ?? 0) + n);
    n = 0;
    accum1 = 0;
    accum2 = 0;
  }
  return counts;
}

/**
 * git's score (0-MAX_SCORE) of `dst` as a rename of `src`, both regular files: 0 when their sizes
 * differ by more than the threshold lets any pair reach (estimate_similarity's early exit), else
 * the bytes of src found in dst over the larger size. Undefined where git must say (a CR).
 */
export function renameScore(src: Uint8Array, dst: Uint8Array, minimumScore = DEFAULT_RENAME_SCORE): number | undefined {
  const maxSize = Math.max(src.length, dst.length);
  const deltaSize = maxSize - Math.min(src.length, dst.length);
  if (maxSize * (MAX_SCORE - minimumScore) < deltaSize * MAX_SCORE) return 0;
  const srcCounts = spanCounts(src);
  const dstCounts = spanCounts(dst);
  if (srcCounts === undefined || dstCounts === undefined) return undefined;
  if (dst.length === 0) return 0;
  let copied = 0;
  for (const [hash, count] of srcCounts) copied += Math.min(count, dstCounts.get(hash) ?? 0);
  return Math.floor((copied * MAX_SCORE) / maxSize);
}

/** The score git prints after R in raw output (similarity_index: a percentage, rounded down). */
export function printedScore(score: number): number {
  return Math.floor((score * 100) / MAX_SCORE);
}

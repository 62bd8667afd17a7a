// Pure: a zlib stream (RFC 1950) whose deflate data is "stored" blocks (RFC 1951, BTYPE 00: the
// bytes as they are, 65,535 at most a block), for the objects we write into git's store: the
// records backfill packs (blob-pack-fs.ts) and the loose ones the hook stages
// (stage-in-process-fs.ts). git inflates any valid zlib stream (core.looseCompression=0 makes it
// write the same kind), and `git gc` compresses them later like any other object. Node's
// `deflateSync` sets up a zlib stream per call (its state and window, some 256 KB): for small
// records that set-up, not the compression, was most of the cost (100 records of a 50-prompt
// commit, fresh process: level 1 24-32 ms of CPU, this 9-18 ms; backfill's 39,419: about 19 s).

const MAX_BLOCK = 65_535;
/** The largest prime below 2^16, adler-32's modulus. */
const ADLER_BASE = 65_521;
/** How many bytes adler-32's sums take before they could pass 2^32 (zlib's NMAX). */
const ADLER_RUN = 5_552;

/**
 * `parts`, one after the other, as one zlib stream of stored blocks, itself in parts: the blocks'
 * bytes are views of the given ones, not copies (a pack of thousands of records is joined once).
 */
export function storedZlib(parts: readonly Uint8Array[]): Buffer[] {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const blocks = Math.max(1, Math.ceil(total / MAX_BLOCK));
  // CMF 0x78 (deflate, 32 KB window), FLG 0x01: no dictionary, "fastest" level, and CMF*256+FLG
  // a multiple of 31 as RFC 1950 asks.
  const out: Buffer[] = [Buffer.from([0x78, 0x01])];
  let left = total;
  let part = 0;
  let inPart = 0;
  for (let block = 0; block < blocks; block++) {
    const length = Math.min(MAX_BLOCK, left);
    left -= length;
    // BFINAL on the last block, BTYPE 00; then LEN and its ones' complement, little-endian.
    const header = Buffer.alloc(5);
    header[0] = block === blocks - 1 ? 1 : 0;
    header.writeUInt16LE(length, 1);
    header.writeUInt16LE(length ^ 0xffff, 3);
    out.push(header);
    for (let need = length; need > 0; ) {
      const source = parts[part]!;
      const take = Math.min(need, source.length - inPart);
      if (take > 0) out.push(Buffer.from(source.buffer, source.byteOffset + inPart, take));
      need -= take;
      inPart += take;
      if (inPart === source.length) {
        part++;
        inPart = 0;
      }
    }
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32(parts), 0);
  out.push(checksum);
  return out;
}

/** RFC 1950's checksum of `parts` one after the other. */
export function adler32(parts: readonly Uint8Array[]): number {
  let a = 1;
  let b = 0;
  for (const bytes of parts) {
    for (let i = 0; i < bytes.length; ) {
      const end = Math.min(bytes.length, i + ADLER_RUN);
      for (; i < end; i++) {
        a += bytes[i]!;
        b += a;
      }
      a %= ADLER_BASE;
      b %= ADLER_BASE;
    }
  }
  return ((b << 16) | a) >>> 0;
}

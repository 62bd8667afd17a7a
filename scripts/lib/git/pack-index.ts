// Pure: git's pack index (version 2, SHA-1) for a pack whose entries are known: what `git
// index-pack` writes beside a pack it reads. blob-pack-file-fs.ts writes backfill's record packs
// itself, with the ids it has, instead of starting index-pack for each (a fork of a process
// holding over a gigabyte, on the replay's thread: about 45 ms each, measured).

/** An object of the pack: its id (hex), where its entry starts, and the CRC-32 of the entry's bytes. */
export interface PackIndexEntry {
  oid: string;
  offset: number;
  crc32: number;
}

const MAGIC = [0xff, 0x74, 0x4f, 0x63];
const VERSION = 2;
const FANOUT = 256;
const ID_BYTES = 20;
/** Offsets from 2^31 on go into the table of 8-byte offsets; the 4-byte slot holds its index with the top bit set. */
const LARGE = 0x8000_0000;

/**
 * The index of a pack holding `entries` (distinct ids), without its own trailing checksum: the
 * caller appends the SHA-1 of these bytes. `packChecksum` is the pack's trailing SHA-1.
 */
export function packIndexBody(entries: readonly PackIndexEntry[], packChecksum: Uint8Array): Buffer {
  if (packChecksum.length !== ID_BYTES) throw new Error(`a pack checksum of ${packChecksum.length} bytes`);
  const sorted = [...entries].sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.oid === sorted[i - 1]!.oid) throw new Error(`object ${sorted[i]!.oid} twice in one pack`);
  const large = sorted.filter((entry) => entry.offset >= LARGE).length;
  const n = sorted.length;
  const out = Buffer.alloc(8 + 4 * FANOUT + n * (ID_BYTES + 4 + 4) + 8 * large + ID_BYTES);
  out.set(MAGIC, 0);
  out.writeUInt32BE(VERSION, 4);
  const fanoutAt = 8;
  const idsAt = fanoutAt + 4 * FANOUT;
  const crcsAt = idsAt + n * ID_BYTES;
  const offsetsAt = crcsAt + n * 4;
  const largeAt = offsetsAt + n * 4;
  const counts = new Uint32Array(FANOUT);
  let nextLarge = 0;
  for (const [i, entry] of sorted.entries()) {
    if (!/^[0-9a-f]{40}$/.test(entry.oid)) throw new Error(`not a SHA-1 object id: ${entry.oid}`);
    out.write(entry.oid, idsAt + i * ID_BYTES, 'hex');
    counts[out[idsAt + i * ID_BYTES]!]!++;
    out.writeUInt32BE(entry.crc32 >>> 0, crcsAt + i * 4);
    if (entry.offset < LARGE) out.writeUInt32BE(entry.offset, offsetsAt + i * 4);
    else {
      out.writeUInt32BE((LARGE | nextLarge) >>> 0, offsetsAt + i * 4);
      out.writeBigUInt64BE(BigInt(entry.offset), largeAt + nextLarge * 8);
      nextLarge++;
    }
  }
  // Entry b of the fan-out: how many ids have a first byte of b or less.
  let total = 0;
  for (let b = 0; b < FANOUT; b++) {
    total += counts[b]!;
    out.writeUInt32BE(total, fanoutAt + 4 * b);
  }
  out.set(packChecksum, largeAt + 8 * large);
  return out;
}

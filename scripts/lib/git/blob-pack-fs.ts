// Node-only (hashing, git): stores many small blobs in one pack instead of one loose file
// each. Backfill stages tens of thousands of records at once; `update-index --add` wrote each as a
// loose object (a zlib stream, a temporary file, a rename and often a new fan-out folder), which
// was most of backfill's writing time (39,419 records: 34 s). Once the blobs are in a pack,
// `update-index` hashes each file, finds its object there, and writes nothing more.
import { createHash } from 'node:crypto';
import { runGit } from './native-git.ts';
import type { Repo } from './index.ts';

/** git's object type number for a blob in a pack entry's header. */
const BLOB = 3;
/** The most a stored (uncompressed) deflate block holds. */
const STORED_BLOCK = 65_535;

/** git's object id of a blob with these bytes (what `git hash-object` prints). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A blob to pack: its bytes, with its id when the caller has it already (backfill's vault does). */
export type PackBlob = Uint8Array | { oid: string; bytes: Uint8Array };

/**
 * Writes `blobs` (contents; duplicates are stored once) into one new pack of the repository, with
 * its index, through `git index-pack --stdin`, which checks every object and names the pack.
 * Returns how many objects the pack holds.
 */
export async function writeBlobPack(repo: Repo, blobs: Iterable<PackBlob>): Promise<number> {
  const parts: Buffer[] = [];
  const seen = new Set<string>();
  for (const given of blobs) {
    const blob = given instanceof Uint8Array ? given : given.bytes;
    const oid = given instanceof Uint8Array ? gitBlobId(blob) : given.oid;
    if (seen.has(oid)) continue;
    seen.add(oid);
    parts.push(entryHeader(BLOB, blob.length), ...storedZlib(blob));
  }
  if (seen.size === 0) return 0;
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(seen.size, 8);
  parts.unshift(header);
  const trailer = createHash('sha1');
  for (const part of parts) trailer.update(part);
  parts.push(trailer.digest());
  await runGit(['index-pack', '--stdin'], { ...repo, input: Buffer.concat(parts) });
  return seen.size;
}

/** A pack entry's header: type and size, 4 bits of size in the first byte, then 7 per byte. */
function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)];
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes[bytes.length - 1]! |= 0x80;
    bytes.push(rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}

/**
 * `data` as a zlib stream of stored (uncompressed) deflate blocks, built by hand. Compressing
 * each record with zlib cost more than everything else in writing them (39,419 records: about
 * 19 s of CPU under load, and each call's zlib state held memory until collected); records are
 * small YAML files, and `git gc` compresses and deltifies the pack later like any other.
 */
function storedZlib(data: Uint8Array): Buffer[] {
  const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
  for (let start = 0; start === 0 || start < data.length; start += STORED_BLOCK) {
    const block = data.subarray(start, start + STORED_BLOCK);
    const header = Buffer.alloc(5);
    header[0] = start + STORED_BLOCK >= data.length ? 1 : 0;
    header.writeUInt16LE(block.length, 1);
    header.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(header, Buffer.from(block.buffer, block.byteOffset, block.length));
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32(data), 0);
  parts.push(checksum);
  return parts;
}

/** zlib's Adler-32 checksum of `data`. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5,552 bytes is the most that can be summed before the 32-bit sums must be reduced.
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(data.length, start + 5552);
    for (let i = start; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// Node-only (hashing, git): stores many small blobs in one pack instead of one loose file
// each. Backfill stages tens of thousands of records at once; `update-index --add` wrote each as a
// loose object (a zlib stream, a temporary file, a rename and often a new fan-out folder), which
// was most of backfill's writing time (39,419 records: 34 s). Once the blobs are in a pack,
// `update-index` hashes each file, finds its object there, and writes nothing more.
import { createHash } from 'node:crypto';
import { runGit } from './native-git.ts';
import type { Repo } from './index.ts';
import { storedZlib } from './stored-zlib.ts';
import { entryHeader } from './blob-pack-file-fs.ts';

/** git's object type number for a blob in a pack entry's header. */
const BLOB = 3;

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
    parts.push(entryHeader(BLOB, blob.length), ...storedZlib([blob]));
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

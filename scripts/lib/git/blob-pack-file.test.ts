import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, gitIn, mustSucceed, type TestRepo } from '../../test-utils/repo.ts';
import { gitBlobId } from './blob-pack-fs.ts';
import { packsWritableHere, writeBlobPackFile } from './blob-pack-file-fs.ts';
import { packIndexBody } from './pack-index.ts';

const repos: TestRepo[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function newRepo(): TestRepo {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  return repo;
}

const known = (bytes: Buffer) => ({ oid: gitBlobId(bytes), bytes });

describe('writeBlobPackFile', () => {
  it('writes a pack git reads back byte for byte, each blob once, with the very index `git index-pack` makes of it', () => {
    const test = newRepo();
    const large = Buffer.alloc(200_000, 'x');
    large.write('the end', 199_990);
    const blobs = [Buffer.from(''), Buffer.from('prompt: support/refund\nversion: 1\n'), Buffer.from('tärkeä 重要 ✓\n'), Buffer.alloc(65_535, 'a'), Buffer.alloc(65_536, 'b'), large, Buffer.from('prompt: support/refund\nversion: 1\n')];
    const packDir = packsWritableHere({ gitdir: path.join(test.dir, '.git') });
    expect(packDir).toBe(path.join(test.dir, '.git/objects/pack'));
    const { name, count } = writeBlobPackFile(packDir!, blobs.map(known));
    expect(count).toBe(6);
    // No temporary file left; the pack and its index, read-only as git makes them.
    expect(fs.readdirSync(packDir!).sort()).toEqual([`${name}.idx`, `${name}.pack`]);
    expect(fs.statSync(path.join(packDir!, `${name}.pack`)).mode & 0o777).toBe(0o444);
    const counts = test.git(['count-objects', '-v']).stdout;
    expect(counts).toMatch(/^count: 0$/m);
    expect(counts).toMatch(/^in-pack: 6$/m);
    for (const blob of blobs) expect(Buffer.compare(mustSucceed(gitIn(test.dir, ['cat-file', 'blob', gitBlobId(blob)]), 'cat-file').stdoutBytes, blob)).toBe(0);
    expect(test.git(['fsck', '--strict']).code).toBe(0);
    // git's own index of the same pack (and its name for it: the pack's checksum).
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-index-'));
    folders.push(elsewhere);
    fs.copyFileSync(path.join(packDir!, `${name}.pack`), path.join(elsewhere, 'copy.pack'));
    const indexed = mustSucceed(gitIn(test.dir, ['index-pack', path.join(elsewhere, 'copy.pack')]), 'index-pack').stdout.trim();
    expect(`pack-${indexed}`).toBe(name);
    expect(Buffer.compare(fs.readFileSync(path.join(elsewhere, 'copy.idx')), fs.readFileSync(path.join(packDir!, `${name}.idx`)))).toBe(0);
  });

  it('is left to git where an object id or a pack could be other than written here', () => {
    const test = newRepo();
    const gitdir = path.join(test.dir, '.git');
    expect(packsWritableHere({ gitdir, env: { GIT_OBJECT_DIRECTORY: path.join(test.dir, 'elsewhere') } })).toBeNull();
    expect(packsWritableHere({ gitdir, env: { GIT_ALTERNATE_OBJECT_DIRECTORIES: path.join(test.dir, 'elsewhere') } })).toBeNull();
    test.git(['config', 'core.sharedRepository', 'group']);
    expect(packsWritableHere({ gitdir })).toBeNull();
    const sha256 = fs.mkdtempSync(path.join(os.tmpdir(), 'sha256-'));
    folders.push(sha256);
    if (gitIn(sha256, ['init', '-q', '--object-format=sha256']).code === 0) expect(packsWritableHere({ gitdir: path.join(sha256, '.git') })).toBeNull();
  });
});

describe('packIndexBody', () => {
  it('puts offsets from 2 GiB on into the table of 8-byte offsets, in id order, and counts ids by first byte', () => {
    const checksum = Buffer.alloc(20, 7);
    const entries = [
      { oid: 'ff'.repeat(20), offset: 2 ** 31 + 5, crc32: 1 },
      { oid: `00${'11'.repeat(19)}`, offset: 12, crc32: 0xffffffff },
      { oid: `80${'22'.repeat(19)}`, offset: 2 ** 33, crc32: 3 },
    ];
    const body = packIndexBody(entries, checksum);
    expect(body.subarray(0, 8)).toEqual(Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]));
    const fanout = (b: number) => body.readUInt32BE(8 + 4 * b);
    expect([fanout(0), fanout(0x7f), fanout(0x80), fanout(0xfe), fanout(0xff)]).toEqual([1, 1, 2, 2, 3]);
    const ids = 8 + 1024;
    expect([0, 1, 2].map((i) => body.toString('hex', ids + 20 * i, ids + 20 * (i + 1)))).toEqual([entries[1]!.oid, entries[2]!.oid, entries[0]!.oid]);
    const crcs = ids + 60;
    expect([0, 1, 2].map((i) => body.readUInt32BE(crcs + 4 * i))).toEqual([0xffffffff, 3, 1]);
    const offsets = crcs + 12;
    expect([0, 1, 2].map((i) => body.readUInt32BE(offsets + 4 * i))).toEqual([12, 0x8000_0000, 0x8000_0001]);
    const large = offsets + 12;
    expect([body.readBigUInt64BE(large), body.readBigUInt64BE(large + 8)]).toEqual([2n ** 33n, 2n ** 31n + 5n]);
    expect(body.subarray(large + 16)).toEqual(checksum);
    expect(() => packIndexBody([entries[0]!, entries[0]!], checksum)).toThrow(/twice/);
  });
});

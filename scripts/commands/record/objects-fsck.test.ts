import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// The hook writes its records' blobs into git's object store itself (stage-in-process-fs.ts), as
// stored (uncompressed) zlib streams: git must take them as its own, by its strictest check.

let repo: TestRepo;
afterEach(() => repo?.cleanup());

describe('the objects a hooked commit writes', () => {
  it('pass git fsck --strict, and git reads them back as written', () => {
    repo = createRepo();
    repo.write('prompts/short.md', promptFile({ title: 'Short' }, 'Answer briefly.'));
    repo.write('prompts/long.md', promptFile({ title: 'Long' }, Array.from({ length: 200 }, (_, i) => `Rule ${i}: confirm the order number before any refund, ünïcode kept.`).join('\n')));
    const first = repo.commit('two prompts', '2026-01-02');
    expect(first.code, first.stderr).toBe(0);
    repo.write('prompts/short.md', promptFile({ title: 'Short' }, 'Answer briefly and politely.'));
    const second = repo.commit('edit one', '2026-01-03');
    expect(second.code, second.stderr).toBe(0);

    const records = repo.filesAtHead('vault/');
    expect(records.length).toBeGreaterThanOrEqual(5);
    // Each record blob is a loose object this process wrote: a zlib stream of stored blocks
    // (BTYPE 00 in the first block's header), not one git's own zlib level would write.
    const objects = path.join(repo.dir, '.git/objects');
    for (const file of records) {
      const oid = repo.git(['rev-parse', `HEAD:${file}`]).stdout.trim();
      const raw = fs.readFileSync(path.join(objects, oid.slice(0, 2), oid.slice(2)));
      expect([raw[0], raw[1], raw[2]! & 0b110], file).toEqual([0x78, 0x01, 0]);
      expect(repo.git(['cat-file', '-p', `HEAD:${file}`]).stdout).toBe(repo.read(file));
    }
    const fsck = repo.git(['fsck', '--strict', '--full', '--no-dangling']);
    expect(fsck.code, fsck.stderr + fsck.stdout).toBe(0);
  });

  it('of 32 prompts or more, as one pack the commit that runs the hook reads (none loose)', () => {
    repo = createRepo();
    // Half of PACK_FROM_BLOBS: a checkpoint and a mutation each.
    const names = Array.from({ length: 32 }, (_, i) => `prompts/bulk-${String(i).padStart(2, '0')}.md`);
    for (const [i, file] of names.entries()) repo.write(file, promptFile({ title: `Bulk ${i}` }, `Answer case ${i} briefly.`));
    const packs = () => fs.readdirSync(path.join(repo.dir, '.git/objects/pack')).filter((name) => name.endsWith('.pack'));
    const before = packs();
    // git commit started before the hook wrote the pack, and reads the records' blobs from it.
    const commit = repo.commit('32 prompts', '2026-01-02');
    expect(commit.code, commit.stderr).toBe(0);
    const records = repo.filesAtHead('vault/');
    expect(records).toHaveLength(64);
    expect(packs().filter((name) => !before.includes(name))).toHaveLength(1);
    const objects = path.join(repo.dir, '.git/objects');
    for (const file of records) {
      const oid = repo.git(['rev-parse', `HEAD:${file}`]).stdout.trim();
      expect(fs.existsSync(path.join(objects, oid.slice(0, 2), oid.slice(2))), file).toBe(false);
      expect(repo.git(['cat-file', '-p', `HEAD:${file}`]).stdout).toBe(repo.read(file));
    }
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    const fsck = repo.git(['fsck', '--strict', '--full', '--no-dangling']);
    expect(fsck.code, fsck.stderr + fsck.stdout).toBe(0);
  });
});

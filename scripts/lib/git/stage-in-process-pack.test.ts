import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { gitBlobId } from './blob-pack-fs.ts';
import { PACK_FROM_BLOBS, stageInProcess } from './stage-in-process-fs.ts';

// A staging of many records (a commit of 32 prompts or more) stores their blobs as one pack
// instead of as loose objects (stage-in-process-fs.ts, storeBlobs). Each case stages in this
// process first, then the same paths into a copy of the index by git, which finds every blob
// stored already: the two indexes must be the same bytes, git must read the blobs from the pack
// (none loose), and the commit made from the index must hold the records.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));
afterEach(() => vi.restoreAllMocks());

function buildRepo(): { repo: TestRepo; gitdir: string } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  repo.write('prompts/refund.md', 'Refund prompt\n');
  repo.write('vault/mutations/prompts/refund/0001-aaaaaaaaaaaa.yaml', 'kind: new\n');
  expect(repo.commit('history', '2026-01-02').code).toBe(0);
  return { repo, gitdir: repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim() };
}

/** `count` record files, one of them with a text git holds already (a blob stored twice is allowed). */
function writeRecords(repo: TestRepo, count: number): string[] {
  const paths = Array.from({ length: count }, (_, i) => `vault/mutations/prompts/p-${String(i).padStart(3, '0')}/0001-${String(i).padStart(12, '0')}.yaml`);
  paths.forEach((file, i) => repo.write(file, i === 0 ? 'kind: new\n' : `kind: new\nrecord: ${i}\n`));
  return paths;
}

const packs = (gitdir: string) => fs.readdirSync(path.join(gitdir, 'objects/pack')).filter((name) => name.endsWith('.pack')).sort();
const looseFile = (gitdir: string, oid: string) => path.join(gitdir, 'objects', oid.slice(0, 2), oid.slice(2));

/** Stages `paths` here into the index, and by git into a copy of the index as it was; both as git sees them. */
function stageHereThenByGit(repo: TestRepo, gitdir: string, paths: string[]) {
  const index = path.join(gitdir, 'index');
  const byGit = path.join(gitdir, 'index-by-git');
  fs.copyFileSync(index, byGit);
  const time = fs.statSync(index).mtime;
  fs.utimesSync(byGit, time, time);
  const result = stageInProcess({ dir: repo.dir, gitdir, env: { HOME: repo.dir, GIT_CONFIG_NOSYSTEM: '1' } }, paths);
  const git = repo.git(['update-index', '--add', '--remove', '--', ...paths], { env: { GIT_INDEX_FILE: byGit } });
  if (git.code !== 0) throw new Error(git.stderr);
  return { result, here: index, byGit };
}

describe('staging many records writes their blobs as one pack', () => {
  it(`${PACK_FROM_BLOBS} records: one new pack holding them, none loose, the index git writes, a commit git makes`, () => {
    const { repo, gitdir } = buildRepo();
    const paths = writeRecords(repo, PACK_FROM_BLOBS);
    const oids = paths.map((file) => gitBlobId(fs.readFileSync(path.join(repo.dir, file))));
    const before = packs(gitdir);
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const { result, here, byGit } = stageHereThenByGit(repo, gitdir, paths);
    expect(result).toEqual({ staged: true });
    // No setting names fsync: the pack stands for loose objects, which git does not flush.
    expect(fsync).not.toHaveBeenCalled();
    const added = packs(gitdir).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    const verified = repo.git(['verify-pack', '-v', path.join(gitdir, 'objects/pack', added[0]!)]);
    expect(verified.code).toBe(0);
    const inPack = new Set(verified.stdout.split('\n').filter((line) => / blob /.test(line)).map((line) => line.split(' ')[0]!));
    expect(inPack).toEqual(new Set(oids));
    // The first record's text was loose already (committed): it stays; none of the others is loose.
    expect(oids.slice(1).filter((oid) => fs.existsSync(looseFile(gitdir, oid)))).toEqual([]);
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
    expect(repo.git(['fsck', '--no-dangling', '--no-progress']).code).toBe(0);
    expect(repo.git(['commit', '-q', '-m', 'records'], { date: '2026-01-03' }).code).toBe(0);
    expect(repo.git(['show', `HEAD:${paths[7]!}`]).stdout).toBe('kind: new\nrecord: 7\n');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it(`${PACK_FROM_BLOBS - 1} records: loose, as before, and no pack`, () => {
    const { repo, gitdir } = buildRepo();
    const paths = writeRecords(repo, PACK_FROM_BLOBS - 1);
    const before = packs(gitdir);
    const { result, here, byGit } = stageHereThenByGit(repo, gitdir, paths);
    expect(result).toEqual({ staged: true });
    expect(packs(gitdir)).toEqual(before);
    for (const file of paths) expect(fs.existsSync(looseFile(gitdir, gitBlobId(fs.readFileSync(path.join(repo.dir, file)))))).toBe(true);
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
  });

  it('flushes the pack to disk when a setting names fsync (core.fsync)', () => {
    const { repo, gitdir } = buildRepo();
    expect(repo.git(['config', 'core.fsync', 'loose-object,pack']).code).toBe(0);
    const paths = writeRecords(repo, PACK_FROM_BLOBS);
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const { result, here, byGit } = stageHereThenByGit(repo, gitdir, paths);
    expect(result).toEqual({ staged: true });
    // The pack and its index.
    expect(fsync).toHaveBeenCalledTimes(2);
    expect(fs.readFileSync(here).equals(fs.readFileSync(byGit))).toBe(true);
  });
});

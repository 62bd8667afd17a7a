import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus } from '../../test-utils/realistic-corpus.ts';
import { cacheTreeNodes } from '../../test-utils/cache-tree-nodes.ts';
import { copyRepo, createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitParentsLine } from '../../lib/recorder/brought-records.ts';
import { readRecordParents } from '../../lib/recorder/record-parents-cache-fs.ts';
import { backfill } from './index.ts';

// backfill stages its records with vault/'s trees stored and named by the index's cache (its TREE
// extension), so that the adoption `git commit`, whose write-tree runs before its hook, makes only
// the root's tree instead of one loose object per folder of vault/ (25,436 at the bench's 10,000
// prompts). The commit must be the one git's own staging (update-index) gives, id for id.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** The loose objects of a repository, by id. */
function looseObjects(repo: TestRepo): Set<string> {
  const objects = path.join(repo.dir, '.git/objects');
  return new Set(fs.readdirSync(objects).filter((folder) => /^[0-9a-f]{2}$/.test(folder)).flatMap((folder) => fs.readdirSync(path.join(objects, folder)).map((file) => folder + file)));
}

describe('backfill leaves vault/ cached in the index with its trees stored', () => {
  it('write-tree then makes the root\'s tree alone, and the adoption commit is the one update-index\'s staging gives; each mutation record\'s commit_parents line is left for the hook', async () => {
    const template = createRepo({ hooks: false });
    repos.push(template);
    const corpus = buildRealisticCorpus(template.dir, { seed: 11, prompts: 30, commits: 40, clauses: 4, moveShare: 0.08 });
    fs.writeFileSync(path.join(template.dir, '.promptvault.yaml'), ['prompts:', ...corpus.promptGlobs.map((glob) => `  - '${glob}'`), 'codex:', ...corpus.codexGlobs.map((glob) => `  - '${glob}'`), ''].join('\n'));
    template.git(['add', '.promptvault.yaml']);
    expect(template.commit('add the configuration', '2026-03-01').code).toBe(0);
    const ours = copyRepo(template);
    const byGit = copyRepo(template);
    repos.push(ours, byGit);

    await backfill({ cwd: ours.dir, measureThreads: 0 });
    process.env.PROMPTVAULT_STAGE_WITH_GIT = '1';
    try {
      await backfill({ cwd: byGit.dir, measureThreads: 0 });
    } finally {
      delete process.env.PROMPTVAULT_STAGE_WITH_GIT;
    }
    const staged = ours.git(['diff', '--cached', '--name-only']).stdout.trim().split('\n');
    expect(staged.length).toBeGreaterThan(100);
    expect(byGit.git(['diff', '--cached', '--name-only']).stdout.trim().split('\n')).toEqual(staged);
    // Valid in ours (every record below it), left to write-tree by git's staging.
    const cached = (repo: TestRepo) => cacheTreeNodes(path.join(repo.dir, '.git/index'));
    expect(cached(ours).get('vault')?.count).toBe(staged.length);
    expect(cached(ours).get('')?.count).toBe(-1);
    expect(cached(byGit).get('vault')).toBeUndefined();
    expect(ours.git(['fsck', '--strict', '--no-dangling', '--no-progress']).code).toBe(0);

    // And the commit_parents line of every mutation record staged, by blob id, for the adoption commit's hook.
    const parents = readRecordParents(path.join(ours.dir, '.git'));
    const mutations = ours.git(['ls-files', '-s', '--', 'vault/mutations']).stdout.trim().split('\n').map((line) => line.split(' ')[1]!);
    expect(mutations.length).toBeGreaterThan(20);
    expect(parents.size).toBe(new Set(mutations).size);
    for (const oid of mutations) expect(parents.get(oid)).toBe(commitParentsLine(ours.git(['cat-file', 'blob', oid]).stdout));

    const before = looseObjects(ours);
    const tree = ours.git(['write-tree']).stdout.trim();
    expect([...looseObjects(ours)].filter((oid) => !before.has(oid))).toEqual([tree]);
    expect(byGit.git(['write-tree']).stdout.trim()).toBe(tree);

    for (const repo of [ours, byGit]) expect(repo.commit('Adopt promptvault', '2026-03-02', { add: false }).code).toBe(0);
    expect(ours.git(['rev-parse', 'HEAD']).stdout).toBe(byGit.git(['rev-parse', 'HEAD']).stdout);
    expect(ours.git(['status', '--porcelain']).stdout).toBe('');
    expect(ours.git(['fsck', '--strict', '--no-dangling', '--no-progress']).code).toBe(0);
  });
});

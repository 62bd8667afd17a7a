import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { listIndex, listTree, readBlobs } from '../git/index.ts';
import { indexView } from './view.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('indexView', () => {
  it('lists many literal pathspecs (files, folders, missing paths, prefixes of names) beside a glob exactly as git ls-files does', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    for (let i = 0; i < 600; i++) {
      repo.write(`prompts/team-${i % 7}/p-${i}.md`, `prompt ${i}\n`);
      repo.write(`vault/mutations/team-${i % 7}/p-${i}/0001-00000000000${i % 10}.yaml`, `version: 1\n`);
    }
    repo.write('prompts/team-1/p-1.md.bak', 'not the prompt\n');
    repo.write('prompts/team-10/x.md', 'another team\n');
    repo.git(['add', '-A']);
    const gitdir = repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim();
    const repoRef = { dir: repo.dir, gitdir };
    const specs = [
      ...Array.from({ length: 450 }, (_, i) => `prompts/team-${i % 7}/p-${i}.md`),
      ...Array.from({ length: 200 }, (_, i) => `vault/mutations/team-${i % 7}/p-${i}/`),
      'prompts/team-1', 'prompts/team-1/p-1', 'prompts/missing.md', 'vault/mutations/team-3/p-3', 'other/', ':(glob)prompts/team-1*/**/*.md',
    ];
    const listed = await indexView(repoRef).list(specs);
    expect(listed.length).toBeGreaterThan(650);
    expect(listed).toEqual(await listIndex(repoRef, { pathspecs: specs }));
  });

  it('lists the record folders of a clause commit (over 512 folders) from one listing of their root, exactly as ls-tree of each folder does', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    for (let i = 0; i < 700; i++) {
      repo.write(`vault/mutations/team-${i % 7}/p-${i}/0001-00000000000${i % 10}.yaml`, `version: 1\n`);
      if (i % 3 === 0) repo.write(`vault/mutations/team-${i % 7}/p-${i}/0002-00000000000${i % 10}.yaml`, `version: 2\n`);
    }
    // A folder whose name extends an asked one ("p-1" and "p-10"), and a checkpoint beside them.
    repo.write('vault/checkpoints/team-1/p-1/0001.yaml', 'version: 1\n');
    expect(repo.commit('records', '2026-01-02').code).toBe(0);
    const gitdir = repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim();
    const repoRef = { dir: repo.dir, gitdir };
    const base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    // 600 folders, some of prompts with no record yet (p-700 and above).
    const folders = Array.from({ length: 600 }, (_, i) => (i * 7) % 750).map((j) => `vault/mutations/team-${j % 7}/p-${j}/`);
    const staged = { base, pathspecs: [], changes: [], checkpointsUnchanged: true };
    const listed = await indexView(repoRef, staged).list(folders);
    expect(listed.length).toBeGreaterThan(650);
    expect(listed).toEqual(await listTree(repoRef, { ref: base, pathspecs: folders }));
  });

  it('lists the record folders of a 50-prompt commit (100 folders) with their blobs for a caller reading them all, exactly as ls-tree of each folder and cat-file do', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    for (let i = 0; i < 60; i++) {
      for (const kind of ['mutations', 'checkpoints']) {
        repo.write(`vault/${kind}/team-${i % 7}/p-${i}/0001-00000000000${i % 10}.yaml`, `${kind} ${i} version: 1\n`);
        if (i % 3 === 0) repo.write(`vault/${kind}/team-${i % 7}/p-${i}/0002-00000000000${i % 10}.yaml`, `${kind} ${i} version: 2\n`);
      }
    }
    // Longer ids inside asked folders ("p-1/x", and "p-10" beside "p-1").
    repo.write('vault/mutations/team-1/p-1/x/0001-0000000000001.yaml', 'a longer id\n');
    expect(repo.commit('records', '2026-01-02').code).toBe(0);
    const gitdir = repo.git(['rev-parse', '--absolute-git-dir']).stdout.trim();
    const repoRef = { dir: repo.dir, gitdir };
    const base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    repo.git(['repack', '-adq']);
    // 50 prompts' folders, a few of prompts with no record yet (p-60 and above).
    const ids = Array.from({ length: 50 }, (_, i) => (i * 7) % 65);
    const folders = ids.flatMap((j) => [`vault/mutations/team-${j % 7}/p-${j}/`, `vault/checkpoints/team-${j % 7}/p-${j}/`]);
    const staged = { base, pathspecs: [], changes: [], checkpointsUnchanged: true };
    const view = indexView(repoRef, staged);
    const listed = await view.list(folders, { readingAll: true });
    expect(listed.length).toBeGreaterThan(100);
    expect(listed).toEqual(await listTree(repoRef, { ref: base, pathspecs: folders }));
    const oids = [...new Set(listed.map((entry) => entry.oid))];
    expect(await view.read(oids)).toEqual(await readBlobs(repoRef, oids));
    // A caller reading a few of them (a clause commit's citing prompts) gets the same list.
    expect(await indexView(repoRef, staged).list(folders)).toEqual(listed);
  });
});

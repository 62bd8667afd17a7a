import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { listIndex } from '../git/index.ts';
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
});

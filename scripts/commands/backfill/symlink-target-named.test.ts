// backfill warns of the symbolic links its globs take, as the hook and check do. Replaying the
// commit that adds a link, it said where the link points; started `--from` a commit whose tree
// already held the links, it said of each "promptvault records the file it points to ... nothing
// to do", even of a link to a text no glob takes (which nothing records) or to a file outside the
// repository. Both routes now name the target and what records it (session 28 noticed, 29 left).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let adopter: TestRepo;
beforeAll(() => {
  adopter = createRepo({ hooks: false });
  adopter.write('prompts/a.md', promptFile({ title: 'A' }, 'Greet the customer.'));
  adopter.write('shared/base.txt', 'You answer in the voice of the brand.\n');
  fs.mkdirSync(path.join(adopter.dir, 'prompts/linked'), { recursive: true });
  fs.symlinkSync('../a.md', path.join(adopter.dir, 'prompts/linked/to-prompt.md'));
  fs.symlinkSync('../../shared/base.txt', path.join(adopter.dir, 'prompts/linked/to-text.md'));
  fs.symlinkSync('/etc/hostname', path.join(adopter.dir, 'prompts/linked/outside.md'));
  expect(adopter.commit('prompts and links before adoption', '2026-02-01').code).toBe(0);
  const init = adopter.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
}, 120_000);
afterAll(() => adopter?.cleanup());

const expectTargetsNamed = (stderr: string) => {
  expect(stderr).toContain('prompts/linked/to-prompt.md: is a symbolic link to prompts/a.md; skipped (promptvault records prompts/a.md as a prompt at its own path, never the link)');
  expect(stderr).toContain('prompts/linked/to-text.md: is a symbolic link to shared/base.txt, which no `prompts` or `codex` glob takes: skipped, and nothing records its text');
  expect(stderr).toContain('add a glob that takes shared/base.txt to `prompts:` in .promptvault.yaml');
  expect(stderr).toContain('prompts/linked/outside.md: is a symbolic link to /etc/hostname, outside the repository: skipped, and nothing records its text');
  expect(stderr).not.toContain('records the file it points to at that file\'s own path');
};

describe('backfill warns of each symbolic link naming where it points', () => {
  it('from a commit whose tree already holds the links (--from), once each', () => {
    const repo = copyRepo(adopter);
    try {
      const backfill = repo.cli(['backfill', '--from', 'HEAD']);
      expect(backfill.code, backfill.stderr).toBe(0);
      expectTargetsNamed(backfill.stderr);
      expect(backfill.stderr.split('prompts/linked/to-text.md:').length).toBe(2);
      expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toContain('vault/checkpoints/a/');
    } finally {
      repo.cleanup();
    }
  });

  it('replaying the commit that added them', () => {
    const repo = copyRepo(adopter);
    try {
      const backfill = repo.cli(['backfill']);
      expect(backfill.code, backfill.stderr).toBe(0);
      expectTargetsNamed(backfill.stderr);
    } finally {
      repo.cleanup();
    }
  });
});

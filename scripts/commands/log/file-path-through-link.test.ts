import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// newcomer36: `promptvault --cwd /tmp/team-link log apps/admin/prompts/warranty.md`, the repository
// reached through a symbolic link, was "no recorded prompt has the id" (git names the repository
// by its real path, so the file's path was taken for one outside it). The same from the real path
// gave the prompt's log.

const repo = createRepo();
const link = `${repo.dir}-link`;
afterAll(() => {
  fs.rmSync(link, { force: true });
  repo.cleanup();
});
repo.write('prompts/admin/warranty.md', promptFile({ title: 'Warranty' }, 'Answer warranty questions.'));
const committed = repo.commit('a prompt', '2026-01-01');
fs.symlinkSync(repo.dir, link);

describe('log of a prompt named by its file, the repository reached through a link', () => {
  it('gives the prompt\'s log with --cwd the link and with --cwd a folder below it', () => {
    expect(committed.code).toBe(0);
    const byId = repo.cli(['log', 'admin/warranty', '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    for (const args of [['--cwd', link, 'log', 'prompts/admin/warranty.md', '--json'], ['--cwd', path.join(link, 'prompts'), 'log', 'admin/warranty.md', '--json']]) {
      const byFile = repo.cli(args);
      expect(byFile.code, byFile.stderr).toBe(0);
      expect(byFile.stdout).toBe(byId.stdout);
    }
  });
});

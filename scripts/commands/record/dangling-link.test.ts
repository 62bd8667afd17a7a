import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// newcomer35's leftover: a link under a prompt glob whose target is not there was skipped with the
// fix "replace the link with a copy: cp --remove-destination "$(readlink -f ...)" ...", which fails
// (readlink -f names a file that does not exist). The hook now says the link is dangling and how
// to mend it; a link to a file that is there keeps the copy.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
repo.write('shared/tone.txt', 'Be kind.\n');
fs.symlinkSync('../../shared/tone.txt', path.join(repo.dir, 'prompts/support/tone.md'));
fs.symlinkSync('old-policy.md', path.join(repo.dir, 'prompts/support/policy.md'));
const committed = repo.commit('a prompt and two links', '2026-01-01');

describe('the hook on a dangling link under a prompt glob', () => {
  it('names it dangling with a fix that works, and keeps the copy for a link whose target is there', () => {
    expect(committed.code, committed.stderr).toBe(0);
    const said = committed.stdout + committed.stderr;
    expect(said).toContain('prompts/support/policy.md: is a symbolic link to prompts/support/old-policy.md, which is not in the commit (a dangling link)');
    expect(said).toContain("git rm 'prompts/support/policy.md'");
    expect(said).not.toContain("readlink -f 'prompts/support/policy.md'");
    expect(said).toContain("readlink -f 'prompts/support/tone.md'");
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });
});

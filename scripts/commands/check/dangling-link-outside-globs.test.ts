import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// newcomer37's leftover: a link under a prompt glob to a file no glob takes (shared/tone.txt),
// whose target was then deleted. check still said "replace the link with a copy: cp
// --remove-destination "$(readlink -f ...)"", which fails: readlink names a file that is not
// there. check now looks such targets up in the commit and names the link dangling, with `git rm`.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
repo.write('shared/tone.txt', 'Be kind.\n');
repo.write('shared/style.txt', 'Be brief.\n');
fs.symlinkSync('../../shared/tone.txt', path.join(repo.dir, 'prompts/support/tone.md'));
fs.symlinkSync('../../shared/style.txt', path.join(repo.dir, 'prompts/support/style.md'));
const linked = repo.commit('a prompt and two links to shared texts', '2026-01-01');
repo.git(['rm', '-q', 'shared/tone.txt']);
const removed = repo.commit('shared: drop the tone text', '2026-01-02');

describe('check on a link to a file no glob takes', () => {
  it('names the link dangling once its target is gone, and keeps the copy for the link whose target is there', () => {
    expect(linked.code, linked.stderr).toBe(0);
    expect(removed.code, removed.stderr).toBe(0);
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    const said = checked.stdout + checked.stderr;
    expect(said).toContain('prompts/support/tone.md: is a symbolic link to shared/tone.txt, which is not in the commit (a dangling link)');
    expect(said).toContain("git rm 'prompts/support/tone.md'");
    expect(said).not.toContain("readlink -f 'prompts/support/tone.md'");
    expect(said).toContain('prompts/support/style.md: is a symbolic link to shared/style.txt, which no `prompts` or `codex` glob takes');
    expect(said).toContain("readlink -f 'prompts/support/style.md'");
  });

  it('takes a target that reads as pathspec magic as the file it names (no git error)', () => {
    const odd = createRepo();
    try {
      odd.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
      fs.symlinkSync('../:(attr:x)tone.txt', path.join(odd.dir, 'prompts/tone.md'));
      expect(odd.commit('a link whose target starts with a colon', '2026-01-01').code).toBe(0);
      const checked = odd.cli(['check']);
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
      expect(checked.stdout + checked.stderr).toContain('prompts/tone.md: is a symbolic link to :(attr:x)tone.txt, which is not in the commit (a dangling link)');
    } finally {
      odd.cleanup();
    }
  });

  it('takes a link to a submodule\'s folder as a link to what the commit holds, not a dangling one', () => {
    const withModule = createRepo();
    try {
      withModule.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
      expect(withModule.commit('a prompt', '2026-01-01').code).toBe(0);
      // A gitlink as `git submodule add` stages it, to this repository's own first commit.
      const first = withModule.git(['rev-parse', 'HEAD']).stdout.trim();
      expect(withModule.git(['update-index', '--add', '--cacheinfo', `160000,${first},vendor/library`]).code).toBe(0);
      fs.symlinkSync('../vendor/library', path.join(withModule.dir, 'prompts/library.md'));
      // Only the link added: `git add -A` would drop the gitlink, whose folder is not checked out.
      expect(withModule.git(['add', 'prompts/library.md']).code).toBe(0);
      const committed = withModule.commit('a link to a submodule', '2026-01-02', { add: false });
      expect(committed.code, committed.stderr).toBe(0);
      expect(withModule.git(['ls-tree', 'HEAD', 'vendor/library']).stdout).toContain('160000 commit');
      const checked = withModule.cli(['check']);
      const said = checked.stdout + checked.stderr;
      expect(checked.code, said).toBe(0);
      expect(said).toContain('prompts/library.md: is a symbolic link to vendor/library, which no `prompts` or `codex` glob takes');
      expect(said).not.toContain('(a dangling link)');
    } finally {
      withModule.cleanup();
    }
  });
});

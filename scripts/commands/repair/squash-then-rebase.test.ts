// A branch of two edits squash-merged through the hook (`git merge --squash`, then `git commit`):
// the branch's two versions come along and the squash commit records a version with main's and the
// branch's last as parents, which check reads as whole. A later rebase of any branch on top ran
// the post-rewrite repair over the branch's whole vault: the branch's first version (a text no
// commit of main holds) went, then the second (its parent gone), then the squash's own version
// (its parent gone), and the current text was recorded again under a number main had given
// another text. A dropped record a kept one descends from, through other dropped ones, now stays
// with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps } from '../../test-utils/refund-steps.ts';

let repo: TestRepo;
let vaultBefore = '';
let rebased = { code: 0, stdout: '', stderr: '' };

beforeAll(() => {
  repo = createRepo();
  const edit = (parts: readonly string[], message: string, date: string) => commitRefundSteps(repo, parts, message, date);
  edit(['greet', 'listen', 'close'], 'refund v1', '2026-01-01');
  repo.git(['checkout', '-q', '-b', 'feature']);
  edit(['welcome', 'listen', 'close'], 'feature: greeting', '2026-01-02');
  edit(['welcome', 'hear them out', 'close'], 'feature: listening', '2026-01-03');
  repo.git(['checkout', '-q', 'main']);
  edit(['greet', 'listen', 'close kindly'], 'main: kinder close', '2026-01-04');
  expect(repo.git(['merge', '--squash', 'feature']).code).toBe(0);
  expect(repo.commit('Squash feature', '2026-01-05', { add: false }).code).toBe(0);
  vaultBefore = repo.git(['ls-tree', '-r', 'HEAD', 'vault/']).stdout;
  repo.git(['checkout', '-q', '-b', 'later', 'HEAD~1']);
  repo.write('README.md', 'unrelated\n');
  expect(repo.commit('later: readme', '2026-01-06').code).toBe(0);
  rebased = repo.git(['rebase', 'main'], { date: '2026-01-07' });
}, 180_000);
afterAll(() => repo?.cleanup());

describe('a squash merged through the hook, then a rebase on top', () => {
  it('keeps every record the squash brought and recorded: the rebase has nothing to repair, and check passes', () => {
    expect(repo.cli(['check']).code).toBe(0);
    expect(rebased.code, rebased.stderr).toBe(0);
    expect(rebased.stdout + rebased.stderr).not.toContain('promptvault repair: removed');
    expect(repo.git(['log', '-1', '--format=%s']).stdout.trim()).toBe('later: readme');
    expect(repo.git(['ls-tree', '-r', 'HEAD', 'vault/']).stdout).toBe(vaultBefore);
  });
});

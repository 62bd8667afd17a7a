// `git rebase -i` with an `edit` stop at a prompt commit, amended there with `--no-verify` (no
// pre-commit hook: the commit keeps the version recorded for its old text), then `rebase --continue`,
// which picks a later commit that edits the same prompt. The post-rewrite repair must not read the
// amended commit as folded (a fixup's or squash's) and drop a version whose text a commit holds:
// every commit that stands holds one version of its net change, each text in its commit.
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterAll(() => repo?.cleanup());

const LINES = ['Greet the customer.', 'Read the message.', 'Find the order.', 'Check the date.', 'Sign off.'];
const text = (lines: string[]) => promptFile({ title: 'A' }, lines.join('\n'));
const withLine = (lines: string[], i: number, line: string) => lines.map((old, j) => (j === i ? line : old));

/** `a`'s versions with their parents' versions, and the text each names (`show a@N`). */
function lineage(): [number, number[]][] {
  return repo.filesAtHead('vault/mutations/a/').map((file) => parse(repo.showHead(file)) as { version: number; parents: { version: number }[] })
    .map((m) => [m.version, m.parents.map((p) => p.version)]);
}
const shown = (version: number) => repo.cli(['show', `a@${version}`]).stdout;
/** The prompt's text in the newest commit of that subject. */
const textIn = (subject: string) => {
  const sha = repo.git(['log', '--format=%H', `--grep=^${subject}$`, '-1']).stdout.trim();
  return repo.git(['show', `${sha}:prompts/a.md`]).stdout;
};

function historyOfThree(): string[] {
  repo?.cleanup();
  repo = createRepo();
  const one = LINES;
  const two = withLine(one, 0, 'Greet the customer by name.');
  const three = withLine(two, 4, 'Sign off with the team name.');
  for (const [message, date, lines] of [['add a', '2026-01-02', one], ['edit a', '2026-01-03', two], ['edit a again', '2026-01-04', three]] as const) {
    repo.write('prompts/a.md', text([...lines]));
    expect(repo.commit(message, date).code).toBe(0);
  }
  return two;
}

describe('an `edit` stop of `git rebase -i` amended with --no-verify, then --continue', () => {
  it('the amend changed the prompt: each commit that stands holds one version of its own text', () => {
    const two = historyOfThree();
    const stop = repo.git(['rebase', '-i', 'HEAD~2'], { env: { GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'", GIT_EDITOR: 'true' } });
    expect(stop.code, stop.stderr).toBe(0);
    repo.write('prompts/a.md', text(withLine(two, 2, 'Find the order number.')));
    expect(repo.git(['add', 'prompts/a.md']).code).toBe(0);
    const amended = repo.git(['commit', '--amend', '--no-verify', '--no-edit'], { date: '2026-01-05' });
    expect(amended.code, amended.stderr).toBe(0);
    const resumed = repo.git(['rebase', '--continue'], { env: { GIT_EDITOR: 'true' } });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(lineage()).toEqual([[1, []], [2, [1]], [3, [2]]]);
    expect(shown(2)).toContain('Find the order number.');
    expect(textIn('edit a')).toContain('Find the order number.');
    expect(shown(3)).toContain('Sign off with the team name.');
    expect(shown(3)).toContain('Find the order number.');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });

  it('the amend changed only the message: nothing is dropped, the versions stay as recorded', () => {
    historyOfThree();
    const stop = repo.git(['rebase', '-i', 'HEAD~2'], { env: { GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'", GIT_EDITOR: 'true' } });
    expect(stop.code, stop.stderr).toBe(0);
    expect(repo.git(['commit', '--amend', '--no-verify', '-m', 'edit a, greeting by name'], { date: '2026-01-05' }).code).toBe(0);
    const resumed = repo.git(['rebase', '--continue'], { env: { GIT_EDITOR: 'true' } });
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(lineage()).toEqual([[1, []], [2, [1]], [3, [2]]]);
    expect(shown(2)).toContain('Greet the customer by name.');
    expect(shown(2)).not.toContain('Sign off with the team name.');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });
});

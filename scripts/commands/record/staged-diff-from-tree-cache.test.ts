import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// `git commit` brings the index's tree cache up to date (and writes its trees) before it runs the
// pre-commit hook: the hook diffs that tree against HEAD with `git diff-tree`, which reads only
// the trees that differ, where `git diff-index --cached` read and parsed the whole index
// (lib/git/index-tree-fs.ts). Where the cache is invalid along a few folders (the hook run by hand
// after `git add`, `git commit <path>`'s temporary index), the hook makes those folders' trees
// and diffs the same way; where a deletion and an addition may pair as a move, git's diff-index
// runs as before. Either way the commit holds the very same records: the same commit ids.

let base: TestRepo;
const copies: TestRepo[] = [];
afterAll(() => [base, ...copies].forEach((repo) => repo?.cleanup()));

beforeAll(() => {
  base = createRepo();
  base.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy in plain words.'));
  base.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human when the customer asks twice.'));
  base.write('prompts/sales/upsell.md', promptFile({ title: 'Upsell' }, 'Offer the yearly plan once, and only after the question is answered.'));
  base.write('codex/privacy/no-share.md', '---\ntitle: No sharing\ntone: formal\n---\nThe assistant must never share account numbers.\n');
  base.write('src/app.ts', 'export const answer = 42;\n');
  expect(base.commit('prompts, a clause, code', '2026-01-02').code).toBe(0);
});

/** The git commands a traced run made, by name. */
const gitCommands = (trace: string) => fs.readFileSync(trace, 'utf8').split('\n').flatMap((line) => {
  const match = / (?:built-in|exec): git ([a-z-]+) /.exec(line);
  return match ? [match[1]!] : [];
});

/** A commit through `git commit` and its hook; the hook's git commands. */
function commitThroughGit(repo: TestRepo, message: string, date: string, args: string[] = []): string[] {
  const trace = path.join(repo.dir, '.git', `trace-${date}.txt`);
  const result = repo.commit(message, date, { args, add: !args.includes('-a'), env: { GIT_TRACE: trace } });
  expect(result.code, result.stderr).toBe(0);
  return gitCommands(trace);
}

/** The same commit with the hook run by hand after `git add` (the tree cache not brought up to date), then committed without it. */
function commitHookByHand(repo: TestRepo, message: string, date: string): string[] {
  const trace = path.join(repo.dir, '.git', `trace-hand-${date}.txt`);
  expect(repo.git(['add', '-A']).code).toBe(0);
  const dates = { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` };
  const hook = repo.cli(['record', '--hook', 'pre-commit'], { env: { ...dates, GIT_TRACE: trace } });
  expect(hook.code, hook.stderr).toBe(0);
  expect(repo.git(['commit', '-q', '--no-verify', '-m', message], { date }).code).toBe(0);
  return gitCommands(trace);
}

const head = (repo: TestRepo) => repo.git(['rev-parse', 'HEAD']).stdout.trim();

describe('the hook diffs the tree git commit cached in the index', () => {
  it('reads no whole index in git: a diff-tree of HEAD and the cached tree, no diff-index', () => {
    const repo = copyRepo(base);
    copies.push(repo);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy in short, plain words.'));
    const commands = commitThroughGit(repo, 'shorter refund', '2026-01-03');
    expect(commands).toContain('diff-tree');
    expect(commands.filter((name) => name === 'diff-index' || name === 'update-index' || name === 'ls-files')).toEqual([]);
    expect(repo.addedInHead('vault/').filter((file) => file.endsWith('.yaml'))).toHaveLength(2);
  });

  it('records the same commits as the diff of the whole index: an edit, a new prompt, a deletion, a clause, `commit -a`, a move', () => {
    const [viaTree, viaIndex] = [copyRepo(base), copyRepo(base)];
    copies.push(viaTree, viaIndex);
    const steps: { message: string; date: string; edit: (repo: TestRepo) => void; args?: string[] }[] = [
      { message: 'edit', date: '2026-01-03', edit: (repo) => repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number first.')) },
      { message: 'new and edited', date: '2026-01-04', edit: (repo) => {
        repo.write('prompts/sales/renewal.md', promptFile({ title: 'Renewal' }, 'Remind the customer of the renewal date a week before.'));
        repo.write('prompts/sales/upsell.md', promptFile({ title: 'Upsell' }, 'Offer the yearly plan once.'));
      } },
      { message: 'clause softened', date: '2026-01-05', edit: (repo) => repo.write('codex/privacy/no-share.md', '---\ntitle: No sharing\ntone: formal\n---\nThe assistant should avoid sharing account numbers.\n') },
      { message: 'deleted', date: '2026-01-06', edit: (repo) => repo.remove('prompts/sales/renewal.md') },
      { message: 'edit with -a', date: '2026-01-07', args: ['-a'], edit: (repo) => repo.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human at once.')) },
      { message: 'moved', date: '2026-01-08', edit: (repo) => repo.move('prompts/support/escalate.md', 'prompts/escalations/escalate.md') },
    ];
    for (const step of steps) {
      step.edit(viaTree);
      step.edit(viaIndex);
      const tree = commitThroughGit(viaTree, step.message, step.date, step.args);
      const index = commitHookByHand(viaIndex, step.message, step.date);
      // The move (a deletion and an addition) is paired by git's rename detection against the index,
      // as before; a deleted prompt is looked for among the files added (stagedMovesOf), as before.
      expect(tree.includes('diff-index'), step.message).toBe(step.message === 'moved' || step.message === 'deleted');
      // By hand after `git add`, the cache is invalid along the staged paths only: the hook makes
      // those folders' trees itself (index-tree-fs.ts, buildIndexTree) and diffs the same way.
      expect(index.includes('diff-index'), step.message).toBe(step.message === 'moved' || step.message === 'deleted');
      expect(head(viaTree), step.message).toBe(head(viaIndex));
    }
    expect(viaTree.git(['log', '-1', '--stat', '--format=']).stdout).toMatch(/escalations/);
  });

  it('leaves a split index, whose file holds only some entries, to git\'s diff-index, and records the same commit', () => {
    const [split, plain] = [copyRepo(base), copyRepo(base)];
    copies.push(split, plain);
    expect(split.git(['update-index', '--split-index']).code).toBe(0);
    for (const repo of [split, plain]) repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then the refund.'));
    expect(commitHookByHand(split, 'edit', '2026-01-03')).toContain('diff-index');
    expect(commitHookByHand(plain, 'edit', '2026-01-03')).not.toContain('diff-index');
    expect(head(split)).toBe(head(plain));
  });

  it('reads the index git commit hands its hook: `git commit <path>` records that prompt alone, `--include` the staged one with it', () => {
    // `git commit <path>` hands the hook a temporary index (HEAD and the path: its tree cache is
    // invalid along the path, whose folders' trees the hook makes), not the real index, whose cache may
    // be valid and hold another staged prompt; `--include` hands it the real index with the path
    // added and its cache brought up to date (builtin/commit.c, prepare_index).
    const repo = copyRepo(base);
    copies.push(repo);
    const recorded = () => [...new Set(repo.addedInHead('vault/').flatMap((file) => /(support|sales)\/[a-z]+/.exec(file)?.[0] ?? []))].sort();
    repo.write('prompts/sales/upsell.md', promptFile({ title: 'Upsell' }, 'Offer the yearly plan at most once a call.'));
    expect(repo.git(['add', 'prompts/sales/upsell.md']).code).toBe(0);
    expect(repo.git(['write-tree']).code).toBe(0);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number before anything else.'));
    const partial = repo.git(['commit', '-q', '-m', 'refund alone', '--', 'prompts/support/refund.md'], { date: '2026-01-03' });
    expect(partial.code, partial.stderr).toBe(0);
    expect(recorded()).toEqual(['support/refund']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('M  prompts/sales/upsell.md\n');

    repo.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human on the second ask.'));
    const include = repo.git(['commit', '-q', '-m', 'upsell and escalate', '-i', 'prompts/support/escalate.md'], { date: '2026-01-04' });
    expect(include.code, include.stderr).toBe(0);
    expect(recorded()).toEqual(['sales/upsell', 'support/escalate']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });
});

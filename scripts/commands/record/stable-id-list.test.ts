// A front-matter `id` stays unique through real commits while the hook reads only the entries of
// the ids a commit stages (its list of stable ids, kept by blob and moved with the commits), not
// every source blob: the other file unchanged, renamed, deleted, brought by a merge or by a commit
// made without the hook, or changed in the same commit, its id line carrying a comment, and the
// list itself lost.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitTraced, onCopyOf } from '../../test-utils/traced-commit.ts';

// Two prompts with ids and one without, committed through the hook, then alpha edited: that
// commit built the list of stable ids (one search of HEAD's tree), which each copy starts from.
let base: TestRepo;
beforeAll(() => {
  base = createRepo();
  base.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions.'));
  base.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta' }, 'Answer shipping questions.'));
  base.write('prompts/plain.md', promptFile({ title: 'Plain' }, 'Answer any question.'));
  expect(base.commit('base', '2026-01-02').code).toBe(0);
  base.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions politely.'));
  const built = commitTraced(base, 'edit alpha', '2026-01-03');
  expect(built.code, built.output).toBe(0);
  expect(built.greps).toHaveLength(1);
  expect(fs.existsSync(path.join(base.dir, '.git/promptvault/stable-ids.json'))).toBe(true);
});
afterAll(() => base?.cleanup());

const gamma = (id: string) => promptFile({ title: 'Gamma', id }, 'Answer refund questions.');

describe('a front-matter id another prompt has is refused without a search of every source', () => {
  it('refuses a new prompt with the id of a committed prompt the commit leaves unchanged', () => onCopyOf(base, (repo) => {
    repo.write('prompts/gamma.md', gamma('beta'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "beta" is already used by prompts/beta.md');
    expect(outcome.output).toContain('choose another id, or remove it from one of prompts/gamma.md, prompts/beta.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('names the other prompt at its new path after a rename committed through the hook', () => onCopyOf(base, (repo) => {
    repo.move('prompts/beta.md', 'prompts/archive/beta.md');
    expect(commitTraced(repo, 'archive beta', '2026-01-04').code).toBe(0);
    repo.write('prompts/gamma.md', gamma('beta'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-05');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "beta" is already used by prompts/archive/beta.md');
    expect(outcome.output).not.toContain('used by prompts/beta.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('takes an id again once the prompt that had it is deleted', () => onCopyOf(base, (repo) => {
    expect(repo.git(['rm', '-q', 'prompts/beta.md']).code).toBe(0);
    expect(commitTraced(repo, 'remove beta', '2026-01-04').code).toBe(0);
    repo.write('prompts/gamma.md', gamma('beta'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-05');
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.greps).toHaveLength(0);
  }));

  it('refuses the id of a prompt a merged branch brought', () => onCopyOf(base, (repo) => {
    expect(repo.git(['checkout', '-q', '-b', 'side']).code).toBe(0);
    repo.write('prompts/side.md', promptFile({ title: 'Side', id: 'side-id' }, 'Answer warranty questions.'));
    expect(commitTraced(repo, 'add side', '2026-01-04').code).toBe(0);
    expect(repo.git(['checkout', '-q', 'main']).code).toBe(0);
    // An id committed on main after the branch left: the list is saved at main's head, and moves across the merge.
    repo.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions in short.'));
    expect(commitTraced(repo, 'edit alpha', '2026-01-05').code).toBe(0);
    const merged = repo.git(['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], { date: '2026-01-06' });
    expect(merged.code, merged.stderr).toBe(0);
    repo.write('prompts/gamma.md', gamma('side-id'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-07');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "side-id" is already used by prompts/side.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('refuses the id of a prompt committed without the hook', () => onCopyOf(base, (repo) => {
    repo.write('prompts/quiet.md', promptFile({ title: 'Quiet', id: 'quiet' }, 'Answer delivery questions.'));
    expect(repo.git([...NO_HOOKS, 'add', '-A']).code).toBe(0);
    expect(repo.git([...NO_HOOKS, 'commit', '-q', '--no-verify', '-m', 'add quiet'], { date: '2026-01-04' }).code).toBe(0);
    repo.write('prompts/gamma.md', gamma('quiet'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-05');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "quiet" is already used by prompts/quiet.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('lets a new prompt take an id the same commit removes from the prompt that had it', () => onCopyOf(base, (repo) => {
    repo.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta-2' }, 'Answer shipping questions.'));
    repo.write('prompts/gamma.md', gamma('beta'));
    const outcome = commitTraced(repo, 'move the id beta to gamma', '2026-01-04');
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.greps).toHaveLength(0);
  }));

  it('refuses the id of a prompt whose staged edit keeps it, and of one edited earlier (its old text left behind)', () => onCopyOf(base, (repo) => {
    repo.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta' }, 'Answer shipping questions, briefly.'));
    expect(commitTraced(repo, 'edit beta', '2026-01-04').code).toBe(0);
    repo.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions, briefly.'));
    repo.write('prompts/gamma.md', gamma('alpha'));
    repo.write('prompts/delta.md', promptFile({ title: 'Delta', id: 'beta' }, 'Answer tax questions.'));
    const outcome = commitTraced(repo, 'add gamma and delta', '2026-01-05');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "alpha" is already used by prompts/alpha.md');
    expect(outcome.output).toContain('prompts/delta.md:3: front matter id "beta" is already used by prompts/beta.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('refuses the id of a prompt whose id line carries a YAML comment', () => onCopyOf(base, (repo) => {
    repo.write('prompts/delta.md', '---\ntitle: Delta\nid: delta  # owned by the tax team\n---\nAnswer tax questions.\n');
    expect(commitTraced(repo, 'add delta', '2026-01-04').code).toBe(0);
    repo.write('prompts/gamma.md', gamma('delta'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-05');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "delta" is already used by prompts/delta.md');
    expect(outcome.greps).toHaveLength(0);
  }));

  it('is moved to HEAD with the source list by one `git diff-tree` when both were saved at the commit before', () => onCopyOf(base, (repo) => {
    // The commit before ("edit alpha") saved both lists at its parent ("base"): moving each to
    // HEAD is the same diff of the same two commits, asked of git once.
    repo.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions kindly.'));
    const trace = path.join(repo.dir, '.git', 'trace-diff-trees.txt');
    const result = repo.commit('edit alpha again', '2026-01-04', { env: { GIT_TRACE: trace } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const saved = repo.git(['rev-parse', 'HEAD~2']).stdout.trim();
    const diffs = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / git diff-tree /.test(line)).map((line) => line.slice(line.indexOf(' git diff-tree ')));
    expect(diffs.filter((line) => line.includes(` ${saved} `))).toHaveLength(1);
    expect(new Set(diffs).size).toBe(diffs.length);
  }));

  it('builds the list again with one search when it is lost, and still refuses', () => onCopyOf(base, (repo) => {
    fs.rmSync(path.join(repo.dir, '.git/promptvault/stable-ids'), { recursive: true, force: true });
    repo.write('prompts/gamma.md', gamma('beta'));
    const outcome = commitTraced(repo, 'add gamma', '2026-01-04');
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).toContain('front matter id "beta" is already used by prompts/beta.md');
    expect(outcome.greps).toHaveLength(1);
  }));
});

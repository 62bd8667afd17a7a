import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitPromptAndEdit } from '../../test-utils/edited-prompt.ts';

// git's sequencer makes a fixup or squash as an amend of the commit before it, and runs
// post-rewrite `amend` for it in the middle of the rebase, where no pre-commit hook ran. The
// repair of an amend the hook did not recognise is for `git commit --amend`, never this one: amending
// HEAD under the sequencer left it unable to pick the next commit ("your local changes would be
// overwritten by rebase").
let repo: TestRepo;
afterAll(() => repo?.cleanup());

function mutations(prompt: string): Record<string, any>[] {
  return repo.filesAtHead(`vault/mutations/${prompt}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
}

/** Each version of a prompt with its parents' versions. */
function lineage(prompt: string): [number, number[]][] {
  return mutations(prompt).map((m) => [m.version, m.parents.map((p: { version: number }) => p.version)]);
}

// Prompt `a` committed through the hook as "One.", "Two." (oneTwo), then "Three." (oneTwoThree):
// built once for the file, three hooked commits, and copied (milliseconds) for each test that
// starts from one of them, where each test had made its own (eleven hooked commits).
let oneTwo: TestRepo;
let oneTwoThree: TestRepo;
beforeAll(() => {
  oneTwoThree = createRepo();
  for (const [message, date, text] of [['add a', '2026-01-02', 'One.'], ['edit a', '2026-01-03', 'Two.']] as const) {
    oneTwoThree.write('prompts/a.md', promptFile({ title: 'A' }, text));
    expect(oneTwoThree.commit(message, date).code).toBe(0);
  }
  oneTwo = copyRepo(oneTwoThree);
  oneTwoThree.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
  expect(oneTwoThree.commit('fix the edit', '2026-01-04').code).toBe(0);
});
afterAll(() => {
  oneTwo?.cleanup();
  oneTwoThree?.cleanup();
});

/** This test's own copy of `template`, as `repo`. */
function startFrom(template: TestRepo): void {
  repo?.cleanup();
  repo = copyRepo(template);
}

describe.each(['fixup', 'squash'])('a %s in `git rebase -i` runs to the end of the rebase', (command) => {
  it('picks the commits after it, and the branch holds one version per commit that stands', () => {
    startFrom(oneTwoThree);
    repo.write('prompts/b.md', promptFile({ title: 'B' }, 'Bee.'));
    expect(repo.commit('add b', '2026-01-05').code).toBe(0);

    const rebase = repo.git(['rebase', '-i', 'HEAD~3'], { env: { GIT_SEQUENCE_EDITOR: `sed -i '2s/^pick/${command}/'`, GIT_EDITOR: 'true' } });
    expect(rebase.code, rebase.stderr).toBe(0);
    expect(repo.git(['log', '--format=%s']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault'))).toEqual(['add b', 'edit a', 'add a']);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expect(repo.showHead('prompts/b.md')).toContain('Bee.');
    expect(mutations('b').map((m) => m.version)).toEqual([1]);
    // One rule for every rewritten commit (session 32): the folded commit holds one version of its
    // net change, as `git commit --amend` records it. The version of "Two." (whose text is in no
    // commit: `show a@2` said "not in this clone") is replaced with what descends from it.
    expect(lineage('a')).toEqual([[1, []], [2, [1]]]);
    const shown = repo.cli(['show', 'a@2']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Three.');
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('a fixup folded into a commit that later commits build on, with a label on the fixup\'s version', () => {
  it('records the folded commit and each later one again, oldest first, and the label follows the text it named', () => {
    startFrom(oneTwoThree);
    expect(repo.cli(['label', 'set', 'staging', 'a@3']).code).toBe(0);
    expect(repo.commit('label staging', '2026-01-04').code).toBe(0);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Four.'));
    expect(repo.commit('edit a again', '2026-01-05').code).toBe(0);

    const rebase = repo.git(['rebase', '-i', 'HEAD~4'], { env: { GIT_SEQUENCE_EDITOR: "sed -i '2s/^pick/fixup/'", GIT_EDITOR: 'true' } });
    expect(rebase.code, rebase.stderr).toBe(0);
    expect(lineage('a')).toEqual([[1, []], [2, [1]], [3, [2]]]);
    expect(repo.cli(['show', 'a@2']).stdout).toContain('Three.');
    expect(repo.cli(['show', 'a@3']).stdout).toContain('Four.');
    const staging = parse(repo.showHead('vault/labels/staging.yaml')) as { prompts: Record<string, { version: number }> };
    expect(staging.prompts.a?.version).toBe(2);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('`git commit --amend` of the same edit keeps the same rule', () => {
  it('holds one version of the net change, whose text the amended commit holds', () => {
    startFrom(oneTwo);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
    expect(repo.commit('edit a', '2026-01-04', { args: ['--amend', '--no-edit'] }).code).toBe(0);
    expect(lineage('a')).toEqual([[1, []], [2, [1]]]);
    expect(repo.cli(['show', 'a@2']).stdout).toContain('Three.');
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('`git commit --amend` at an `edit` stop of a rebase, where the hook cannot see the amend (Windows)', () => {
  it('is still recorded as one version of the amended commit, and the rebase goes on', () => {
    repo?.cleanup();
    repo = createRepo();
    const env = { PROMPTVAULT_AMEND_PROBE: 'none' };
    const base = commitPromptAndEdit(repo, env);
    repo.write('prompts/b.md', promptFile({ title: 'B' }, 'Bee.'));
    expect(repo.commit('add b', '2026-01-04', { env }).code).toBe(0);
    expect(repo.git(['rebase', '-i', 'HEAD~2'], { env: { ...env, GIT_SEQUENCE_EDITOR: "sed -i '1s/^pick/edit/'" } }).code).toBe(0);
    repo.write('prompts/a.md', promptFile({ title: 'A' }, 'Three.'));
    const amended = repo.git(['commit', '-q', '-a', '--amend', '--no-edit'], { date: '2026-01-05T10:00:00Z', env });
    expect(amended.stderr).toContain('recorded again against the amended commit\'s parents');
    expect(repo.git(['rebase', '--continue'], { env }).code).toBe(0);
    expect(mutations('a').map((m) => [m.version, m.parent_version, m.commit_parents])).toEqual([[1, null, []], [2, 1, [base]]]);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const paragraphs = (top: string, bottom: string) =>
  promptFile({ title: 'Refund request', assistant: 'support-bot', tone: 'empathetic', tags: ['billing'] }, `${top}\n\nConfirm the order number {{order_id}} before anything else.\n\n${bottom}`);

const BASE = paragraphs('You help customers who ask for a refund.', 'Explain the refund policy in plain words.');

const GREETING = promptFile({ title: 'Greeting' }, 'Greet the customer.');
const PRIVACY = '---\ntitle: Privacy\n---\nThe assistant must never share account numbers.\n';

/**
 * In `repo`, a copy of BASE, a greeting prompt and a privacy clause committed through the hook
 * ('add refund prompt', 2026-01-02), where every test branches off: committed once per file (a
 * hooked commit is a tree of processes, a copy milliseconds). The tests of the refund prompt leave
 * the other two alone; the cherry-picked fix edits the clause, the merge needing no record the
 * greeting.
 */
let base: TestRepo | undefined;
afterAll(() => base?.cleanup());
function startAtBase(): void {
  if (!base) {
    base = createRepo();
    base.write('prompts/support/refund.md', BASE);
    base.write('prompts/support/greet.md', GREETING);
    base.write('codex/privacy.md', PRIVACY);
    expect(base.commit('add refund prompt', '2026-01-02').code).toBe(0);
  }
  repo = copyRepo(base);
}

function mutations(prompt: string) {
  return repo
    .filesAtHead(`vault/mutations/${prompt}/`)
    .map((file) => parse(repo.showHead(file)) as Record<string, any>)
    .sort((a, b) => a.version - b.version);
}

function twoBranchesEditing(top: string, bottom: string) {
  startAtBase();
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('prompts/support/refund.md', paragraphs(top, 'Explain the refund policy in plain words.'));
  expect(repo.commit('feature: warmer opening', '2026-01-03').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/support/refund.md', paragraphs('You help customers who ask for a refund.', bottom));
  expect(repo.commit('main: stricter policy', '2026-01-04').code).toBe(0);
}

describe('merges record a version with both branches as parents', () => {
  it('stops a merge git would complete on its own, then records both parents in the merge commit', () => {
    twoBranchesEditing('You help customers who ask for a refund, and you are sorry for the trouble.', 'Explain the refund policy in plain words. You must never refund more than the order total.');
    const main = repo.git(['rev-parse', 'main']).stdout.trim();
    const feature = repo.git(['rev-parse', 'feature']).stdout.trim();
    const merge = repo.git(['merge', '--no-edit', 'feature'], { date: '2026-01-05' });
    expect(merge.code).not.toBe(0);
    expect(merge.stdout + merge.stderr).toContain('git commit --no-edit');
    // Both parents by the hook's version label (`v2·1a2b3c`): the two version 2s are told apart.
    const stop = /prompt support\/refund \(merge, parents support\/refund@v2·([0-9a-f]{6}) \+ support\/refund@v2·([0-9a-f]{6})\)/.exec(merge.stdout + merge.stderr);
    expect(stop, merge.stdout + merge.stderr).not.toBeNull();
    expect(stop![1]).not.toBe(stop![2]);
    // Nothing conflicted inside vault/: both branches' version 2 sit side by side, staged.
    expect(repo.git(['diff', '--name-only', '--diff-filter=U']).stdout).toBe('');
    const done = repo.git(['commit', '--no-edit', '-q'], { date: '2026-01-05' });
    expect(done.code, done.stderr).toBe(0);
    expect(repo.git(['rev-list', '--parents', '-n', '1', 'HEAD']).stdout.trim().split(' ')).toEqual([expect.any(String), main, feature]);
    const all = mutations('support/refund');
    expect(all.map((m) => m.version)).toEqual([1, 2, 2, 3]);
    const merged = all[3]!;
    expect(merged).toMatchObject({ kind: 'merge', parent_prompt: 'support/refund', parent_version: 2, commit_parents: [main, feature] });
    expect(merged.symbolic_tags).toContain('@merge');
    expect(merged.parents.map((p: { commit: string }) => p.commit)).toEqual([main, feature]);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('records the merge when a conflict was resolved by hand and committed', () => {
    startAtBase();
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('prompts/support/refund.md', paragraphs('A feature opening line.', 'Explain the refund policy in plain words.'));
    repo.commit('feature: new opening', '2026-01-03');
    repo.git(['checkout', '-q', 'main']);
    repo.write('prompts/support/refund.md', paragraphs('A main opening line.', 'Explain the refund policy in plain words.'));
    repo.commit('main: other opening', '2026-01-04');
    const merge = repo.git(['merge', '--no-edit', 'feature'], { date: '2026-01-05' });
    expect(merge.code).not.toBe(0);
    expect(merge.stdout).toContain('CONFLICT (content): Merge conflict in prompts/support/refund.md');
    repo.write('prompts/support/refund.md', paragraphs('A feature opening line, and the main one.', 'Explain the refund policy in plain words.'));
    repo.git(['add', 'prompts/support/refund.md']);
    const done = repo.git(['commit', '--no-edit', '-q'], { date: '2026-01-05' });
    expect(done.code, done.stderr).toBe(0);
    const last = mutations('support/refund').at(-1)!;
    expect(last).toMatchObject({ kind: 'merge', version: 3 });
    expect(last.parents).toHaveLength(2);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('merges the same edit made on two branches (a cherry-picked fix) without a conflict in vault/', () => {
    startAtBase();
    const fix = paragraphs('You help customers who ask for a refund.', 'Explain the refund policy. Never promise a date.');
    const rule = '---\ntitle: Privacy\n---\nThe assistant must never share account numbers or card numbers.\n';
    repo.git(['checkout', '-q', '-b', 'release']);
    repo.write('prompts/support/refund.md', fix);
    repo.write('codex/privacy.md', rule);
    expect(repo.commit('fix on release', '2026-01-03').code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write('prompts/support/refund.md', fix);
    repo.write('codex/privacy.md', rule);
    expect(repo.commit('same fix on main', '2026-01-03T15:00:00Z').code).toBe(0);
    const merge = repo.git(['merge', '--no-edit', 'release'], { date: '2026-01-04' });
    expect(merge.stdout + merge.stderr).not.toContain('CONFLICT');
    if (merge.code !== 0) expect(repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-04' }).code).toBe(0);
    expect(mutations('support/refund').map((m) => `${m.version}:${m.kind}`)).toEqual(['1:new', '2:edit', '2:edit', '3:merge']);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('lets a merge that needs no record go through untouched', () => {
    startAtBase();
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('prompts/support/refund.md', paragraphs('You help customers who ask for a refund, kindly.', 'Explain the refund policy in plain words.'));
    repo.commit('feature: edit refund', '2026-01-03');
    repo.git(['checkout', '-q', 'main']);
    repo.write('prompts/support/greet.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name.'));
    repo.commit('main: edit greeting', '2026-01-04');
    const merge = repo.git(['merge', '--no-edit', '-q', 'feature'], { date: '2026-01-05' });
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    expect(repo.addedInHead('vault/')).toHaveLength(2); // feature's refund v2 records, brought in
    expect(mutations('support/refund').map((m) => m.version)).toEqual([1, 2]);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('merges of a move and an edit', () => {
  it('joins an edit made at the old path on one branch with the move made on the other', () => {
    startAtBase();
    repo.git(['checkout', '-q', '-b', 'edit']);
    repo.write('prompts/support/refund.md', paragraphs('You help customers who ask for a refund, kindly.', 'Explain the refund policy in plain words.'));
    expect(repo.commit('edit at the old path', '2026-01-03').code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.move('prompts/support/refund.md', 'prompts/billing/refund.md');
    expect(repo.commit('move under billing', '2026-01-04').code).toBe(0);
    const merge = repo.git(['merge', '--no-edit', 'edit'], { date: '2026-01-05' });
    expect(merge.stdout + merge.stderr).not.toContain('CONFLICT');
    expect(merge.stdout + merge.stderr).toMatch(/prompt billing\/refund \(merge, parents billing\/refund@v2·[0-9a-f]{6} \+ support\/refund@v2·[0-9a-f]{6}\)/);
    expect(repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-05' }).code).toBe(0);
    const merged = mutations('billing/refund').at(-1)!;
    expect(merged).toMatchObject({ kind: 'merge', version: 3 });
    expect(merged.parents.map((p: { prompt: string; version: number }) => `${p.prompt}@${p.version}`)).toEqual(['billing/refund@2', 'support/refund@2']);
    expect(repo.cli(['check']).code).toBe(0);
    repo.write('prompts/billing/refund.md', repo.read('prompts/billing/refund.md').replace('plain words', 'short, plain words'));
    expect(repo.commit('edit after the merge', '2026-01-06').code).toBe(0);
    expect(mutations('billing/refund').at(-1)).toMatchObject({ kind: 'edit', version: 4, parent_version: 3 });
  });

  it('joins them the same way when the branch that moved the prompt is the one merged in', () => {
    startAtBase();
    repo.git(['checkout', '-q', '-b', 'mover']);
    repo.move('prompts/support/refund.md', 'prompts/billing/refund.md');
    expect(repo.commit('move under billing', '2026-01-03').code).toBe(0);
    repo.git(['checkout', '-q', 'main']);
    repo.write('prompts/support/refund.md', paragraphs('You help customers who ask for a refund, kindly.', 'Explain the refund policy in plain words.'));
    expect(repo.commit('edit at the old path', '2026-01-04').code).toBe(0);
    repo.git(['merge', '--no-edit', 'mover'], { date: '2026-01-05' });
    expect(repo.git(['commit', '-q', '--no-edit'], { date: '2026-01-05' }).code).toBe(0);
    const merged = mutations('billing/refund').at(-1)!;
    expect(merged.kind).toBe('merge');
    expect(merged.parents.map((p: { prompt: string; version: number }) => `${p.prompt}@${p.version}`)).toEqual(['support/refund@2', 'billing/refund@2']);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

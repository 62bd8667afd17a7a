import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { recordedCommit } from '../../test-utils/recorded-commit.ts';
import { commitRefundSteps, REFUND_PROMPT as FILE, refundSteps as text } from '../../test-utils/refund-steps.ts';

// Team workflows that commit without the pre-commit hook, or rewrite commits that have records,
// on real repositories with the hooks installed. Each ends with `promptvault check` green.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A prompt of four paragraphs, so edits to different paragraphs merge and revert cleanly. */

/**
 * A copy of the repository `build` makes, which is built once per `key` for this file: the tests
 * start from the same few histories, and a copy is that repository byte for byte (copyRepo).
 */
const templates = new Map<string, TestRepo>();
async function fromTemplate(key: string, build: () => Promise<TestRepo>): Promise<TestRepo> {
  let template = templates.get(key);
  if (!template) {
    template = await build();
    templates.set(key, template);
  }
  const repo = copyRepo(template);
  repos.push(repo);
  return repo;
}

/** v1 of the prompt, recorded as the hook records it (recordedCommit). */
function start(): Promise<TestRepo> {
  return fromTemplate('v1', async () => {
    const repo = createRepo();
    repos.push(repo);
    await setUp(repo, ['greet', 'listen', 'check', 'close'], 'v1', '2026-01-01');
    return repo;
  });
}

/** An edit committed through the hook: where the hook's own run is part of what a test proves. */
function edit(repo: TestRepo, parts: readonly string[], message: string, date: string) {
  commitRefundSteps(repo, parts, message, date);
}

/**
 * An edit the test only starts from, recorded in this process (recordedCommit: the commit the hook
 * would make, without a hook process); what each test proves is the git command that follows.
 */
async function setUp(repo: TestRepo, parts: readonly string[], message: string, date: string): Promise<void> {
  repo.write(FILE, text(...parts));
  await recordedCommit(repo, message, date);
}

/** v1, then v2 ('welcome' for 'greet'): where five of the tests go on from. */
function startAtV2(): Promise<TestRepo> {
  return fromTemplate('v2', async () => {
    const built = await start();
    await setUp(built, ['welcome', 'listen', 'check', 'close'], 'v2', '2026-01-02');
    return built;
  });
}

/**
 * main at v2 ('close kindly'); a side branch from v1 with two edits of its own, its v2 and v3. On
 * main after, unless `stay` (on side, to read its records first).
 */
async function sideToPick(sideV2: [string, string, string, string], sideV3: [string, string, string, string], { stay = false } = {}): Promise<TestRepo> {
  const repo = await fromTemplate(JSON.stringify([sideV2, sideV3]), async () => {
    const built = await start();
    await setUp(built, ['greet', 'listen', 'check', 'close kindly'], 'main v2', '2026-01-02');
    built.git(['checkout', '-q', '-b', 'side', 'HEAD~1']);
    await setUp(built, sideV2, 'side v2', '2026-01-03');
    await setUp(built, sideV3, 'side v3', '2026-01-04');
    return built;
  });
  if (!stay) repo.git(['checkout', '-q', 'main']);
  return repo;
}

/** Mutation records at HEAD, by version. */
function mutations(repo: TestRepo) {
  return repo.filesAtHead('vault/mutations/refund/').map((file) => parse(repo.showHead(file)) as { version: number; content_hash: string; symbolic_tags: string[]; reverts_to?: { version: number }; parents: { version: number }[] })
    .sort((a, b) => a.version - b.version);
}

/** Every mutation record any commit of the branch ever held: a version number names one text. */
function versionsEverRecorded(repo: TestRepo): Map<number, Set<string>> {
  const files = repo.git(['log', '--format=%H', '--name-only', '--diff-filter=A', '--', 'vault/mutations/refund/']).stdout.split('\n');
  const byVersion = new Map<number, Set<string>>();
  let commit = '';
  for (const line of files) {
    if (/^[0-9a-f]{40}$/.test(line)) commit = line;
    else if (line.endsWith('.yaml')) {
      const record = parse(repo.git(['show', `${commit}:${line}`]).stdout) as { version: number; content_hash: string };
      byVersion.set(record.version, new Set([...(byVersion.get(record.version) ?? []), record.content_hash]));
    }
  }
  return byVersion;
}

function expectGreen(repo: TestRepo) {
  const check = repo.cli(['check']);
  expect(check.stdout + check.stderr).toMatch(/: ok\n$/);
  expect(check.code).toBe(0);
}

describe('git revert', () => {
  it('of an older edit, without a conflict: the revert commit keeps the reverted records and records its own version', async () => {
    const repo = await startAtV2();
    await setUp(repo, ['welcome', 'hear them out', 'check', 'close'], 'v3', '2026-01-03');
    await setUp(repo, ['welcome', 'hear them out', 'verify', 'close'], 'v4', '2026-01-04');
    const reverted = repo.git(['revert', '--no-edit', 'HEAD~1'], { date: '2026-01-05' });
    expect(reverted.code, reverted.stderr).toBe(0);
    // git runs no pre-commit hook here; post-commit amended the revert with its records.
    expect(repo.git(['diff', '--name-status', 'HEAD~1', 'HEAD', '--', 'vault/']).stdout).not.toMatch(/^D/m);
    const all = mutations(repo);
    expect(all.map((m) => m.version)).toEqual([1, 2, 3, 4, 5]);
    expect(all.at(-1)!.parents.map((p) => p.version)).toEqual([4]);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expectGreen(repo);
  });

  it('of an older edit, with a conflict: the pre-commit hook of `revert --continue` keeps the records the revert deletes', async () => {
    const repo = await startAtV2();
    await setUp(repo, ['welcome', 'listen', 'check', 'close politely'], 'v3', '2026-01-03');
    await setUp(repo, ['welcome', 'listen', 'check', 'close politely and fast'], 'v4', '2026-01-04');
    expect(repo.git(['revert', '--no-edit', 'HEAD~1'], { date: '2026-01-05' }).code).not.toBe(0);
    repo.write(FILE, text('welcome', 'listen', 'check', 'close fast'));
    repo.git(['add', FILE]);
    const continued = repo.git(['revert', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
    expect(continued.code, continued.stderr).toBe(0);
    expect(continued.stderr + continued.stdout).toContain('kept 2 record file(s) this commit deleted');
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3, 4, 5]);
    expectGreen(repo);
  });

  it('of the latest edit: a new version that names the text it returns to, and the next edit never reuses a number', async () => {
    const repo = await startAtV2();
    await setUp(repo, ['welcome', 'listen', 'verify', 'close'], 'v3', '2026-01-03');
    expect(repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-04' }).code).toBe(0);
    const back = mutations(repo).at(-1)!;
    expect(back).toMatchObject({ version: 4, reverts_to: { version: 2 } });
    expect(back.symbolic_tags).toContain('@revert');
    edit(repo, ['welcome', 'listen', 'double-check', 'close'], 'v5', '2026-01-05');
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3, 4, 5]);
    for (const [version, hashes] of versionsEverRecorded(repo)) expect(hashes.size, `v${version}`).toBe(1);
    expectGreen(repo);
  });
});

describe('git revert with the hooks off', () => {
  it('of the latest edit: check fails and names the commit, repair puts the records back, and no number is given to two texts', async () => {
    const repo = await startAtV2();
    expect(repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-03', env: { HUSKY: '0' } }).code).toBe(0);
    const revert = repo.git(['rev-parse', 'HEAD']).stdout.trim().slice(0, 12);
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(new RegExp(`vault/mutations/refund/0002-[0-9a-f]{12}\\.yaml: was deleted by commit ${revert} \\("Revert "v2""\\), a revert: records stay on their branch`));
    expect(failing.stdout).not.toContain('made without the hook');
    expect(failing.stdout).toContain('fix: run `promptvault repair`');
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-04T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-04T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    const back = mutations(repo).at(-1)!;
    expect(back).toMatchObject({ version: 3, reverts_to: { version: 1 } });
    expectGreen(repo);
    edit(repo, ['welcome', 'listen', 'double-check', 'close'], 'v4', '2026-01-05');
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3, 4]);
    for (const [version, hashes] of versionsEverRecorded(repo)) expect(hashes.size, `v${version}`).toBe(1);
    expectGreen(repo);
  });

  it('of the latest edit, and an edit recorded before anyone ran check: repair joins the two texts numbered v2', async () => {
    // The hook cannot see the deleted v2 without reading history (it must not, on every commit), so
    // the edit after the revert is numbered v2 again; check catches it, repair puts the first v2
    // back and joins both with a merge version (labels tell the two v2 apart by their hash).
    const repo = await startAtV2();
    expect(repo.git(['revert', '--no-edit', 'HEAD'], { date: '2026-01-03', env: { HUSKY: '0' } }).code).toBe(0);
    edit(repo, ['greet', 'listen', 'verify', 'close'], 'v2 again', '2026-01-04');
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('("Revert "v2""), a revert: records stay on their branch');
    expect(repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z' } }).code).toBe(0);
    const joined = mutations(repo).at(-1)!;
    expect(joined).toMatchObject({ version: 3 });
    expect(joined.parents.map((p) => p.version)).toEqual([2, 2]);
    // It keeps the text of one of its parents: not a return to an earlier text.
    expect(joined.symbolic_tags).toContain('@merge');
    expect(joined.symbolic_tags).not.toContain('@revert');
    expectGreen(repo);
  });
});

describe('git cherry-pick', () => {
  it('of a prompt commit whose parent version is not on the target branch: recorded as a version of the target', async () => {
    const repo = await sideToPick(['welcome', 'listen', 'check', 'close'], ['welcome', 'hear them out', 'check', 'close']);
    const picked = repo.git(['cherry-pick', 'side'], { date: '2026-01-05' });
    expect(picked.code, picked.stderr).toBe(0);
    const all = mutations(repo);
    expect(all.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(all.at(-1)!.parents.map((p) => p.version)).toEqual([2]);
    expectGreen(repo);
  });

  it('with a conflict: `cherry-pick --continue` records one version of the target, and no copy of the picked record stays', async () => {
    // The adopter trial's case: the picked commit's parent version (side v2) is not on main.
    const repo = await sideToPick(['greet', 'listen', 'check', 'close fast'], ['greet', 'listen', 'check', 'close fast and kindly'], { stay: true });
    const copied = repo.filesAtHead('vault/mutations/refund/').find((file) => file.includes('/0003-'))!;
    repo.git(['checkout', '-q', 'main']);
    expect(repo.git(['cherry-pick', 'side'], { date: '2026-01-05' }).code).not.toBe(0);
    repo.write(FILE, text('greet', 'listen', 'check', 'close kindly and fast'));
    repo.git(['add', FILE]);
    const continued = repo.git(['cherry-pick', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
    expect(continued.code, continued.stderr).toBe(0);
    expect(continued.stderr + continued.stdout).toContain('dropped 2 record file(s) a cherry-pick copied from another branch');
    const all = mutations(repo);
    expect(all.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(all.at(-1)!.parents.map((p) => p.version)).toEqual([2]);
    expect(all.at(-1)!.symbolic_tags).not.toContain('@merge');
    expect(all.at(-1)!.symbolic_tags).not.toContain('@revert');
    expect(repo.filesAtHead('vault/mutations/refund/')).not.toContain(copied);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
    expectGreen(repo);
  });

  it('made with the hooks off: check says why and that `promptvault repair` fixes it, and it does', async () => {
    const repo = await sideToPick(['welcome', 'listen', 'check', 'close'], ['welcome', 'hear them out', 'check', 'close']);
    expect(repo.git(['cherry-pick', 'side'], { date: '2026-01-05', env: { HUSKY: '0' } }).code).toBe(0);
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('names the parent refund v2, which has no record here: a revert deleted it, or a cherry-pick or rebase copied this record from a branch that has it');
    expect(failing.stdout).toContain('fix: run `promptvault repair`');
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-06T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-06T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toContain('recorded on another branch for a text no commit of this branch holds');
    expect(repaired.stdout).toMatch(/promptvault repair: committed [0-9a-f]{12}/);
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3]);
    expectGreen(repo);
  });

  it('made with the hooks off, repaired with `--no-commit` and committed by hand: the hook lets the dropped copies go', async () => {
    const repo = await sideToPick(['welcome', 'listen', 'check', 'close'], ['welcome', 'hear them out', 'check', 'close']);
    expect(repo.git(['cherry-pick', 'side'], { date: '2026-01-05', env: { HUSKY: '0' } }).code).toBe(0);
    const staged = repo.cli(['repair', '--no-commit']);
    expect(staged.code, staged.stderr).toBe(0);
    expect(staged.stdout).toContain('promptvault repair: staged; commit it');
    const committed = repo.commit('repair the vault', '2026-01-06', { add: false });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stdout + committed.stderr).not.toContain('kept 2 record file(s) this commit deleted');
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3]);
    expectGreen(repo);
  });

  it('repaired with `--no-commit`, a first commit aborted after the hook: the retry still lets the dropped copies go', async () => {
    const repo = await sideToPick(['welcome', 'listen', 'check', 'close'], ['welcome', 'hear them out', 'check', 'close']);
    expect(repo.git(['cherry-pick', 'side'], { date: '2026-01-05', env: { HUSKY: '0' } }).code).toBe(0);
    expect(repo.cli(['repair', '--no-commit']).code).toBe(0);
    const head = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    // git runs pre-commit, then refuses the empty message: HEAD stays, the hook has run once.
    expect(repo.git(['commit', '-q', '--cleanup=strip', '-m', ''], { date: '2026-01-06' }).code).not.toBe(0);
    expect(repo.git(['rev-parse', 'HEAD']).stdout.trim()).toBe(head);
    const committed = repo.commit('repair the vault', '2026-01-06', { add: false });
    expect(committed.code, committed.stderr).toBe(0);
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3]);
    expectGreen(repo);
  });
});

describe('a lineage joined with a cherry-pick\'s copy', () => {
  it('(what the hook wrote before it dropped copies: "v4 merge from v2 + v3"): one `promptvault repair` makes check green', async () => {
    const repo = await sideToPick(['greet', 'listen', 'check', 'close fast'], ['greet', 'listen', 'check', 'close fast and kindly']);
    expect(repo.git(['cherry-pick', 'side'], { date: '2026-01-05', env: { HUSKY: '0' } }).code).not.toBe(0);
    repo.write(FILE, text('greet', 'listen', 'check', 'close kindly and fast'));
    repo.git(['add', FILE]);
    expect(repo.git(['cherry-pick', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true', HUSKY: '0' } }).code).toBe(0);
    // The copy stays in the lineage; recording now joins it with main's head, as the old hook did.
    const joined = repo.cli(['record', '--all']);
    expect(joined.stdout).toMatch(/refund v4·[0-9a-f]{6} \(merge from refund@v[23]·[0-9a-f]{6} \+ refund@v[23]·[0-9a-f]{6}\)/);
    expect(repo.git(['commit', '-q', '--no-verify', '-m', 'record'], { date: '2026-01-05' }).code).toBe(0);
    expect(repo.cli(['check']).stdout).toContain('names the parent refund v2, which has no record here');
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-06T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-06T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toContain('names refund v3, a version this branch does not hold');
    expectGreen(repo);
    const all = mutations(repo);
    expect(all.at(-1)!.parents.map((p) => p.version)).toEqual([2]);
    expect(all.at(-1)!.symbolic_tags).not.toContain('@merge');
    expect(repo.cli(['repair']).stdout).toContain('nothing to repair');
  });
});

describe('git rebase', () => {
  /** v1 on main; a branch side from it with two edits of its own, its v2 and v3. On main. */
  function branches() {
    return fromTemplate('branches', async () => {
      const built = await start();
      built.git(['checkout', '-q', '-b', 'side']);
      await setUp(built, ['welcome', 'listen', 'check', 'close'], 'side v2', '2026-01-02');
      await setUp(built, ['welcome', 'hear them out', 'check', 'close'], 'side v3', '2026-01-03');
      built.git(['checkout', '-q', 'main']);
      return built;
    });
  }

  it('plain, the prompt edited on one side only: the records travel as they are', async () => {
    const repo = await branches();
    repo.write('README.md', 'other work\n');
    await recordedCommit(repo, 'docs', '2026-01-04');
    repo.git(['checkout', '-q', 'side']);
    const rebased = repo.git(['rebase', 'main'], { date: '2026-01-05' });
    expect(rebased.code, rebased.stderr).toBe(0);
    expect(repo.git(['log', '--format=%s', '-1']).stdout.trim()).toBe('side v3');
    expect(mutations(repo).map((m) => m.version)).toEqual([1, 2, 3]);
    expectGreen(repo);
  });

  it('plain, the prompt edited on both sides: post-rewrite replaces records of texts no commit holds with a version per rebased commit', async () => {
    const repo = await branches();
    await setUp(repo, ['greet', 'listen', 'check', 'close kindly'], 'main v2', '2026-01-04');
    repo.git(['checkout', '-q', 'side']);
    const rebased = repo.git(['rebase', 'main'], { date: '2026-01-05' });
    expect(rebased.code, rebased.stderr).toBe(0);
    expect(repo.git(['log', '--format=%s', '-1']).stdout).toMatch(/^Repair the prompt vault after a rebase/);
    const all = mutations(repo);
    // main's v1 and v2, then each rebased commit (side v2, side v3) on top of main's v2, as the hook would have recorded them.
    expect(all.map((m) => [m.version, m.parents.map((p) => p.version)])).toEqual([[1, []], [2, [1]], [3, [2]], [4, [3]]]);
    expect(all.at(-1)!.content_hash).not.toBe(undefined);
    expectGreen(repo);
  });

  it('interactive, squashing two edits into one commit', async () => {
    const repo = await branches();
    repo.git(['checkout', '-q', 'side']);
    const squashed = repo.git(['rebase', '-i', 'HEAD~2'], { date: '2026-01-05', env: { GIT_SEQUENCE_EDITOR: "sed -i '2s/^pick/squash/'", GIT_EDITOR: 'true' } });
    expect(squashed.code, squashed.stderr).toBe(0);
    // The squashed commit and the rebase's repair, which replaced the first edit's version (its
    // text is in no commit) and the second's by one version of the net change, as an amend records it.
    expect(repo.git(['log', '--format=%s']).stdout.trim().split('\n').filter((s) => !s.startsWith('Repair the prompt vault after a rebase'))).toHaveLength(2);
    expect(mutations(repo).map((m) => [m.version, m.parents.map((p) => p.version)])).toEqual([[1, []], [2, [1]]]);
    expectGreen(repo);
  });

  it('the same line edited on both sides: the conflict is resolved, and the result is recorded from the target branch', async () => {
    const repo = await branches();
    await setUp(repo, ['hello', 'listen', 'check', 'close'], 'main v2', '2026-01-04');
    repo.git(['checkout', '-q', 'side']);
    expect(repo.git(['rebase', 'main'], { date: '2026-01-05' }).code).not.toBe(0);
    repo.write(FILE, text('hello and welcome', 'listen', 'check', 'close'));
    repo.git(['add', FILE]);
    let step = repo.git(['rebase', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
    if (step.code !== 0) {
      // The second commit conflicts too (same paragraph, again): resolved the same way.
      repo.write(FILE, text('hello and welcome', 'hear them out', 'check', 'close'));
      repo.git(['add', FILE]);
      step = repo.git(['rebase', '--continue'], { date: '2026-01-05', env: { GIT_EDITOR: 'true' } });
    }
    expect(step.code, step.stderr).toBe(0);
    expectGreen(repo);
    const all = mutations(repo);
    for (const [version, hashes] of Map.groupBy(all, (m) => m.version)) expect(hashes.length, `v${version}`).toBe(1);
  });
});

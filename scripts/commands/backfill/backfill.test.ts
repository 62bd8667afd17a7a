import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from './index.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const refund = (extra: string) => promptFile({ title: 'Refund', assistant: 'support-bot', tags: ['billing'], codex: ['privacy'] }, `You help customers with refunds.\n\nConfirm the order {{order_id}}.\n\n${extra}`);

/**
 * One story of commits, played into a repository: new prompts, an edit, a fork, a move, a clause
 * weakened, a merge of a prompt edited on two branches. Returns nothing; the repo holds it.
 */
function playStory(repo: TestRepo): void {
  const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
  repo.write('codex/privacy.md', '---\ntitle: Privacy\ntone: formal\n---\nThe assistant must never share account numbers.\n');
  repo.write('prompts/support/refund.md', refund('Explain the policy.'));
  repo.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, 'Say hello to the customer.'));
  ok(repo.commit('add prompts and a clause', '2026-02-01'));
  repo.write('prompts/support/refund.md', refund('Explain the policy. You must never promise a date.'));
  ok(repo.commit('tighten refund', '2026-02-02'));
  repo.write('prompts/vip.md', promptFile({ title: 'VIP', forked_from: 'support/refund' }, 'Refund VIP customers at once.'));
  ok(repo.commit('fork for VIPs', '2026-02-03'));
  repo.move('prompts/support/greet.md', 'prompts/general/greet.md');
  ok(repo.commit('move greeting', '2026-02-04'));
  repo.write('codex/privacy.md', '---\ntitle: Privacy\ntone: formal\n---\nThe assistant should avoid sharing account numbers.\n');
  ok(repo.commit('soften privacy', '2026-02-05'));
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('prompts/support/refund.md', refund('Explain the policy. You must never promise a date.').replace('You help customers with refunds.', 'You help customers with refunds, kindly.'));
  ok(repo.commit('feature: kinder refund', '2026-02-06'));
  repo.git(['checkout', '-q', 'main']);
  repo.write('prompts/support/refund.md', refund('Explain the policy. You must never promise a date. Give a reference number.'));
  ok(repo.commit('main: reference number', '2026-02-07'));
  const merge = repo.git(['merge', '--no-edit', '-q', 'feature'], { date: '2026-02-08' });
  if (merge.code !== 0) ok(repo.git(['commit', '-q', '--no-edit'], { date: '2026-02-08' }));
}

/** How many folders vault/ has (itself included): the trees backfill stores for the index's cache. */
function vaultFolders(repo: TestRepo): number {
  const folders = new Set<string>();
  for (const file of repo.git(['ls-files', 'vault']).stdout.split('\n').filter(Boolean)) {
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  return folders.size;
}

/**
 * A copy of the story played once per file into a repository with the hooks (its 8 commits
 * recorded by the hook, seconds of CPU each) or without (git alone): most tests start from one
 * of the two, and a copy is that repository byte for byte (copyRepo).
 */
const stories = new Map<boolean, TestRepo>();
afterAll(() => stories.forEach((story) => story.cleanup()));
function storyRepo({ hooks }: { hooks: boolean }): TestRepo {
  let story = stories.get(hooks);
  if (!story) {
    story = createRepo({ hooks });
    playStory(story);
    stories.set(hooks, story);
  }
  const repo = copyRepo(story);
  repos.push(repo);
  return repo;
}

/**
 * The story without the hooks after one whole backfill (its records staged, not committed), and
 * what that backfill returned: built once per file and copied, as the tests that compare with a
 * whole run, or go on from one, would each have run the same backfill of the same history.
 */
let backfilled: { story: TestRepo; result: Awaited<ReturnType<typeof backfill>> } | undefined;
afterAll(() => backfilled?.story.cleanup());
async function backfilledStory(): Promise<{ repo: TestRepo; result: Awaited<ReturnType<typeof backfill>> }> {
  if (!backfilled) {
    const story = storyRepo({ hooks: false });
    repos.splice(repos.indexOf(story), 1); // kept for the file, not cleaned after this test
    backfilled = { story, result: await backfill({ cwd: story.dir }) };
  }
  const repo = copyRepo(backfilled.story);
  repos.push(repo);
  return { repo, result: backfilled.result };
}

/** Every record file under vault/ with commit ids replaced by their subjects, so two repositories compare. */
function normalisedVault(repo: TestRepo): Map<string, string> {
  const subjects = new Map(repo.git(['log', '--all', '--format=%H %s']).stdout.trim().split('\n').map((line) => [line.slice(0, 40), line.slice(41)]));
  const files = new Map<string, string>();
  // The records git holds (staged or committed): vault/.tmp/ is the writer's own, ignored folder.
  for (const file of repo.git(['ls-files', 'vault']).stdout.split('\n').filter(Boolean)) {
    // Audit ids hash commit ids too: keep their date, drop the hash.
    files.set(file, fs.readFileSync(path.join(repo.dir, file), 'utf8').replace(/[0-9a-f]{40}/g, (sha) => `<${subjects.get(sha) ?? sha}>`).replace(/(\d{8}T\d{6}Z)-[0-9a-f]{12}/g, '$1-<hash>'));
  }
  return files;
}

/**
 * A history made without the hooks (faq, the privacy clause and refund; refund in the same commit
 * or the next one), then an edit of refund the hook records: backfill has nothing to add there.
 */
/** Every file and folder under the repository's vault/ (empty folders too, which git status does not show). */
function vaultTree(repo: TestRepo): string[] {
  const root = path.join(repo.dir, 'vault');
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort() : [];
}

function recordedLater({ refundBeforeHooks }: { refundBeforeHooks: 'with the others' | 'a commit later' | 'at another path' }): TestRepo {
  const repo = createRepo();
  repos.push(repo);
  const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
  repo.write('prompts/faq.md', promptFile({ title: 'FAQ' }, 'Answer questions.'));
  repo.write('codex/privacy.md', '---\ntitle: Privacy\n---\nThe assistant must never share account numbers.\n');
  if (refundBeforeHooks === 'with the others') repo.write('prompts/support/refund.md', refund('Explain the policy.'));
  ok(repo.commit('before the hooks', '2026-02-01', { env: { HUSKY: '0' } }));
  if (refundBeforeHooks !== 'with the others') {
    repo.write(refundBeforeHooks === 'at another path' ? 'prompts/refund.md' : 'prompts/support/refund.md', refund('Explain the policy.'));
    ok(repo.commit('still before the hooks', '2026-02-02', { env: { HUSKY: '0' } }));
  }
  // Moved with the edit: the hook records the move (@rename), so the lineage starts at the old id.
  if (refundBeforeHooks === 'at another path') repo.move('prompts/refund.md', 'prompts/support/refund.md');
  repo.write('prompts/support/refund.md', refund('Explain the policy. Never promise a date.'));
  ok(repo.commit('first commit the hook records', '2026-02-03'));
  return repo;
}

describe('promptvault backfill', () => {
  it('writes the same records, field for field, as the hook wrote for the same history', async () => {
    const hooked = storyRepo({ hooks: true });
    expect(storyRepo({ hooks: false }).exists('vault')).toBe(false);
    const { repo: plain, result } = await backfilledStory();
    expect(result.problems).toEqual([]);
    expect(result.commits).toBe(8);
    // File names hash commit ids, which differ between the two repositories (one holds vault/);
    // compare each folder's records by content, commit ids mapped to their subjects.
    const byFolder = (vault: Map<string, string>) => [...vault].map(([file, text]) => `${path.dirname(file)}\n${text}`).sort();
    expect(byFolder(normalisedVault(plain))).toEqual(byFolder(normalisedVault(hooked)));
  });

  it('records edits of more prompts in one commit than the hook lists folder by folder, as the hook does', async () => {
    // 40 prompts have 80 record folders: past the 64 literal pathspecs the hook's index listing
    // switches to listing the record roots; backfill's replayed vault answers folder by folder.
    const hooked = createRepo();
    const plain = createRepo({ hooks: false });
    repos.push(hooked, plain);
    for (const repo of [hooked, plain]) {
      const write = (words: string) => {
        for (let i = 1; i <= 40; i++) repo.write(`prompts/many/p${i}.md`, promptFile({ title: `P${i}` }, `Answer the customer about order ${i} ${words}.`));
      };
      write('politely');
      expect(repo.commit('forty prompts', '2026-03-01').code).toBe(0);
      write('politely and briefly');
      expect(repo.commit('edit all forty', '2026-03-02').code).toBe(0);
    }
    expect((await backfill({ cwd: plain.dir })).problems).toEqual([]);
    const kinds = (vault: Map<string, string>) => [...vault].filter(([file]) => file.includes('/mutations/')).map(([, text]) => /^kind: (\w+)$/m.exec(text)?.[1]).sort();
    expect(kinds(normalisedVault(hooked))).toEqual([...Array(40).fill('edit'), ...Array(40).fill('new')]);
    const byFolder = (vault: Map<string, string>) => [...vault].map(([file, text]) => `${path.dirname(file)}\n${text}`).sort();
    expect(byFolder(normalisedVault(plain))).toEqual(byFolder(normalisedVault(hooked)));
  });

  it('gives each prompt the lineage `git log --follow` shows, across moves and merges', async () => {
    const { repo } = await backfilledStory();
    repo.git(['commit', '-q', '-m', 'backfill the vault'], { date: '2026-03-01' });
    for (const [file, id] of [['prompts/general/greet.md', 'general/greet'], ['prompts/support/refund.md', 'support/refund']] as const) {
      const log = JSON.parse(repo.cli(['log', id, '--json']).stdout) as { checkpoint: { content_hash: string } }[];
      expect(new Set(log.map((entry) => entry.checkpoint.content_hash))).toEqual(followedContentHashes(repo, file));
    }
    // In step with the files; only the softened privacy clause waits for a review, as it should.
    expect(repo.cli(['check']).stdout).toContain('0 invalid, 0 out of sync, 1 unreviewed regression(s)');
  });

  it('is idempotent: a second run writes nothing', async () => {
    const repo = storyRepo({ hooks: false });
    const looseObjects = () => Number(/^count: (\d+)$/m.exec(repo.git(['count-objects', '-v']).stdout)?.[1]);
    const looseBefore = looseObjects();
    const first = await backfill({ cwd: repo.dir });
    expect(first.written).toBeGreaterThan(10);
    // Staged from one pack: not one loose object per record; vault/'s trees, which the index's
    // cache names, are in a pack of the writer thread too (since session 36): no loose object written.
    expect(vaultFolders(repo)).toBeGreaterThan(10);
    expect(looseObjects()).toBe(looseBefore);
    expect(repo.git(['fsck', '--no-dangling']).code).toBe(0);
    // What each prompt blob cites is left for the hook's next clause change (and found by the replay's).
    // The file's first line names the cache; its entries follow as JSON.
    const citationsText = fs.readFileSync(path.join(repo.dir, '.git/promptvault/citations.json'), 'utf8');
    const citations = { entries: JSON.parse(citationsText.slice(citationsText.indexOf('\n') + 1)) as Record<string, unknown> };
    const refundBlob = repo.git(['rev-parse', 'HEAD:prompts/support/refund.md']).stdout.trim();
    expect(Object.entries(citations.entries).filter(([key]) => key.endsWith(`:${refundBlob}`)).map(([, value]) => value)).toEqual([[Buffer.byteLength(repo.read('prompts/support/refund.md')), ['privacy']]]);
    const second = await backfill({ cwd: repo.dir });
    expect(second.written).toBe(0);
    expect(second.kept).toBe(first.written);
  });

  it('refuses to record a second time a history the hook recorded from a later commit on, naming the prompt, and leaves nothing behind', async () => {
    const repo = recordedLater({ refundBeforeHooks: 'with the others' });
    expect(repo.filesAtHead('vault/checkpoints')).toHaveLength(1);
    const before = repo.git(['status', '--porcelain', '--untracked-files=all']).stdout;
    const folders = vaultTree(repo);
    await expect(backfill({ cwd: repo.dir })).rejects.toMatchObject({
      code: 'backfill-already-recorded',
      problems: [expect.objectContaining({ file: 'support/refund', message: expect.stringMatching(/^the vault already holds versions of this prompt that the hook recorded from commit [0-9a-f]{10} on \(its first, v1·[0-9a-f]{6}\); prompts\/support\/refund\.md was changed before that, by commit [0-9a-f]{10}/) })],
    });
    // Nothing written, staged or saved for a resume, no folder made; told before replaying (no text was measured).
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe(before);
    expect(vaultTree(repo)).toEqual(folders);
    expect(fs.existsSync(path.join(repo.dir, '.git/promptvault/backfill.json'))).toBe(false);
    expect(fs.existsSync(path.join(repo.dir, '.git/promptvault/measures'))).toBe(false);
    const cli = repo.cli(['backfill']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('fix: nothing to backfill: the hook records this history from its first recorded commit on');
  });

  it('refuses before replaying when the prompt first had its texts a commit before the hook\'s first record', async () => {
    const repo = recordedLater({ refundBeforeHooks: 'a commit later' });
    const folders = vaultTree(repo);
    await expect(backfill({ cwd: repo.dir })).rejects.toMatchObject({ code: 'backfill-already-recorded', problems: [expect.objectContaining({ file: 'support/refund' })] });
    expect(vaultTree(repo)).toEqual(folders);
    expect(fs.existsSync(path.join(repo.dir, '.git/promptvault/measures'))).toBe(false);
  });

  it('refusing a history the hook recorded (a prompt moved before its first record) after an interrupted run takes back that run\'s files and folders too, and no file the repository holds', async () => {
    const repo = recordedLater({ refundBeforeHooks: 'at another path' });
    const tracked = repo.git(['ls-files', 'vault']).stdout;
    const folders = vaultTree(repo);
    const before = repo.git(['status', '--porcelain', '--untracked-files=all']).stdout;
    // Stopped after the first commit: its records of faq are written, and saved for a resume.
    const controller = new AbortController();
    controller.abort();
    await expect(backfill({ cwd: repo.dir, signal: controller.signal })).rejects.toMatchObject({ code: 'interrupted' });
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).not.toBe(before);
    await expect(backfill({ cwd: repo.dir })).rejects.toMatchObject({ code: 'backfill-already-recorded' });
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe(before);
    expect(vaultTree(repo)).toEqual(folders);
    expect(repo.git(['ls-files', 'vault']).stdout).toBe(tracked);
    expect(fs.existsSync(path.join(repo.dir, '.git/promptvault/backfill.json'))).toBe(false);
  });

  it('replays a history the hook recorded from its first commit without writing anything', async () => {
    const repo = storyRepo({ hooks: true });
    const result = await backfill({ cwd: repo.dir });
    expect(result.written).toBe(0);
    expect(result.kept).toBe(repo.filesAtHead('vault/checkpoints').length + repo.filesAtHead('vault/mutations').length + repo.filesAtHead('vault/audits').length);
  });

  it('writes the same records from a warm measure cache as from a cold one, and ignores a damaged cache file', async () => {
    const repo = storyRepo({ hooks: false });
    const records = () => readRecords(repo);
    const forget = () => forgetRecords(repo);
    const cold = await backfill({ cwd: repo.dir });
    const coldRecords = records();
    expect(coldRecords.size).toBeGreaterThan(10);
    expect(cold.measures.measured).toBeGreaterThan(0);
    const cacheFile = path.join(repo.dir, '.git/promptvault/measures/o200k_base.json');
    expect(fs.existsSync(cacheFile)).toBe(true);

    forget();
    const warm = await backfill({ cwd: repo.dir });
    expect(warm.measures).toEqual({ cached: cold.measures.cached + cold.measures.measured, measured: 0, primed: 0 });
    expect(records()).toEqual(coldRecords);

    // A cache cut short (a killed writer on a file system without atomic rename) is measured again.
    fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, 'utf8').slice(0, 100));
    forget();
    const damaged = await backfill({ cwd: repo.dir });
    expect(damaged.measures.measured).toBe(cold.measures.measured);
    expect(records()).toEqual(coldRecords);
  });

  it('writes the same records whether worker threads measure ahead of the replay or the replay measures every text', async () => {
    const repo = storyRepo({ hooks: false });
    const records = () => readRecords(repo);
    const forget = () => {
      forgetRecords(repo);
      fs.rmSync(path.join(repo.dir, '.git/promptvault'), { recursive: true, force: true });
    };
    const alone = await backfill({ cwd: repo.dir, measureThreads: 0 });
    expect(alone.measureThreads).toBe(0);
    const aloneRecords = records();
    forget();
    const threaded = await backfill({ cwd: repo.dir, measureThreads: 2 });
    expect(threaded.measureThreads).toBe(2);
    expect(alone.measures.primed).toBe(0);
    // The threads' first batches are handed out before the replay starts, and the replay waits for
    // a blob a thread holds, so some texts always come from the threads; how many more depends on
    // how fast the threads run beside the replay (on a loaded machine the replay measures the rest).
    expect(threaded.measures.primed).toBeGreaterThan(0);
    expect(threaded.measures.primed).toBeLessThanOrEqual(threaded.measures.measured);
    expect({ ...threaded.measures, primed: 0 }).toEqual(alone.measures);
    expect(records()).toEqual(aloneRecords);
  });

  it('resumes an interrupted run where it stopped and ends with the same records', async () => {
    const repo = storyRepo({ hooks: false });
    const { repo: fresh } = await backfilledStory();
    const controller = new AbortController();
    controller.abort();
    await expect(backfill({ cwd: repo.dir, signal: controller.signal })).rejects.toMatchObject({ code: 'interrupted', exitCode: 130 });
    expect(fs.existsSync(path.join(repo.dir, '.git/promptvault/backfill.json'))).toBe(true);
    const resumed = await backfill({ cwd: repo.dir });
    expect(resumed.resumed).toBe(1);
    // What the interrupted run wrote is staged too, not left untracked.
    expect(repo.git(['status', '--porcelain', '--untracked-files=all', '--', 'vault']).stdout).not.toContain('??');
    expect([...normalisedVault(repo)].sort()).toEqual([...normalisedVault(fresh)].sort());
  });

  it('leaves no object a resumed run cannot stage: vault/\'s trees are not made without the earlier run\'s records', async () => {
    const repo = storyRepo({ hooks: false });
    const unreachable = () => repo.git(['fsck', '--unreachable', '--no-reflogs', '--no-progress']).stdout.split('\n').filter(Boolean).sort();
    const before = unreachable();
    const controller = new AbortController();
    controller.abort();
    await expect(backfill({ cwd: repo.dir, signal: controller.signal })).rejects.toMatchObject({ code: 'interrupted' });
    expect((await backfill({ cwd: repo.dir })).resumed).toBe(1);
    // Every object the two runs packed is a staged record's: the writer thread packed no trees of
    // the resumed run's records alone (the staging declines them and makes vault/'s itself).
    expect(unreachable()).toEqual(before);
    expect(fs.readdirSync(path.join(repo.dir, '.git/objects/pack')).filter((file) => file.startsWith('tmp_'))).toEqual([]);
  });

  it('packs the record objects of each save while the replay goes on, and stages the same records', async () => {
    const repo = storyRepo({ hooks: false });
    const { repo: fresh } = await backfilledStory();
    const packs = (dir: string) => fs.readdirSync(path.join(dir, '.git/objects/pack')).filter((file) => file.endsWith('.pack')).length;
    const loose = (dir: string) => /^count: (\d+)$/m.exec(repo.git(['-C', dir, 'count-objects', '-v']).stdout)?.[1];
    const looseBefore = loose(repo.dir);
    // 8 commits saved every 2: the first saves' records are packed while later commits replay, the rest at the end.
    const result = await backfill({ cwd: repo.dir, saveEvery: 2 });
    expect(result.commits).toBe(8);
    expect(packs(repo.dir)).toBeGreaterThan(1);
    // Every staged record's object is in a pack, and so are vault/'s trees (see above), though the
    // last save here had no record left to write: no loose object.
    expect(Number(loose(repo.dir))).toBe(Number(looseBefore));
    // One save (the whole run's): its records' pack, then vault/'s trees'.
    expect(packs(fresh.dir)).toBe(2);
    expect([...normalisedVault(repo)].sort()).toEqual([...normalisedVault(fresh)].sort());
  });

  it('reports its write phase apart from replaying and measuring: the files, their bytes and folders, and where its time went', async () => {
    const repo = storyRepo({ hooks: false });
    const result = await backfill({ cwd: repo.dir, saveEvery: 2 });
    const staged = repo.git(['ls-files', 'vault']).stdout.split('\n').filter(Boolean);
    expect(result.writes.files).toBe(staged.length);
    expect(result.writes.bytes).toBe(staged.reduce((sum, file) => sum + fs.statSync(path.join(repo.dir, file)).size, 0));
    // One folder made per record folder (vault/ held nothing before).
    expect(result.writes.folders).toBe(new Set(staged.map((file) => path.dirname(file))).size);
    const { saves, backlog, files, packs, staging } = result.writes.seconds;
    expect(saves + backlog + files + packs + staging).toBeCloseTo(result.seconds.writing, 6);
    expect(result.seconds.history).toBeGreaterThan(0);
    expect(result.cpu.replay).toBeGreaterThan(0);
    expect(result.cpu.measuring).toBeGreaterThanOrEqual(0);
  });

  it('starts history at a given commit: what it holds is new there', async () => {
    const repo = storyRepo({ hooks: false });
    const third = repo.git(['rev-list', '--reverse', '--first-parent', 'HEAD']).stdout.trim().split('\n')[2]!;
    const result = await backfill({ cwd: repo.dir, from: third });
    expect(result.commits).toBe(6);
    repo.git(['commit', '-q', '-m', 'backfill the vault'], { date: '2026-03-01' });
    const refundLog = JSON.parse(repo.cli(['log', 'support/refund', '--json']).stdout);
    expect(refundLog.at(-1).mutation).toMatchObject({ version: 1, kind: 'new', created_at: '2026-02-03T10:00:00Z' });
  });

  it('starts at a merge commit too, with everything it holds new there', async () => {
    const repo = storyRepo({ hooks: false });
    const result = await backfill({ cwd: repo.dir, from: 'HEAD' });
    expect(result.commits).toBe(1);
    repo.git(['commit', '-q', '-m', 'backfill the vault'], { date: '2026-03-01' });
    const versions = (id: string) => JSON.parse(repo.cli(['log', id, '--json']).stdout).map((e: { mutation: { prompt: string; version: number; kind: string } }) => `${e.mutation.prompt}@${e.mutation.version}:${e.mutation.kind}`);
    expect(versions('support/refund')).toEqual(['support/refund@1:new']);
    expect(versions('general/greet')).toEqual(['general/greet@1:new']);
    expect(versions('vip')).toEqual(['vip@1:fork', 'support/refund@1:new']);
  });

  it('refuses a start with a branch forked before it and merged after it', async () => {
    const repo = storyRepo({ hooks: false });
    const mainTip = repo.git(['rev-parse', 'HEAD^1']).stdout.trim(); // "main: reference number", after the fork
    await expect(backfill({ cwd: repo.dir, from: mainTip })).rejects.toMatchObject({ code: 'from-unknown' });
  });

  it('reports progress while it runs', async () => {
    const repo = storyRepo({ hooks: false });
    const seen: number[] = [];
    await backfill({ cwd: repo.dir, onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(8);
  });
});

/** sha256 of every content `git log --follow` shows for a file, across its moves. */
function followedContentHashes(repo: TestRepo, file: string): Set<string> {
  // -m: --follow alone leaves out merge commits, whose merged content is a version too.
  const lines = repo.git(['log', '--follow', '-m', '--name-only', '--format=%x01%H', '--', file]).stdout.split('\n').filter(Boolean);
  const hashes = new Set<string>();
  let commit = '';
  for (const line of lines) {
    if (line.startsWith('\x01')) commit = line.slice(1);
    else hashes.add(`sha256-${createHash('sha256').update(repo.git(['show', `${commit}:${line}`]).stdout).digest('hex')}`);
  }
  return hashes;
}

/** Every record file in the index, with its text. */
function readRecords(repo: TestRepo): Map<string, string> {
  return new Map(repo.git(['ls-files', 'vault']).stdout.split('\n').filter(Boolean).map((file) => [file, fs.readFileSync(path.join(repo.dir, file), 'utf8')]));
}

/** Deletes and unstages every record, for backfill to write them again. */
function forgetRecords(repo: TestRepo): void {
  // The files go, their folders stay: the writer remembers, for the life of the process, which folders it made.
  for (const file of repo.git(['ls-files', 'vault']).stdout.split('\n').filter(Boolean)) fs.rmSync(path.join(repo.dir, file));
  repo.git(['rm', '-r', '-q', '--cached', 'vault']);
}

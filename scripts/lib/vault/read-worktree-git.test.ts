// The working tree read through git's index and objects (and the record cache) must be exactly what
// the disk reader sees, whatever state the files are in: committed, edited, staged then edited,
// untracked, deleted, invalid, or a cached record copied where it does not belong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looseObjects, writeSyntheticVault } from '../../bench/synthetic-vault.ts';
import { readConfig } from '../config/read-fs.ts';
import { readSnapshotFromDisk, type Snapshot } from './read-all.ts';
import { readWorktreeSnapshot } from './read-worktree-git.ts';
import { gitIn } from '../../test-utils/repo.ts';

let temp: string;
let vault: string;

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-worktree-read-'));
  vault = path.join(temp, 'repo');
  fs.mkdirSync(vault);
  // 12 prompts of 3 versions, 2 clauses with their audits, committed once.
  writeSyntheticVault({ dir: vault, seed: 5, prompts: 12, checkpoints: 36, clauses: 2, audits: 4 });
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** Every list of a snapshot as sorted JSON, so two readers' orders do not matter. */
function normalised(snapshot: Snapshot): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(snapshot)) out[key] = (list as object[]).map((item) => JSON.stringify(item, Object.keys(item).sort())).sort();
  return out;
}

async function expectSameAsDisk(options: { recordThreads?: number } = {}) {
  const config = readConfig(vault);
  const read = await readWorktreeSnapshot(vault, config, options);
  expect(read.via).toBe('git');
  expect(normalised(read.snapshot)).toEqual(normalised(readSnapshotFromDisk(vault, config)));
  for (const source of [...read.snapshot.prompts, ...read.snapshot.clauses]) expect(read.sourceTexts.get(source.path)).toBe(fs.readFileSync(path.join(vault, source.path), 'utf8'));
  return read;
}

const git = (...args: string[]) => gitIn(vault, args);
const firstFile = (folder: string) => {
  const dir = path.join(vault, folder);
  const entry = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).map((item) => path.join(item.parentPath, item.name)).sort()[0]!;
  return path.relative(vault, entry).split(path.sep).join('/');
};

describe('reading the working tree through git', () => {
  it('reads a committed vault from git as the disk reader reads it, and the next read takes every record from the cache', async () => {
    // The bench's generator packs what it committed, as a real repository keeps its objects.
    expect(looseObjects(vault)).toBe(0);
    const first = await expectSameAsDisk();
    expect(first.fromDisk).toBe(0);
    expect(first.snapshot.checkpoints).toHaveLength(36);
    const records = first.snapshot.checkpoints.length + first.snapshot.mutations.length + first.snapshot.audits.length;
    const second = await expectSameAsDisk();
    expect(second.fromCache).toBe(records);
  });

  it('keeps the texts of prompts and clauses only, as the disk reader does: a folder README under a prompt glob is neither', async () => {
    const readme = 'prompts/README.md';
    fs.writeFileSync(path.join(vault, readme), '# The team\'s prompts\n');
    git('add', readme);
    try {
      const read = await expectSameAsDisk();
      expect([...read.sourceTexts.keys()].sort()).toEqual([...read.snapshot.prompts, ...read.snapshot.clauses].map((source) => source.path).sort());
    } finally {
      git('rm', '-q', '--cached', readme);
      fs.rmSync(path.join(vault, readme));
    }
  });

  it('reads from disk what differs from the index: edited, staged then edited, untracked; and leaves out what was deleted', async () => {
    const checkpoint = firstFile('vault/checkpoints');
    const mutation = firstFile('vault/mutations');
    const prompt = firstFile('prompts');
    const checkpointText = fs.readFileSync(path.join(vault, checkpoint), 'utf8');
    fs.writeFileSync(path.join(vault, checkpoint), checkpointText.replace(/^title: .*$/m, 'title: Edited in the working tree'));
    fs.appendFileSync(path.join(vault, prompt), 'A line added and staged.\n');
    git('add', prompt);
    fs.appendFileSync(path.join(vault, prompt), 'Then another, not staged.\n');
    fs.writeFileSync(path.join(vault, 'prompts/untracked-new.md'), '---\ntitle: Untracked\n---\nNot added yet.\n');
    fs.rmSync(path.join(vault, mutation));
    const read = await expectSameAsDisk();
    expect(read.fromDisk).toBe(3);
    expect(read.snapshot.checkpoints.find((item) => item.file === checkpoint)?.title).toBe('Edited in the working tree');
    expect(read.snapshot.prompts.map((item) => item.id)).toContain('untracked-new');
    expect(read.snapshot.mutations.find((item) => item.file === mutation)).toBeUndefined();
    expect(read.sourceTexts.get(prompt)).toMatch(/Then another, not staged\.\n$/);
  });

  it('fails an invalid record on disk with the problems check reports, though its committed bytes are cached', async () => {
    const audit = firstFile('vault/audits');
    fs.writeFileSync(path.join(vault, audit), 'clause: [unclosed\n');
    const read = await expectSameAsDisk();
    expect(read.snapshot.problems.map((problem) => problem.file)).toContain(audit);
    git('checkout', '--', audit);
  });

  it('reports a cached record staged into another prompt\'s folder as misplaced', async () => {
    const checkpoint = firstFile('vault/checkpoints');
    const copy = checkpoint.replace(/^vault\/checkpoints\/[^/]+\//, 'vault/checkpoints/someone-else/');
    fs.mkdirSync(path.dirname(path.join(vault, copy)), { recursive: true });
    fs.copyFileSync(path.join(vault, checkpoint), path.join(vault, copy));
    git('add', copy);
    const read = await expectSameAsDisk();
    expect(read.snapshot.problems.find((problem) => problem.file === copy)?.code).toBe('record-misplaced');
    git('rm', '-q', '--cached', copy);
    fs.rmSync(path.dirname(path.join(vault, copy)), { recursive: true });
  });

  it('removes the temporary file of a save killed an hour ago, and keeps a running one\'s', async () => {
    const records = path.join(vault, '.git/promptvault/records');
    const old = path.join(records, '0.jsonl.1.1.tmp');
    const running = path.join(records, '1.jsonl.2.2.tmp');
    fs.writeFileSync(old, 'promptvault records');
    fs.writeFileSync(running, 'promptvault records');
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(old, hourAgo, hourAgo);
    // A save happens when a shard gains a record: an edit staged gives one a new blob.
    const checkpoint = firstFile('vault/checkpoints');
    const text = fs.readFileSync(path.join(vault, checkpoint), 'utf8');
    fs.writeFileSync(path.join(vault, checkpoint), text.replace(/^title: .*$/m, 'title: Staged for the cache'));
    git('add', checkpoint);
    await expectSameAsDisk();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    fs.rmSync(running);
    git('checkout', 'HEAD', '--', checkpoint);
  });

  it('ignores a cache file cut short or written for other schemas, and writes it again', async () => {
    const records = path.join(vault, '.git/promptvault/records');
    const shards = fs.readdirSync(records);
    expect(shards.length).toBeGreaterThan(0);
    fs.writeFileSync(path.join(records, shards[0]!), 'promptvault records 1 0000\n0123 {"prompt":');
    for (const shard of shards.slice(1)) fs.writeFileSync(path.join(records, shard), fs.readFileSync(path.join(records, shard), 'utf8').slice(0, 200));
    await expectSameAsDisk();
    const again = await expectSameAsDisk();
    expect(again.fromCache).toBeGreaterThan(0);
  });

  it('reads a cached line with a byte flipped inside a string, a key removed or cut short as a miss, and shows those records from git', async () => {
    const records = path.join(vault, '.git/promptvault/records');
    await expectSameAsDisk();
    const primed = await expectSameAsDisk();
    const total = primed.snapshot.checkpoints.length + primed.snapshot.mutations.length + primed.snapshot.audits.length;
    expect(primed.fromCache).toBe(total);
    const shard = fs.readdirSync(records).map((name) => path.join(records, name)).find((file) => fs.readFileSync(file, 'utf8').split('\n').length > 4)!;
    const [header, flip, drop, cut, ...rest] = fs.readFileSync(shard, 'utf8').split('\n');
    // A letter inside the first string value changed to another: still valid JSON, wrong data.
    const flipped = flip!.replace(/(":")([a-z])/, (_all, quote: string, letter: string) => quote + (letter === 'q' ? 'x' : 'q'));
    expect(flipped).not.toBe(flip);
    // A key taken out by hand, the digest left as it was.
    const jsonAt = drop!.indexOf(' {') + 1;
    const [dropPrefix, dropJson] = [drop!.slice(0, jsonAt), drop!.slice(jsonAt)];
    const dropped = JSON.parse(dropJson) as Record<string, unknown>;
    delete dropped[Object.keys(dropped)[0]!];
    const lines = [header, flipped, dropPrefix + JSON.stringify(dropped), cut!.slice(0, Math.floor(cut!.length / 2)), ...rest];
    fs.writeFileSync(shard, lines.join('\n'));
    const damaged = await expectSameAsDisk();
    expect(damaged.fromCache).toBe(total - 3);
    // The damaged lines were dropped and the records saved again from git.
    const again = await expectSameAsDisk();
    expect(again.fromCache).toBe(total);
  });

  it('parses records never read before in worker threads as the disk reader reads them, a committed invalid record and a misplaced one reported as check reports them', async () => {
    const audit = firstFile('vault/audits');
    const checkpoint = firstFile('vault/checkpoints');
    const copy = checkpoint.replace(/^vault\/checkpoints\/[^/]+\//, 'vault/checkpoints/someone-else/');
    fs.writeFileSync(path.join(vault, audit), 'clause: [unclosed\n');
    fs.mkdirSync(path.dirname(path.join(vault, copy)), { recursive: true });
    fs.copyFileSync(path.join(vault, checkpoint), path.join(vault, copy));
    git('add', audit, copy);
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'bad records');
    try {
      fs.rmSync(path.join(vault, '.git/promptvault'), { recursive: true, force: true });
      const threaded = await expectSameAsDisk({ recordThreads: 2 });
      const records = threaded.snapshot.checkpoints.length + threaded.snapshot.mutations.length + threaded.snapshot.audits.length;
      // Every record blob the working tree still has as committed, but the invalid audit's, which
      // is read again here for its problems.
      const changed = new Set(git('ls-files', '-m', '-d', 'vault/').stdout.trim().split('\n'));
      const blobs = new Set(git('ls-files', '-s', 'vault/').stdout.trim().split('\n').filter((line) => line.endsWith('.yaml') && !changed.has(line.split('\t')[1]!)).map((line) => line.split(' ')[1]));
      expect(threaded.fromThreads).toBe(blobs.size - 1);
      expect(threaded.snapshot.problems.map((problem) => problem.file)).toContain(audit);
      expect(threaded.snapshot.problems.find((problem) => problem.file === copy)?.code).toBe('record-misplaced');
      // What the threads parsed is in the cache for the next read.
      expect((await expectSameAsDisk()).fromCache).toBe(records);
    } finally {
      git('reset', '-q', 'HEAD~1');
      git('checkout', '--', audit);
      fs.rmSync(path.dirname(path.join(vault, copy)), { recursive: true, force: true });
    }
  });
});

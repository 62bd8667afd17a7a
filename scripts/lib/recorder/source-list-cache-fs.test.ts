import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldCase } from '../prompt/references.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { diffIndex, listIndex, type Repo } from '../git/index.ts';
import { describeSource } from '../prompt/locate.ts';
import { sourceListCachePath, sourceShardsFolder, listStagedSources, openStagedSources } from './source-list-cache-fs.ts';

// The hook's list of prompt and clause files comes from a list of a commit's files cached by
// commit id, moved to HEAD with `git diff-tree`, plus the staged diff. Whatever the cache holds
// (nothing, garbage, an edited file, a commit made without the hook, another branch, a rebased
// or vanished commit), the list must be exactly what `git ls-files` says of the index, and the
// hook must write byte-identical records.

const SOURCES = [':(glob)prompts/**/*.md', ':(glob)**/*.prompt.md', ':(glob)codex/**/*.md'];
const CONFIG = 'prompts:\n  - prompts/**/*.md\n  - "**/*.prompt.md"\ncodex:\n  - codex/**/*.md\n';
const GLOBS = { prompts: ['prompts/**/*.md', '**/*.prompt.md'], codex: ['codex/**/*.md'] };
// The same pathspecs from other globs: a list cached under GLOBS must not lend it its kinds.
const OTHER_GLOBS = { prompts: ['prompts/**/*.md'], codex: ['**/*.prompt.md', 'codex/**/*.md'] };

let repo: TestRepo;
let ref: Repo;
const must = (result: { code: number; stdout: string; stderr: string }) => {
  expect(result.code, result.stderr + result.stdout).toBe(0);
  return result.stdout;
};
const head = () => must(repo.git(['rev-parse', 'HEAD'])).trim();
const cacheFile = () => sourceListCachePath(ref.gitdir);
const shardsFolder = () => sourceShardsFolder(ref.gitdir);
// Two lines a shard: the story's 15-20 files spread over 8-16 shards, most lookups in a shard of their own.
const SMALL = { linesPerShard: 2 };

/** The saved list: its manifest (after the first line) and every line of its shards, sorted. */
function savedList(): { manifest: { commit: string; lines: number; shards: string[] }; lines: string[] } {
  const text = fs.readFileSync(cacheFile(), 'utf8');
  const manifest = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { commit: string; lines: number; shards: string[] };
  const lines = manifest.shards.flatMap((name) => (name === '' ? [] : fs.readFileSync(path.join(shardsFolder(), name), 'latin1').split('\n').slice(0, -1)));
  return { manifest, lines: lines.sort() };
}

/**
 * The list from the cache and the staged diff, against `git ls-files` of the index, and each
 * file's kind and id against classifying its path now.
 */
async function expectListOfIndex(globs = GLOBS): Promise<void> {
  const base = head();
  const changes = await diffIndex(ref, { base, pathspecs: [...SOURCES, 'vault/mutations/', 'vault/audits/'], renames: true });
  const listed = await listStagedSources(ref, { base, pathspecs: SOURCES, globs, changes, ...SMALL });
  const expected = (await listIndex(ref, { pathspecs: SOURCES })).filter((entry) => !entry.path.startsWith('vault/'));
  expect(listed.map(({ source: _, ...entry }) => entry)).toEqual(expected);
  expect(listed.map((entry) => [entry.path, entry.source])).toEqual(expected.map((entry) => [entry.path, describeSource(entry.path, globs) ?? null]));
  // Ids looked up without parsing the list (in the cached text, with the staged diff over it): the
  // paths a pass over the whole list gives, in index order, symbolic links aside.
  // Each id is asked of a list opened for it alone (a search of the text), and of two lists asked
  // every id in turn (past a few, through one pass, as a commit of 50 prompts asks them): one
  // reading the cached text, one built again from git (the cache file gone: a stale cache, as
  // after a commit made without the hook, is built again the same way).
  const lazily = await openStagedSources(ref, { base, pathspecs: SOURCES, globs, changes, ...SMALL });
  const saved = savedList();
  fs.rmSync(cacheFile(), { force: true });
  const rebuilt = await openStagedSources(ref, { base, pathspecs: SOURCES, globs, changes, ...SMALL });
  // A list moved to this commit (the changes since the saved one spliced into its shards) holds
  // the very lines a list built from nothing holds, and counts them.
  expect(saved.manifest.commit).toBe(base);
  expect(saved.lines).toEqual(savedList().lines);
  expect(saved.manifest.lines).toBe(saved.lines.length);
  expect(saved.manifest.shards.filter((name) => name !== '').length).toBeGreaterThan(1);
  // ASCII whatever the paths (JSON's escapes): read and spliced as bytes, decoded as one-byte text.
  expect(saved.lines.join('\n')).toMatch(/^[\x00-\x7f]*$/);
  expect(saved.lines.join('\n')).toContain('r\\u00e9ponse');
  const asked = [...listed.flatMap((entry) => (entry.source ? [entry.source] : [])), { kind: 'prompt' as const, id: 'no/such' }, { kind: 'clause' as const, id: 'support/refund' }];
  // Asked first of ids no file gives, the shared lists read every id below through their one pass.
  for (let i = 0; i < 10; i++) expect([lazily.pathsOf('prompt', `none/${i}`), rebuilt.pathsOf('prompt', `none/${i}`)]).toEqual([undefined, undefined]);
  for (const { kind, id } of asked) {
    const paths = listed.filter((entry) => entry.source?.kind === kind && entry.source.id === id && entry.mode !== '120000').map((entry) => entry.path);
    const searched = await openStagedSources(ref, { base, pathspecs: SOURCES, globs, changes, ...SMALL });
    expect(searched.pathsOf(kind, id), `${kind} ${id} searched`).toEqual(paths.length > 0 ? paths : undefined);
    expect(lazily.pathsOf(kind, id), `${kind} ${id}`).toEqual(paths.length > 0 ? paths : undefined);
    expect(rebuilt.pathsOf(kind, id), `${kind} ${id} rebuilt`).toEqual(paths.length > 0 ? paths : undefined);
  }
  // Ids that fold alike by letter case and Unicode form, looked up in the text too (the hook's
  // case-collision check): what folding every id of the list gives.
  for (const { kind, id } of [...asked, { kind: 'prompt' as const, id: 'SUPPORT/REFUND' }, { kind: 'prompt' as const, id: 'support/re\u0301ponse' }]) {
    const folded = foldCase(id);
    const same = listed.filter((entry) => entry.source?.kind === kind && foldCase(entry.source.id) === folded && entry.mode !== '120000').map((entry) => ({ id: entry.source!.id, path: entry.path }));
    expect(lazily.sameFold(kind, folded), `${kind} ${id} folded`).toEqual(same);
  }
  expect(lazily.entries()).toEqual(listed);
}

beforeAll(() => {
  repo = createRepo({ hooks: false });
  ref = { dir: repo.dir, gitdir: path.join(repo.dir, '.git') };
  repo.write('.promptvault.yaml', CONFIG);
  // Every path shape git orders by bytes: spaces, accents, a character above U+FFFF, a private-use one.
  // And the characters JSON escapes, or that its separators are made of, in the cached list's lines.
  for (const name of ['support/refund', 'support/refund/urgent', 'support/réponse', 'team a/a b', 'emoji/😀 happy', 'emoji/\uE000 private', 'odd/say "hi"', 'odd/a","b","c"]', 'odd/back\\slash\\', 'odd/ends",', 'z/last']) {
    repo.write(`prompts/${name}.md`, promptFile({ title: name }, `Answer about ${name}.`));
  }
  repo.write('tools/review.prompt.md', promptFile({ title: 'review' }, 'Review the diff.'));
  repo.write('codex/privacy/no-share.md', '---\ntitle: No sharing\n---\nNever share account numbers.\n');
  repo.write('vault/README.prompt.md', 'Not a prompt: the vault is never a source.\n');
  repo.write('src/app.ts', 'export {};\n');
  fs.symlinkSync('refund.md', path.join(repo.dir, 'prompts/support/link.md'));
  must(repo.commit('sources', '2026-01-02'));
});
afterAll(() => repo?.cleanup());

describe('the list of prompt and clause files of the index', () => {
  it('is the index listing with no cache, then with the cache of the commit the hook last saw', async () => {
    fs.rmSync(cacheFile(), { force: true });
    repo.write('prompts/support/refund.md', promptFile({ title: 'refund' }, 'Answer about refunds, kindly.'));
    repo.write('prompts/new one.md', promptFile({ title: 'new' }, 'A new prompt.'));
    // The id of tools/review.prompt.md a second time (a duplicate the hook must see).
    repo.write('prompts/tools/review.md', promptFile({ title: 'review again' }, 'Review the diff twice.'));
    must(repo.git(['add', '-A']));
    await expectListOfIndex();
    expect(fs.existsSync(cacheFile())).toBe(true);
    must(repo.commit('edit and add', '2026-01-03'));
    // Moves, deletions, a file turned into a link, all staged against a cache one commit behind.
    repo.move('prompts/team a/a b.md', 'prompts/team b/a b.md');
    repo.remove('prompts/z/last.md');
    repo.remove('tools/review.prompt.md');
    fs.symlinkSync('../support/refund.md', path.join(repo.dir, 'tools/review.prompt.md'));
    repo.write('prompts/emoji/🚀 launch.md', promptFile({ title: 'launch' }, 'Launch.'));
    must(repo.git(['add', '-A']));
    await expectListOfIndex();
    must(repo.commit('moves and deletions', '2026-01-04'));
    await expectListOfIndex();
  });

  it('is the index listing whatever the cache file holds, and whatever happened since it was written', async () => {
    // A commit made without the hook (--no-verify): the cache names an older commit.
    repo.write('prompts/unhooked.md', promptFile({ title: 'unhooked' }, 'Committed with --no-verify.'));
    must(repo.commit('no hook', '2026-01-05', { args: ['--no-verify'] }));
    await expectListOfIndex();
    // A checkout of another branch, and a rebase that rewrites the commit the cache names.
    must(repo.git(['checkout', '-q', '-b', 'side', 'HEAD~2']));
    repo.write('prompts/side.md', promptFile({ title: 'side' }, 'Only on the side branch.'));
    must(repo.commit('side prompt', '2026-01-06'));
    await expectListOfIndex();
    must(repo.git(['rebase', '-q', 'main'], { date: '2026-01-07' }));
    await expectListOfIndex();
    must(repo.git(['checkout', '-q', 'main']));
    await expectListOfIndex();
    // Garbage, an edited manifest whose checksum no longer matches, a commit git does not have.
    const good = fs.readFileSync(cacheFile(), 'utf8');
    for (const broken of [
      'not a cache',
      good.replace(/"lines":\d+/, '"lines":1'),
      good.slice(0, good.length / 2),
      '{}',
    ]) {
      fs.writeFileSync(cacheFile(), broken);
      await expectListOfIndex();
    }
    // The first line names the cache, its layout, the fingerprint of the pathspecs, globs and
    // classifying code, and the checksum of the rest: a file made again with a valid checksum.
    const [header, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)];
    const fingerprint = header.split(' ')[3]!;
    expect(header).toMatch(/^promptvault sources 7 [0-9a-f]{40} [0-9a-f]{64}$/);
    const missingCommit = body.replace(/"commit":"[0-9a-f]+"/, `"commit":"${'1'.repeat(40)}"`);
    const { createHash } = await import('node:crypto');
    const withChecksum = (text: string, print = fingerprint, format = 7) => `promptvault sources ${format} ${print} ${createHash('sha256').update(text).digest('hex')}\n${text}`;
    expect(withChecksum(body)).toBe(good);
    fs.writeFileSync(cacheFile(), withChecksum(missingCommit));
    await expectListOfIndex();
    // Shards edited, cut short or gone: each is checked against its name when read, and a list
    // with one damaged is built again.
    for (const damage of [
      (file: string) => fs.writeFileSync(file, fs.readFileSync(file, 'latin1').replaceAll('prompts/', 'prompts/gone/')),
      (file: string) => fs.truncateSync(file, 10),
      (file: string) => fs.rmSync(file),
    ]) {
      for (const name of savedList().manifest.shards) if (name !== '') damage(path.join(shardsFolder(), name));
      await expectListOfIndex();
    }
    // Kept kinds and ids belong to the globs and the code that made them: other globs, or a list
    // written by other classifying code (a clause where this code sees a prompt), are not reused.
    await expectListOfIndex(OTHER_GLOBS);
    await expectListOfIndex();
    const current = savedList();
    const otherCode = `${current.lines.join('\n').replaceAll('"prompt","', '"clause","')}\n`;
    expect(otherCode).toMatch(/"clause","support\/refund"/);
    const otherShard = createHash('sha256').update(otherCode).digest('hex').slice(0, 32);
    fs.writeFileSync(path.join(shardsFolder(), otherShard), otherCode);
    fs.writeFileSync(cacheFile(), withChecksum(`${JSON.stringify({ commit: head(), lines: current.lines.length, shards: [otherShard] })}\n`, '0'.repeat(40)));
    await expectListOfIndex();
  });

  it('answers a lookup when the shards are lost after the list was opened, from git', async () => {
    const base = head();
    const changes = await diffIndex(ref, { base, pathspecs: [...SOURCES, 'vault/mutations/', 'vault/audits/'], renames: true });
    await listStagedSources(ref, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    const opened = await openStagedSources(ref, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    const { lines } = savedList();
    // Another worktree's save removed them, or a crash lost them: nothing was read yet.
    fs.rmSync(shardsFolder(), { recursive: true });
    const expected = (await listIndex(ref, { pathspecs: SOURCES })).filter((entry) => describeSource(entry.path, GLOBS)?.id === 'support/refund' && entry.mode !== '120000');
    expect(expected.length).toBe(1);
    expect(opened.pathsOf('prompt', 'support/refund')).toEqual([expected[0]!.path]);
    expect(opened.sameFold('prompt', 'support/refund')).toEqual([{ id: 'support/refund', path: expected[0]!.path }]);
    // ... and saved again whole.
    expect(savedList().lines).toEqual(lines);
  });

  it('keeps only the shards the manifest names: the replaced ones after a splice, every other after a list built whole', async () => {
    const list = async (base: string) => {
      const changes = await diffIndex(ref, { base, pathspecs: [...SOURCES, 'vault/mutations/', 'vault/audits/'], renames: true });
      return listStagedSources(ref, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    };
    const onDisk = () => fs.readdirSync(shardsFolder()).sort();
    const named = () => [...new Set(savedList().manifest.shards.filter((name) => name !== ''))].sort();
    await list(head());
    // What a run killed after writing its shards, before its manifest, leaves: files no manifest names.
    const stray = 'f'.repeat(32);
    fs.writeFileSync(path.join(shardsFolder(), stray), 'not a shard\n');
    const before = named();
    repo.write('prompts/support/refund.md', promptFile({ title: 'refund' }, 'Answer about refunds, once more.'));
    must(repo.commit('edit for the shards', '2026-01-09', { args: ['--no-verify'] }));
    await list(head());
    const after = named();
    expect(after).not.toEqual(before);
    // Spliced: the shard replaced is gone, the stray (not this run's) is left for a list built whole.
    expect(onDisk()).toEqual([...after, stray].sort());
    fs.rmSync(cacheFile());
    await list(head());
    expect(onDisk()).toEqual(named());
  });

  it('writes a shard edited in place (its size kept) anew when the list is built again, not only once', async () => {
    const base = head();
    const changes = await diffIndex(ref, { base, pathspecs: [...SOURCES, 'vault/mutations/', 'vault/audits/'], renames: true });
    const list = () => listStagedSources(ref, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    const expected = await list();
    const name = savedList().manifest.shards.find((shard) => shard !== '')!;
    const file = path.join(shardsFolder(), name);
    const good = fs.readFileSync(file, 'latin1');
    fs.writeFileSync(file, `x${good.slice(1)}`, 'latin1');
    expect(fs.statSync(file).size).toBe(good.length);
    expect(await list()).toEqual(expected);
    // The list built again holds the same shard: its file is its bytes again, so the next run reads it.
    expect(savedList().manifest.shards).toContain(name);
    expect(fs.readFileSync(file, 'latin1')).toBe(good);
  });

  it('replaces a list of session 26 (one file, format 6) with shards built once from git', async () => {
    const base = head();
    const changes = await diffIndex(ref, { base, pathspecs: [...SOURCES, 'vault/mutations/', 'vault/audits/'], renames: true });
    const expected = await listStagedSources(ref, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    const { lines } = savedList();
    const header = fs.readFileSync(cacheFile(), 'utf8').split('\n')[0]!.split(' ');
    // Its fingerprint was of the classifying functions' text, which this code no longer has: even
    // under today's fingerprint (as here) it is no list of this layout, never half read.
    const { createHash } = await import('node:crypto');
    const oldBody = `${JSON.stringify({ commit: base })}\n${lines.map((line) => `${line}\n`).join('')}`;
    fs.writeFileSync(cacheFile(), `promptvault sources 6 ${header[3]} ${createHash('sha256').update(oldBody).digest('hex')}\n${oldBody}`);
    fs.rmSync(shardsFolder(), { recursive: true });
    const trace = path.join(repo.dir, '..', `trace-${process.pid}.txt`);
    const listed = await listStagedSources({ ...ref, env: { GIT_TRACE: trace } }, { base, pathspecs: SOURCES, globs: GLOBS, changes, ...SMALL });
    const ran = fs.readFileSync(trace, 'utf8');
    fs.rmSync(trace);
    expect(listed).toEqual(expected);
    expect(ran).toContain(`diff-tree -r --raw -z --no-abbrev --no-renames 4b825dc642cb6eb9a060e54bf8d69288fbee4904 ${base}`);
    expect(fs.readFileSync(cacheFile(), 'utf8')).toMatch(/^promptvault sources 7 /);
    expect(savedList().lines).toEqual(lines);
  });
});

describe('the hook with the list cache', () => {
  it('writes byte-identical records whether the cache is warm, missing, corrupt or stale', () => {
    // Two repositories, one story, the same dates: one keeps its cache, the other has it deleted,
    // corrupted or left behind before every commit. Their trees must end up identical.
    const twins = [createRepo(), createRepo()];
    try {
      const breakCache = [
        (dir: string) => fs.rmSync(path.join(dir, '.git/promptvault/sources.json'), { force: true }),
        (dir: string) => fs.writeFileSync(path.join(dir, '.git/promptvault/sources.json'), 'corrupt\n{"format":1}'),
        (dir: string) => fs.writeFileSync(path.join(dir, '.git/promptvault/sources.json'), ''),
      ];
      let step = 0;
      const commit = (twin: TestRepo, message: string, date: string, args: string[] = []) => {
        if (twin === twins[1]) breakCache[step++ % breakCache.length]!(twin.dir);
        must(twin.commit(message, date, { args }));
      };
      for (const twin of twins) {
        twin.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy.'));
        twin.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human when asked twice.'));
        twin.write('codex/privacy/no-share.md', '---\ntitle: No sharing\n---\nNever share account numbers.\n');
        commit(twin, 'first prompts', '2026-02-01');
        twin.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy kindly.'));
        commit(twin, 'edit refund', '2026-02-02');
        twin.write('prompts/support/escalate.md', promptFile({ title: 'Escalate' }, 'Hand the ticket to a human when asked twice, politely.'));
        commit(twin, 'edit without the hook', '2026-02-03', ['--no-verify']);
        twin.move('prompts/support/escalate.md', 'prompts/care/escalate.md');
        twin.write('prompts/care/triage.md', promptFile({ title: 'Triage', forked_from: 'support/refund' }, 'Sort the tickets by urgency.'));
        commit(twin, 'move and fork', '2026-02-04');
        must(twin.git(['checkout', '-q', '-b', 'side', 'HEAD~1']));
        twin.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Explain the refund policy on the side branch.'));
        commit(twin, 'side edit', '2026-02-05');
        must(twin.git(['rebase', '-q', 'main'], { date: '2026-02-06' }));
        twin.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Explain the refund policy after the rebase.'));
        commit(twin, 'after rebase', '2026-02-07');
      }
      const tree = (twin: TestRepo) => must(twin.git(['ls-tree', '-r', 'HEAD']));
      expect(tree(twins[1]!)).toBe(tree(twins[0]!));
      expect(tree(twins[0]!)).toMatch(/vault\/mutations\/support\/refund\//);
    } finally {
      for (const twin of twins) twin.cleanup();
    }
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '../../lib/errors.ts';
import { RecordFiles, type RecordFile } from './record-files-fs.ts';
import { createRepo, gitIn, mustSucceed } from '../../test-utils/repo.ts';
import { gitBlobId } from '../../lib/git/blob-pack-fs.ts';
import { packsWritableHere } from '../../lib/git/blob-pack-file-fs.ts';
import { entryStat } from '../../lib/git/stage-in-process-fs.ts';
import { promptChunkTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-files-'));
  made.push(dir);
  return dir;
}

const record = (file: string, text: string): RecordFile => ({ path: file, text: new TextEncoder().encode(text), oid: file });

/** Every file under `dir` with its text, by path. */
function filesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** Two saves into a repository whose vault holds a record of an earlier run and a folder of its own. */
async function writeTwoSaves(options: { thread?: boolean }) {
  const dir = tempRepo();
  fs.mkdirSync(path.join(dir, 'vault/checkpoints/faq'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'vault/checkpoints/faq/0001.yaml'), 'from an earlier run\n');
  const saved: string[][] = [];
  const files = new RecordFiles(dir, (batch) => saved.push(batch.map((file) => file.path)), options);
  const state = path.join(dir, 'state.json');
  files.save([record('vault/checkpoints/faq/0001.yaml', 'new text\n'), record('vault/checkpoints/refund/0001.yaml', 'a\n'), record('vault/mutations/refund/0001.yaml', 'b\n')], { file: state, text: () => 'first\n' });
  // A path handed over twice keeps its first text; the rest goes into folders made by the first save.
  files.save([record('vault/checkpoints/refund/0001.yaml', 'not this\n'), record('vault/checkpoints/refund/0002.yaml', 'c\n'), record('vault/checkpoints/tools/a/b/0001.yaml', 'd\n')], { file: state, text: () => 'second\n' });
  await files.settled();
  await files.close();
  return { files: filesUnder(dir), written: [...files.written].sort(), kept: files.kept, bytes: files.bytes, folders: files.foldersMade, saved, threadSaves: files.threadSaves };
}

describe('RecordFiles', () => {
  it('writes through its writer thread what the thread pool writes: the same files, counts and saves', async () => {
    const { threadSaves, ...threaded } = await writeTwoSaves({});
    const { threadSaves: none, ...pooled } = await writeTwoSaves({ thread: false });
    expect([threadSaves, none]).toEqual([2, 0]);
    expect(threaded).toEqual(pooled);
    expect(threaded.files).toEqual({
      'state.json': 'second\n',
      'vault/checkpoints/faq/0001.yaml': 'from an earlier run\n',
      'vault/checkpoints/refund/0001.yaml': 'a\n',
      'vault/checkpoints/refund/0002.yaml': 'c\n',
      'vault/checkpoints/tools/a/b/0001.yaml': 'd\n',
      'vault/mutations/refund/0001.yaml': 'b\n',
    });
    expect(threaded).toMatchObject({ kept: 1, bytes: 8, folders: 3 });
    expect(threaded.saved).toEqual([['vault/checkpoints/faq/0001.yaml', 'vault/checkpoints/refund/0001.yaml', 'vault/mutations/refund/0001.yaml'], ['vault/checkpoints/refund/0002.yaml', 'vault/checkpoints/tools/a/b/0001.yaml']]);
  });

  it.each([{ writer: 'its writer thread', thread: undefined }, { writer: 'the thread pool', thread: false }])('names the record a refused write stopped at, through $writer, and leaves no temporary file', async ({ thread }) => {
    const dir = tempRepo();
    // A file where the record's folder must go.
    fs.mkdirSync(path.join(dir, 'vault/checkpoints'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'vault/checkpoints/refund'), 'in the way\n');
    const files = new RecordFiles(dir, () => {}, { thread });
    files.save([record('vault/checkpoints/refund/0001.yaml', 'a\n')], { file: path.join(dir, 'state.json'), text: () => 'state\n' });
    const error = await files.settled().then(() => undefined, (thrown: unknown) => thrown);
    await files.close();
    expect(files.threadSaves).toBe(thread === false ? 0 : 1);
    expect(isUserError(error)).toBe(true);
    if (!isUserError(error)) return;
    expect(error.code).toMatch(/^fs-e(notdir|exist)$/);
    expect(error.message).toBe('promptvault: could not write vault/checkpoints/refund/0001.yaml; vault/checkpoints/refund/0001.yaml was not written');
    expect(error.problems.map((problem) => problem.file)).toEqual(['vault/checkpoints/refund/0001.yaml']);
    expect(files.failed).toBe(true);
    // Neither the record nor the state that would list it.
    expect(Object.keys(filesUnder(dir))).toEqual(['vault/checkpoints/refund']);
  });
});

describe('RecordFiles with a pack folder', () => {
  it('packs in its writer thread the objects of the records it wrote and of those it is told to, and says what lstat said of each file it wrote', async () => {
    const test = createRepo({ hooks: false });
    made.push(test.dir);
    const blob = (file: string, text: string): RecordFile => {
      const bytes = new TextEncoder().encode(text);
      return { path: file, text: bytes, oid: gitBlobId(bytes) };
    };
    // One record an interrupted run wrote that this one resumed, one found in vault/ from elsewhere.
    fs.mkdirSync(path.join(test.dir, 'vault/checkpoints/faq'), { recursive: true });
    fs.writeFileSync(path.join(test.dir, 'vault/checkpoints/faq/0001.yaml'), 'resumed\n');
    fs.writeFileSync(path.join(test.dir, 'vault/checkpoints/faq/0002.yaml'), 'from elsewhere\n');
    const packDir = packsWritableHere({ gitdir: path.join(test.dir, '.git') });
    const files = new RecordFiles(test.dir, () => {}, { packDir, packKept: (file) => file === 'vault/checkpoints/faq/0001.yaml' });
    const state = path.join(test.dir, '.git/state.json');
    const first = [blob('vault/checkpoints/faq/0001.yaml', 'resumed\n'), blob('vault/checkpoints/faq/0002.yaml', 'this run\n'), blob('vault/checkpoints/refund/0001.yaml', 'a\n')];
    const second = [blob('vault/checkpoints/refund/0002.yaml', 'a\n'), blob('vault/mutations/tools/a/b/0001.yaml', 'b\n')];
    files.save(first, { file: state, text: () => '1\n' });
    files.save(second, { file: state, text: () => '2\n' });
    await files.settled();
    await files.close();
    expect(files.threadSaves).toBe(2);
    // Each object once, in the first pack that had it; the record kept from elsewhere not at all.
    expect([...files.packed].sort()).toEqual([first[0]!.oid, first[2]!.oid, second[1]!.oid].sort());
    expect(fs.readdirSync(packDir!).filter((file) => file.endsWith('.pack'))).toHaveLength(2);
    for (const record of [first[0]!, first[2]!, second[0]!, second[1]!]) {
      expect(mustSucceed(gitIn(test.dir, ['cat-file', 'blob', record.oid]), 'cat-file').stdout).toBe(new TextDecoder().decode(record.text));
    }
    expect(gitIn(test.dir, ['cat-file', '-e', first[1]!.oid]).code).not.toBe(0);
    // The files written, each with its stat as git's index keeps it; the folders made, each once by its first.
    expect([...files.entries.keys()].sort()).toEqual(['vault/checkpoints/refund/0001.yaml', 'vault/checkpoints/refund/0002.yaml', 'vault/mutations/tools/a/b/0001.yaml']);
    for (const [file, { oid, stat }] of files.entries) {
      expect(stat).toEqual(entryStat(fs.lstatSync(path.join(test.dir, file), { bigint: true })));
      expect(oid).toBe([...first, ...second].find((record) => record.path === file)!.oid);
    }
    expect(files.madeFolders.sort()).toEqual(['vault/checkpoints/refund', 'vault/mutations']);
  });
});

describe('RecordFiles asked for vault/\'s trees with the last save', () => {
  it('makes and packs in its writer thread the trees of vault/ from every record it wrote, as git\'s write-tree makes them', async () => {
    const test = createRepo({ hooks: false });
    made.push(test.dir);
    const blob = (file: string, text: string): RecordFile => {
      const bytes = new TextEncoder().encode(text);
      return { path: file, text: bytes, oid: gitBlobId(bytes) };
    };
    const packDir = packsWritableHere({ gitdir: path.join(test.dir, '.git') });
    const files = new RecordFiles(test.dir, () => {}, { packDir });
    const state = path.join(test.dir, '.git/state.json');
    // Names that sort around "/" and a non-ASCII id, over two saves: the trees hold both.
    files.save([blob('vault/checkpoints/refund/0001.yaml', 'a\n'), blob('vault/checkpoints/refund-2/0001.yaml', 'b\n'), blob('vault/mutations/café/0001.yaml', 'c\n')], { file: state, text: () => '1\n' });
    expect(await files.storedTrees()).toBeUndefined();
    files.save([blob('vault/checkpoints/refund.v2/0001.yaml', 'd\n'), blob('vault/mutations/tools/a/b/0001.yaml', 'e\n'), blob('vault/checkpoints/refund/0002.yaml', 'a\n')], { file: state, text: () => '2\n' }, { trees: true });
    const stored = await files.storedTrees();
    await files.settled();
    await files.close();
    expect(stored).toMatchObject({ folder: 'vault', count: 6 });
    // The node names vault/'s tree: in the object store before git made any tree, and the one git makes.
    const node = Buffer.concat(stored!.node);
    const header = node.indexOf(0x0a) + 1;
    expect(node.toString('latin1', 0, header)).toBe('vault\u00006 2\n');
    const oid = node.toString('hex', header, header + 20);
    expect(gitIn(test.dir, ['cat-file', '-t', oid]).stdout.trim()).toBe('tree');
    mustSucceed(gitIn(test.dir, ['add', 'vault']), 'add');
    expect(mustSucceed(gitIn(test.dir, ['write-tree', '--prefix=vault/']), 'write-tree').stdout.trim()).toBe(oid);
  });

  it('answers none when the thread pool wrote the last save', async () => {
    const dir = tempRepo();
    const files = new RecordFiles(dir, () => {}, { thread: false });
    files.save([record('vault/checkpoints/refund/0001.yaml', 'a\n')], { file: path.join(dir, 'state.json'), text: () => 'state\n' }, { trees: true });
    expect(await files.storedTrees()).toBeUndefined();
    await files.close();
  });
});

describe('RecordFiles given the hook\'s chunk files with a save', () => {
  /** A save of one record bringing the chunk files of two prompts (made as backfill's measuring makes them), an empty save bringing a third. */
  async function saveWithChunks(options: { thread?: boolean }) {
    const dir = tempRepo();
    const gitdir = path.join(dir, '.git');
    fs.mkdirSync(gitdir);
    const texts: ChunkFileText[] = [];
    const chunkFiles = { gitdir, encoding: 'o200k_base' };
    const made = promptChunkTexts(chunkFiles, (some) => texts.push(...some));
    const entries = (word: string): [string, number][] => [[`t=${word}`, word.length]];
    made.keep([['prompts/a.md', entries('refund')], ['prompts/b.md', entries('greet')]]);
    const files = new RecordFiles(dir, () => {}, { ...options, chunkFiles });
    const state = path.join(dir, 'state.json');
    files.save([record('vault/checkpoints/a/0001.yaml', 'a\n')], { file: state, text: () => 'first\n' }, { chunkTexts: texts.splice(0) });
    made.keep([['prompts/c.md', entries('close')]]);
    files.save([], { file: state, text: () => 'second\n' }, { chunkTexts: texts.splice(0) });
    await files.settled();
    await files.close();
    return { files: filesUnder(dir), threadSaves: files.threadSaves };
  }

  it('writes them with the save, in its writer thread as in this one when there is none: the same files, each the text made for it', async () => {
    const threaded = await saveWithChunks({});
    const pooled = await saveWithChunks({ thread: false });
    expect([threaded.threadSaves, pooled.threadSaves]).toEqual([1, 0]);
    const chunkFiles = (files: Record<string, string>) => Object.entries(files).filter(([file]) => file.startsWith(`.git${path.sep}`)).map(([, text]) => text).sort();
    expect(chunkFiles(threaded.files)).toHaveLength(3);
    expect(chunkFiles(threaded.files)).toEqual(chunkFiles(pooled.files));
    expect(chunkFiles(threaded.files).map((text) => text.split('\n')[1])).toEqual(expect.arrayContaining(['[["t=refund",6]]', '[["t=greet",5]]', '[["t=close",5]]']));
  });

  it('writes those handed over between saves (keepChunks), in its writer thread as in this one when there is none', async () => {
    const written: string[][] = [];
    for (const thread of [undefined, false]) {
      const dir = tempRepo();
      const chunkFiles = { gitdir: path.join(dir, '.git'), encoding: 'o200k_base' };
      const texts: ChunkFileText[] = [];
      promptChunkTexts(chunkFiles, (some) => texts.push(...some)).keep([['prompts/a.md', [['t=refund', 6]]], ['prompts/b.md', [['t=greet', 5]]]]);
      const files = new RecordFiles(dir, () => {}, { ...(thread === false ? { thread } : {}), chunkFiles });
      files.keepChunks(texts);
      await files.settled();
      await files.close();
      written.push(Object.entries(filesUnder(dir)).map(([, text]) => text.split('\n')[1]!).sort());
    }
    expect(written).toEqual([['[["t=greet",5]]', '[["t=refund",6]]'], ['[["t=greet",5]]', '[["t=refund",6]]']]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblems, isUserError, type UserError } from '../errors.ts';
import { openRepo } from '../git/index.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { writeFileAtomic, writeRecords } from './write-fs.ts';

// A full disk cannot be made on demand, so the write module is handed the error a full disk
// raises (ENOSPC) at a chosen write; everything else is a real repository and real files.

let repo: TestRepo;
afterEach(() => {
  vi.restoreAllMocks();
  repo?.cleanup();
});

function systemError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${file}'`), { code, syscall, path: file, errno: -28 });
}

/** Fails the n-th call (1-based) of fs[method] with `code`; the others run for real. */
function failNth(method: 'writeFileSync' | 'renameSync', n: number, code: string): void {
  const real = fs[method] as (...args: unknown[]) => unknown;
  let calls = 0;
  vi.spyOn(fs, method).mockImplementation(((...args: unknown[]) => {
    calls++;
    if (calls === n) throw systemError(code, method === 'writeFileSync' ? 'write' : 'rename', String(args[0]));
    return real.apply(fs, args);
  }) as never);
}

async function caught(promise: Promise<unknown> | (() => unknown)): Promise<UserError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const WRITES = [1, 2, 3].map((i) => ({ path: `vault/checkpoints/p${i}/0001-00000000000${i}.yaml`, content: `prompt: p${i}\nversion: 1\n` }));

function staged(): string {
  return repo.git(['diff', '--cached', '--name-only']).stdout;
}

function leftovers(): string[] {
  const vault = path.join(repo.dir, 'vault');
  const inVault = fs.existsSync(vault) ? fs.readdirSync(vault, { recursive: true }).map(String).filter((file) => file !== '.tmp' && (file.endsWith('.yaml') || file.endsWith('.tmp'))) : [];
  const tmp = path.join(repo.dir, '.git/promptvault/tmp');
  return [...inVault, ...(fs.existsSync(tmp) ? fs.readdirSync(tmp) : [])];
}

describe('writing records when the disk refuses', () => {
  it('a full disk at the second record writes and stages nothing, and names the file and the fix', async () => {
    repo = createRepo({ hooks: false });
    // The temporary folder as an earlier run left it, so the writes counted below are the records'.
    repo.write('vault/.tmp/.gitignore', '*\n');
    failNth('writeFileSync', 2, 'ENOSPC');
    const error = await caught(writeRecords(await openRepo({ cwd: repo.dir }), WRITES));
    expect(error.exitCode).toBe(2);
    expect(`${error.message}\n${formatProblems(error.problems)}`.replaceAll(repo.dir, '<repo>').replace(/\.yaml\.\d+\.tmp/, '.yaml.PID.tmp')).toMatchInlineSnapshot(`
      "promptvault: could not write vault/checkpoints/p2/0001-000000000002.yaml; nothing was written or staged
      vault/checkpoints/p2/0001-000000000002.yaml: no space is left on the device (ENOSPC at <repo>/vault/.tmp/.1.0001-000000000002.yaml.PID.tmp)
        fix: free some disk space, then run the command again"
    `);
    expect(leftovers()).toEqual([]);
    expect(staged()).toBe('');
  });

  it('a refusal while moving records into place puts back the ones already there', async () => {
    repo = createRepo({ hooks: false });
    repo.write(WRITES[0]!.path, 'prompt: p1\nversion: 1\n# the earlier text\n');
    // Committed, so it is a record of the branch and not the leftover of a killed run.
    repo.commit('an earlier record', '2026-01-01T10:00:00Z');
    failNth('renameSync', 3, 'EROFS');
    const error = await caught(writeRecords(await openRepo({ cwd: repo.dir }), WRITES));
    expect(error.problems[0]).toMatchObject({ code: 'fs-erofs', file: WRITES[2]!.path, fix: expect.stringContaining('writable') });
    // The file that existed holds its earlier text again; the new one is gone; nothing is staged.
    expect(repo.read(WRITES[0]!.path)).toBe('prompt: p1\nversion: 1\n# the earlier text\n');
    expect(repo.exists(WRITES[1]!.path)).toBe(false);
    expect(leftovers()).toEqual(['checkpoints/p1/0001-000000000001.yaml']);
    expect(staged()).toBe('');
  });

  it('a locked index (another git running) removes the written records and says how to unlock', async () => {
    repo = createRepo({ hooks: false });
    repo.write('.git/index.lock', '');
    const error = await caught(writeRecords(await openRepo({ cwd: repo.dir }), WRITES));
    expect(error.code).toBe('index-locked');
    expect(error.problems[0]!.fix).toContain('index.lock');
    expect(leftovers()).toEqual([]);
  });

  it('writeFileAtomic onto a folder leaves no temporary file behind', async () => {
    repo = createRepo({ hooks: false });
    repo.write('out/keep.txt', 'x');
    const error = await caught(() => writeFileAtomic(path.join(repo.dir, 'out'), 'rows\n', 'out'));
    expect(error.problems[0]).toMatchObject({ code: 'fs-eisdir', file: 'out', message: expect.stringContaining('a folder is where a file was expected') });
    expect(fs.readdirSync(repo.dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('confirming untracked records in folders git sees under another letter case', () => {
  // A case-only rename of a prompt with 1,500 versions where the disk ignores case (simulated as in
  // record/case-insensitive.test.ts): the new id's folders show the old id's 3,000 records (1,500
  // checkpoints, 1,500 mutations, about 60 characters a path), which git (core.ignorecase) counts
  // as tracked. One pathspec per record made a 200 KB command line; Windows refuses over 32,767.
  it('asks git in runs each within the Windows command-line limit, and removes only the real leftovers, as one git run says', async () => {
    repo = createRepo({ hooks: false });
    repo.git(['config', 'core.ignorecase', 'true']);
    const kinds = ['checkpoints', 'mutations'];
    const names = Array.from({ length: 1500 }, (_, i) => `${String(i + 1).padStart(4, '0')}-${(i * 7919).toString(16).padStart(12, '0')}.yaml`);
    for (const kind of kinds) for (const name of names) repo.write(`vault/${kind}/support/Greeting-v2/${name}`, `prompt: support/Greeting-v2\nversion: ${name.slice(0, 4)}\n`);
    repo.commit('1,500 versions of support/Greeting-v2', '2026-01-02T10:00:00Z');
    const views = kinds.flatMap((kind) => names.map((name) => `vault/${kind}/support/greeting-v2/${name}`));
    for (const view of views) repo.write(view, repo.read(view.replace('greeting-v2', 'Greeting-v2')));
    // A killed run's records: no case of their names is tracked.
    const leftovers = kinds.map((kind) => `vault/${kind}/support/greeting-v2/9001-aaaaaaaaaaaa.yaml`);
    for (const file of leftovers) repo.write(file, 'prompt: support/greeting-v2\n');
    expect(views[0]!.length).toBe(60);

    // What git answers in one run (Linux takes the 200 KB line): the two leftovers only.
    const oneRun = repo.git(['ls-files', '--others', '--exclude-standard', '--', ...[...views, ...leftovers].map((file) => `:(literal)${file}`)]);
    expect(oneRun.stdout.split('\n').filter(Boolean).sort()).toEqual(leftovers);

    const trace = path.join(repo.dir, '.git', 'trace.log');
    const writes = kinds.map((kind) => ({ path: `vault/${kind}/support/greeting-v2/1501-cccccccccccc.yaml`, content: 'prompt: support/greeting-v2\nversion: 1501\n' }));
    const listed = { folders: new Set(kinds.map((kind) => `vault/${kind}/support/greeting-v2/`)), tracked: new Set<string>() };
    await writeRecords(await openRepo({ cwd: repo.dir, env: { GIT_TRACE: trace } }), writes, [], { listed });

    expect(views.filter((file) => !repo.exists(file))).toEqual([]);
    expect(leftovers.filter((file) => repo.exists(file))).toEqual([]);
    expect(staged()).toBe(writes.map((write) => `${write.path}\n`).join(''));
    const lsFiles = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('trace: built-in: git ls-files'));
    expect(lsFiles.length).toBeGreaterThan(1);
    expect(lsFiles.filter((line) => line.length > 32_767)).toEqual([]);
  });
});

describe('the temporary files of a commit of many records', () => {
  // From 16 records, the temporary files go to a folder made for the run inside vault/.tmp (a
  // new folder gets its files' inodes from a block group with room: write-fs.ts, RUN_FOLDER_FROM).
  const many = (count: number) => Array.from({ length: count }, (_, i) => ({ path: `vault/checkpoints/p${i}/0001-${String(i).padStart(12, '0')}.yaml`, content: `prompt: p${i}\nversion: 1\n` }));
  const tempFolders = (writes: ReturnType<typeof many>) => {
    const real = fs.writeFileSync;
    const folders = new Set<string>();
    vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'string' && file.endsWith('.tmp')) folders.add(path.relative(repo.dir, path.dirname(file)));
      return (real as (...args: unknown[]) => unknown)(file, ...rest);
    }) as never);
    return async () => {
      await writeRecords(await openRepo({ cwd: repo.dir }), writes);
      return [...folders];
    };
  };

  it('16 records: written through a folder of the run\'s own, removed after, each record in place and staged', async () => {
    repo = createRepo({ hooks: false });
    const writes = many(16);
    const folders = await tempFolders(writes)();
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(/^vault\/\.tmp\/run-[^/]+$/);
    expect(fs.readdirSync(path.join(repo.dir, 'vault/.tmp'))).toEqual(['.gitignore']);
    for (const write of writes) expect(repo.read(write.path)).toBe(write.content);
    expect(staged().split('\n').filter(Boolean)).toEqual(writes.map((write) => write.path).sort());
    expect(leftovers().sort()).toEqual(writes.map((write) => write.path.slice('vault/'.length)).sort());
  });

  it('15 records: written through vault/.tmp itself', async () => {
    repo = createRepo({ hooks: false });
    expect(await tempFolders(many(15))()).toEqual(['vault/.tmp']);
    expect(fs.readdirSync(path.join(repo.dir, 'vault/.tmp'))).toEqual(['.gitignore']);
  });

  it('a run folder a killed run left is removed by the next write, and a full disk there writes nothing', async () => {
    repo = createRepo({ hooks: false });
    repo.write('vault/.tmp/.gitignore', '*\n');
    repo.write('vault/.tmp/run-killed/.3.0001-000000000003.yaml.999.tmp', 'prompt: half');
    failNth('writeFileSync', 5, 'ENOSPC');
    const error = await caught(writeRecords(await openRepo({ cwd: repo.dir }), many(20)));
    expect(error.exitCode).toBe(2);
    expect(fs.readdirSync(path.join(repo.dir, 'vault/.tmp'))).toEqual(['.gitignore']);
    expect(leftovers()).toEqual([]);
    expect(staged()).toBe('');
  });
});

// Temporary git repositories built in code, with the real hooks installed the way `npm install`
// installs them here (husky + the files in .husky/), fixed identity and fixed dates.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseEntry } from '../bin-entry.js';
import { processAlive } from './process-alive.ts';
import { RUN_FOLDER_VARIABLE } from './run-temp-folder-setup.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin');

/**
 * What `promptvault` runs here, as the hooks run it (bin.js's choice, made once per test file):
 * the bundle in build/cli/ while it is current, else the TypeScript sources. The bundle starts
 * in about two thirds of the CPU the sources take (1.2 s against 1.65 s for a `check` on this
 * loaded machine), and the suite runs the CLI from some 450 places; after an edit the bundle is
 * stale and the sources run, so a test never runs code older than the tree.
 */
export const CLI_ENTRY = fileURLToPath(chooseEntry(pathToFileURL(path.join(PROJECT_ROOT, 'scripts/bin.js')).href));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The same result with stdout's bytes as they came (a blob's, say). */
export interface GitResult extends RunResult {
  stdoutBytes: Buffer;
}

export interface TestRepo {
  dir: string;
  /** Writes a file (creating folders). */
  write(file: string, content: string | Uint8Array): void;
  read(file: string): string;
  exists(file: string): boolean;
  remove(file: string): void;
  /** Moves a file in the working tree (git sees a delete and an add once staged). */
  move(from: string, to: string): void;
  /** Runs git with fixed identity and the given date for commits. */
  git(args: string[], options?: { date?: string; env?: Record<string, string> }): RunResult;
  /** `git add -A && git commit -m message` at a fixed date; returns git's result (not throwing). */
  commit(message: string, date: string, options?: { args?: string[]; add?: boolean; env?: Record<string, string> }): RunResult;
  /** The environment git and the CLI run with here (the test process's, cleaned, plus `extra`). */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Runs the promptvault CLI (CLI_ENTRY) in this repository. */
  cli(args: string[], options?: { env?: Record<string, string> }): RunResult;
  /** Paths in HEAD's tree under a folder. */
  filesAtHead(folder: string): string[];
  /** Paths added by the last commit under a folder. */
  addedInHead(folder: string): string[];
  /** YAML text of a file in HEAD. */
  showHead(file: string): string;
  cleanup(): void;
}

/** Turns "2026-01-02" into a full, fixed timestamp; full timestamps pass through. */
export function fixedDate(date: string): string {
  return date.length === 10 ? `${date}T10:00:00Z` : date;
}

/** `git -c` options that run one git command with no hooks (a merge or `git am` the hook never saw), the repository's hooks left installed. */
export const NO_HOOKS: readonly string[] = ['-c', 'core.hooksPath=/dev/null'];

/** Environment that makes a commit `name <email>`'s, as author and committer (a test's cast: Bob, Dana). */
export function as(name: string, email: string): Record<string, string> {
  return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
}

/**
 * A home folder with nothing in it, one for every test of this user (so none is left behind per
 * run: a worker process is stopped, not exited, so no exit handler could remove its own): git
 * finds no global config there, and a developer's own (core.hooksPath, commit.gpgsign,
 * init.defaultBranch, an alias, a template) cannot change what a test sees.
 */
function testHome(): string {
  const home = path.join(os.tmpdir(), `promptvault-test-home-${os.userInfo().uid}`);
  fs.mkdirSync(home, { recursive: true });
  return home;
}

/**
 * The test process's environment less what a git, a hook or an npm script around it set (tests
 * run inside `npm test`, and may run inside a git hook): nothing of that may leak into what a test
 * runs. Home and config stay the user's: for tests that run npm, which needs its cache.
 */
export function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_') && !key.startsWith('PROMPTVAULT_') && !key.startsWith('npm_') && key !== 'HUSKY') env[key] = value;
  }
  return env;
}

/**
 * The environment tests run git, the CLI and the hooks with: inheritedEnv's, with a fixed
 * identity, an empty home, no system config and a fixed locale; then `extra`.
 */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = testHome();
  return {
    ...inheritedEnv(),
    PATH: `${BIN}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ada Reviewer',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Reviewer',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    LANG: 'C.UTF-8',
    ...extra,
  };
}

/**
 * Runs `git <args>` in `dir` with the tests' environment (testEnv), and `date` as author and
 * committer date: the one way tests run git, in a TestRepo (its `git`) or any other folder.
 * Returns git's result without throwing (see mustSucceed).
 */
export function gitIn(dir: string, args: string[], options: { date?: string; env?: Record<string, string>; input?: string | Uint8Array } = {}): GitResult {
  const dateEnv: Record<string, string> = options.date ? { GIT_AUTHOR_DATE: fixedDate(options.date), GIT_COMMITTER_DATE: fixedDate(options.date) } : {};
  const result = spawnSync('git', args, { cwd: dir, env: testEnv({ ...dateEnv, ...options.env }), input: options.input, maxBuffer: 256 * 1024 * 1024 });
  const stdoutBytes = result.stdout ?? Buffer.alloc(0);
  return { code: result.status ?? 1, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: (result.stderr?.toString('utf8') ?? '') + killedBy(result) };
}

/**
 * What a process that did not exit by itself died of, for its stderr: its exit code is then 1
 * (`status ?? 1`), and without this a crash (a signal) or spawnSync's own failure read as the
 * command failing quietly, with nothing to say why.
 */
export function killedBy(result: { signal: NodeJS.Signals | null; error?: Error }): string {
  if (result.error) return `\n(not run to its end: ${String(result.error)})`;
  return result.signal ? `\n(killed by ${result.signal})` : '';
}

/** The result, or an error naming `what` failed, with git's output. */
export function mustSucceed<T extends RunResult>(result: T, what: string): T {
  if (result.code !== 0) throw new Error(`${what} failed (${result.code}): ${result.stderr}${result.stdout}`);
  return result;
}

export function createRepo(options: { hooks?: boolean } = {}): TestRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-test-'));
  fs.cpSync(freshRepo(options.hooks !== false), dir, { recursive: true, verbatimSymlinks: true });
  return openRepo(dir);
}

/**
 * The new repository createRepo hands out, made once per run for each `hooks` choice (once per
 * test process outside a Vitest run) and copied for every call: `git init`, its config and
 * husky's install are six processes (some 2 s on the loaded CI machine, against milliseconds for
 * a copy) and 99 test files ask for repositories. Nothing in it names its folder (husky's
 * core.hooksPath is relative, the link to scripts/ absolute), so a copy is the repository the
 * steps would have made there.
 */
const freshRepos = new Map<boolean, string>();

/**
 * Where the fresh repositories are kept: one folder per process id, as a worker process is
 * stopped, not exited, and cannot remove its own; each process removes those of processes that
 * are gone, so no more are left than processes ran at once.
 */
function freshRepoFolder(hooks: boolean): string {
  const parent = path.join(os.tmpdir(), `promptvault-fresh-repos-${os.userInfo().uid}`);
  fs.mkdirSync(parent, { recursive: true });
  if (freshRepos.size === 0) {
    for (const entry of fs.readdirSync(parent)) {
      const pid = Number(/^(\d+)-/.exec(entry)?.[1]);
      if (pid && pid !== process.pid && !processAlive(pid)) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
    }
  }
  const dir = path.join(parent, `${process.pid}-${hooks ? 'hooks' : 'plain'}`);
  fs.rmSync(dir, { recursive: true, force: true }); // left by an earlier process of the same id
  fs.mkdirSync(dir);
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function freshRepo(hooks: boolean): string {
  const known = freshRepos.get(hooks);
  if (known && fs.existsSync(known)) return known;
  // The run's (run-temp-folder-setup.ts): the first test process to need it builds it, beside,
  // and renames it into place, so another sees all of it or none; two that build at once both
  // succeed, and the second's copy is dropped.
  const runFolder = process.env[RUN_FOLDER_VARIABLE];
  const runs = runFolder ? path.join(runFolder, 'fresh-repos', hooks ? 'hooks' : 'plain') : undefined;
  if (runs && fs.existsSync(runs)) {
    freshRepos.set(hooks, runs);
    return runs;
  }
  const dir = freshRepoFolder(hooks);
  buildFreshRepo(dir, hooks);
  if (runs) {
    fs.mkdirSync(path.dirname(runs), { recursive: true });
    try {
      fs.renameSync(dir, runs);
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    freshRepos.set(hooks, runs);
    return runs;
  }
  freshRepos.set(hooks, dir);
  return dir;
}

/** `git init`, the tests' config and (with `hooks`) husky's install and this project's hook files, in `dir`. */
function buildFreshRepo(dir: string, hooks: boolean): void {
  const run = (command: string, args: string[]): RunResult => {
    const result = spawnSync(command, args, { cwd: dir, env: testEnv(), encoding: 'utf8' });
    return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  };
  const git = (args: string[]): RunResult => gitIn(dir, args);
  const must = mustSucceed;

  must(git(['init', '-q', '-b', 'main']), 'git init');
  must(git(['config', 'user.name', 'Ada Reviewer']), 'git config');
  must(git(['config', 'user.email', 'ada@example.com']), 'git config');
  must(git(['config', 'commit.gpgsign', 'false']), 'git config');
  must(git(['config', 'merge.conflictstyle', 'merge']), 'git config');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\nscripts\n');
  if (hooks) {
    // The same route as `npm install`: husky installs .husky/_ and points core.hooksPath at it;
    // the hook files are this project's own, and `promptvault` resolves through node_modules/.bin.
    must(run(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/husky/bin.js')]), 'husky');
    const ours = fs.readdirSync(path.join(PROJECT_ROOT, '.husky')).filter((name) => !name.startsWith('_') && !name.startsWith('.'));
    for (const hook of ours) fs.copyFileSync(path.join(PROJECT_ROOT, '.husky', hook), path.join(dir, '.husky', hook));
    dropIdleHuskyRunners(path.join(dir, '.husky/_'), ours);
    // The hook files run `node scripts/bin.js`, as in this repository; the CLI is linked in.
    fs.symlinkSync(path.join(PROJECT_ROOT, 'scripts'), path.join(dir, 'scripts'));
  }
}

/**
 * Removes husky's runner files in `runners` (.husky/_) for the hooks this project has no file for
 * (`ours`: prepare-commit-msg, commit-msg, post-checkout, post-merge, pre-rebase, the `git am`
 * hooks...). Each of those runs husky's `h` in a shell that spawns basename and two dirnames, finds
 * no .husky/<name> and exits 0 before reading anything else, so git with the file missing does the
 * same with no process: git ran two on every commit (hooked or --no-verify) and one on every
 * checkout and merge, ~37 ms of CPU each at load 15 (session 42). The runners of our hooks stay
 * as husky wrote them, `h` and husky's own files too; a test that writes a hook file of another
 * name into .husky/ must run husky again (`init --hooks` does) for git to run it.
 */
function dropIdleHuskyRunners(runners: string, ours: string[]): void {
  for (const name of fs.readdirSync(runners)) {
    const file = path.join(runners, name);
    if (ours.includes(name) || name === 'h' || name.startsWith('.') || name.includes('.') || !fs.statSync(file).isFile()) continue;
    fs.rmSync(file);
  }
}

/**
 * A copy of `template` in a new temporary folder: its working tree, index and .git (hooks,
 * promptvault's caches, branches, history), byte for byte. Tests of a file that each need their
 * own repository in the same starting state build it once (`createRepo` and its commits through
 * the hook, in `beforeAll`) and copy it per test: a copy takes a few milliseconds where each
 * hooked commit costs a Node process tree. Nothing in .git names the folder, so the copy is the
 * repository the test would have built; git re-reads the copied files' stat data on first use
 * (but `git sparse-checkout`, which takes them for modified and leaves them: `git update-index
 * --refresh` first, as doctor/sparse-checkout.test.ts does).
 */
export function copyRepo(template: TestRepo): TestRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-test-'));
  fs.cpSync(template.dir, dir, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  return openRepo(dir);
}

/** The TestRepo of a repository already set up in `dir` (by createRepo, here or in another test process). */
export function openRepo(dir: string): TestRepo {
  const run = (command: string, args: string[], env: Record<string, string> = {}): RunResult => {
    const result = spawnSync(command, args, { cwd: dir, env: testEnv(env), encoding: 'utf8' });
    return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: (result.stderr ?? '') + killedBy(result) };
  };
  const git = (args: string[], opts: { date?: string; env?: Record<string, string> } = {}): RunResult => gitIn(dir, args, opts);
  const must = mustSucceed;
  const repo: TestRepo = {
    dir,
    write(file, content) {
      const full = path.join(dir, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    },
    read: (file) => fs.readFileSync(path.join(dir, file), 'utf8'),
    exists: (file) => fs.existsSync(path.join(dir, file)),
    remove: (file) => fs.rmSync(path.join(dir, file), { force: true }),
    move(from, to) {
      fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      fs.renameSync(path.join(dir, from), path.join(dir, to));
    },
    git,
    env: (extra = {}) => testEnv(extra),
    commit(message, date, opts = {}) {
      if (opts.add !== false) must(git(['add', '-A']), 'git add');
      return git(['commit', '-q', '-m', message, ...(opts.args ?? [])], { date, env: opts.env });
    },
    cli: (args, opts = {}) => run(process.execPath, [CLI_ENTRY, ...args], opts.env),
    filesAtHead: (folder) => must(git(['ls-tree', '-r', '--name-only', 'HEAD', '--', folder]), 'ls-tree').stdout.split('\n').filter(Boolean),
    addedInHead: (folder) => must(git(['diff', '--name-only', '--diff-filter=A', 'HEAD^1', 'HEAD', '--', folder]), 'git diff').stdout.split('\n').filter(Boolean),
    showHead: (file) => must(git(['show', `HEAD:${file}`]), 'git show').stdout,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** A prompt file's text from its parts. */
export function promptFile(frontMatter: Record<string, unknown>, body: string): string {
  const yaml = Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

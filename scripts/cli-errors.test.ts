import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, promptFile, type RunResult, type TestRepo } from './test-utils/repo.ts';

// No user mistake ends as "internal error" (exit 70, kept for our bugs): each reaches the user as
// exit 2 (or 1 where documented) with the file, the line where there is one, and a fix.

let repo: TestRepo;
let base: string;

// Ten levels of nine aliases each: 9^10 nodes if expanded ("billion laughs").
const ALIAS_BOMB = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)].join('\n');

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds. You must never promise a date.'));
  expect(repo.commit('add the refund prompt', '2026-01-02').code).toBe(0);
  base = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
afterAll(() => repo?.cleanup());
// Every test starts from the same commit, with nothing staged and nothing stray.
beforeEach(() => {
  repo.git(['reset', '-q', '--hard', base]);
  repo.git(['clean', '-fdq', '-e', 'scripts']);
});

/** A user's mistake: the given exit code, no "internal error", no stack trace. */
function expectUserError(result: RunResult, code = 2): string {
  const output = (result.stdout + result.stderr).replaceAll(repo.dir, '<repo>');
  expect(output).not.toContain('internal error');
  expect(output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  expect(result.code, output).toBe(code);
  return output;
}

function checkpointFile(): string {
  return repo.filesAtHead('vault/checkpoints/').find((file) => file.endsWith('.yaml'))!;
}

describe('files a user (or an attacker) wrote', () => {
  it('an alias bomb in a record: check, export and build exit 2 naming the file and line', () => {
    const record = checkpointFile();
    repo.write(record, `${repo.read(record)}${ALIAS_BOMB}\n`);
    expect(repo.commit('a poisoned record', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    const aliasLine = repo.read(record).split('\n').findIndex((line) => line.includes('*l0')) + 1;

    const check = expectUserError(repo.cli(['check']));
    expect(check).toContain(`${record}:${aliasLine}: its YAML aliases (*name) expand into an excessive number of copies`);
    expect(check).toContain(`fix: restore the file with \`git checkout -- ${record}\``);
    expect(expectUserError(repo.cli(['export', '--format', 'json']))).toContain(`${record}:${aliasLine}: its YAML aliases`);

    const build = expectUserError(repo.cli(['build', '--out', path.join(repo.dir, 'site-out')]));
    expect(build).toContain('promptvault build: the site was not built, 1 problem(s) to fix first (`promptvault check` reports the same)');
    expect(build).toContain(`${record}:${aliasLine}: its YAML aliases`);
    // stderr is not a terminal here and --progress was not given: no progress lines.
    expect(build).not.toMatch(/promptvault build: +[\d.]+ s/);
    expect(fs.existsSync(path.join(repo.dir, 'site-out'))).toBe(false);
  });

  it('a label file left with a merge\'s conflict markers: build exits 2 naming it, as check does, where it built the site without the label', () => {
    repo.write('vault/labels/production.yaml', '<<<<<<< HEAD\nlabel: production\n=======\nlabel: prod\n>>>>>>> other\n');
    expect(repo.commit('a merge left its markers', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    const expected = 'vault/labels/production.yaml:1: has unresolved merge conflict markers (two branches moved this label)';
    expect(expectUserError(repo.cli(['check']))).toContain(expected);
    const build = expectUserError(repo.cli(['build', '--out', path.join(repo.dir, 'site-out')]));
    expect(build).toContain('promptvault build: the site was not built, 1 problem(s) to fix first (`promptvault check` reports the same)');
    expect(build).toContain(expected);
    expect(fs.existsSync(path.join(repo.dir, 'site-out'))).toBe(false);
  });

  it('an alias bomb in .promptvault.yaml: check, log and a hook commit exit 2 naming the line', () => {
    repo.write('.promptvault.yaml', `prompts: ['prompts/**/*.md']\n${ALIAS_BOMB}\n`);
    const expected = '.promptvault.yaml:3: its YAML aliases (*name) expand into an excessive number of copies';
    expect(expectUserError(repo.cli(['check']))).toContain(expected);
    expect(expectUserError(repo.cli(['log', 'support/refund']))).toContain(expected);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds kindly.'));
    const commit = repo.commit('edit with a poisoned config', '2026-01-03');
    expect(expectUserError(commit, 1)).toContain(expected);
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
  });

  it('config globs outside the repository: check and the hook name the glob and its line', () => {
    repo.write('.promptvault.yaml', "prompts:\n  - 'prompts/**/*.md'\n  - '../shared/**/*.md'\n  - '/etc/**'\n");
    const check = expectUserError(repo.cli(['check']));
    expect(check).toContain('.promptvault.yaml:3: prompts.1: "../shared/**/*.md" has a ".." segment, which leaves the repository');
    expect(check).toContain('.promptvault.yaml:4: prompts.2: "/etc/**" is an absolute path');
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds kindly.'));
    expect(expectUserError(repo.commit('edit with globs outside', '2026-01-03'), 1)).toContain('"../shared/**/*.md" has a ".." segment');
  });

  it('init with a glob outside the repository writes nothing', () => {
    const init = expectUserError(repo.cli(['init', '--prompts', '../agents/*.md', '--prompts', '']));
    expect(init).toContain('--prompts: "../agents/*.md" has a ".." segment, which leaves the repository');
    expect(init).toContain('--prompts: "" is empty');
    expect(repo.exists('.promptvault.yaml')).toBe(false);
  });
});

// Root ignores permission bits; setpriv drops the capability that lets it, so the folder is
// read-only for the CLI even when the tests run as root (as in CI containers).
const asRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
function cliWithoutOverride(args: string[]): RunResult {
  const cli = [process.execPath, path.join(PROJECT_ROOT, 'scripts/cli.ts'), ...args];
  const [command, ...rest] = asRoot ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--', ...cli] : cli;
  const result = spawnSync(command!, rest, { cwd: repo.dir, encoding: 'utf8', env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))) });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

describe('a machine that refuses to write', () => {
  it.skipIf(asRoot && !hasSetpriv)('a read-only vault/ folder: record exits 2, names it, writes and stages nothing', () => {
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds kindly.'));
    repo.git(['add', '-A']);
    const folder = path.join(repo.dir, 'vault/checkpoints/support/refund');
    fs.chmodSync(folder, 0o555);
    try {
      const record = expectUserError(cliWithoutOverride(['record']));
      expect(record).toMatch(/^promptvault record: could not write vault\/checkpoints\/support\/refund\/0002-[0-9a-f]{12}\.yaml; nothing was written or staged/m);
      expect(record).toContain('permission denied (EACCES');
      expect(record).toContain('fix: make the folder writable for you');
    } finally {
      fs.chmodSync(folder, 0o755);
    }
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
    expect(repo.git(['status', '--porcelain', '--', 'vault/']).stdout).toBe('');
  });

  it('a file where a vault folder should be: record exits 2 and says what is in the way', () => {
    fs.rmSync(path.join(repo.dir, 'vault/mutations/support/refund'), { recursive: true, force: true });
    repo.write('vault/mutations/support/refund', 'not a folder');
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds kindly.'));
    repo.git(['add', 'prompts']);
    const record = expectUserError(repo.cli(['record']));
    expect(record).toContain('a file is in the way');
    expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
  });

  it('backfill that cannot write a record stops with exit 2, and a second run completes', () => {
    const other = createRepo({ hooks: false });
    try {
      other.write('prompts/a.md', promptFile({ title: 'A' }, 'Say hello.'));
      expect(other.commit('a prompt', '2026-01-02').code).toBe(0);
      other.write('vault/mutations', 'a file where the folder of mutation logs goes');
      const stopped = other.cli(['backfill']);
      expect(stopped.code).toBe(2);
      expect(stopped.stderr).not.toContain('internal error');
      expect(stopped.stderr).toContain('promptvault backfill: stopped; every record written so far is whole.');
      expect(stopped.stderr).toMatch(/vault\/mutations\/a\/0001-[0-9a-f]{12}\.yaml: a part of the path is a file where a folder was expected \(ENOTDIR/);
      other.remove('vault/mutations');
      const resumed = other.cli(['backfill']);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout).toContain('1 commits replayed; 1 record files written and staged, 1 already there; no problems.');
    } finally {
      other.cleanup();
    }
  });

  it('export --out onto a folder exits 2 and leaves no temporary file', () => {
    const output = expectUserError(repo.cli(['export', '--format', 'csv', '--out', 'vault']));
    expect(output).toContain('vault: a folder is where a file was expected (EISDIR');
    expect(fs.readdirSync(repo.dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('state left by an earlier run', () => {
  it('a cut-short saved backfill state is not resumed from: backfill replays from scratch, exit 0', () => {
    repo.write('.git/promptvault/backfill.json', '{"head": "');
    const result = repo.cli(['backfill']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 commits replayed; 0 record files written and staged, 2 already there; no problems\.\n$/);
  });
});

describe('odd command lines', () => {
  /**
   * What the CLI answered to each command line, run once: the two lists below share six, and
   * each list proves its own property of the same answer. Nothing here changes the repository (each
   * is refused), so an answer does not depend on which test asked first.
   */
  const answers = new Map<string, RunResult>();
  const answer = (args: string[]): RunResult => {
    const key = JSON.stringify(args);
    if (!answers.has(key)) answers.set(key, repo.cli(args));
    return answers.get(key)!;
  };

  it.each([
    [['--bogus']], [['check', '--bogus']], [['check', '--format']], [['check', '--format', 'xml']], [['log']],
    [['log', '../../etc/passwd']], [['review', 'nope', '--accept', '--note', 'n']], [['review', 'nope']],
    [['backfill', '--from', 'no-such-ref']], [['export', '--format', 'xml']], [['record', '--hook', 'post-commit']],
    [['tag', '@bad tag!']], [['nonsense']], [['check', '--cwd', '/no/such/folder']], [['check', '--cwd', 'prompts/support/refund.md']],
    [['build', '--out', 'prompts/support/refund.md']],
  ])('%j is a usage or input error, never an internal one', (args) => {
    expectUserError(answer(args));
  });

  it.each([
    [['log', 'support/nope']], [['log', '../../etc/passwd']], [['review', 'nope', '--accept', '--note', 'n']], [['backfill', '--from', 'no-such-ref']],
    [['tag', '@bad tag!']], [['check', '--cwd', '/no/such/folder']], [['build', '--out', 'prompts/support/refund.md']], [['label', 'rm', 'nolabel']],
    [['bundle', '--out', 'b.json', '--label', 'nolabel']],
  ])('%j prints its error under the command\'s name, "promptvault <command>: ..."', (args) => {
    const result = answer(args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^promptvault ${args[0]}: \\S`));
  });
});

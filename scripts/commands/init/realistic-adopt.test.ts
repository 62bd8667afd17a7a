import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus, type CorpusInfo } from '../../test-utils/realistic-corpus.ts';
import { createRepo, PROJECT_ROOT, type RunResult, type TestRepo } from '../../test-utils/repo.ts';

// Adoption on a repository that looks like the ones teams have: every prompt file shape in the
// paths real tools use (dot folders, spaces, non-ASCII, several dots), real sizes up to 400 KB, a
// few hundred commits with merges and moves (see test-utils/realistic-corpus.ts). promptvault is
// packed and installed as an adopter installs it, then init -> backfill -> commit -> check ->
// build -> a hook commit. One slow test file on purpose: each step builds on the one before.

let repo: TestRepo;
let corpus: CorpusInfo;
let packDir: string;
const outputs: string[] = [];
const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin');

function run(command: string, args: string[], cwd = repo.dir, date = '2026-04-01T10:00:00Z'): RunResult {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !entry[0].startsWith('GIT_') && !entry[0].startsWith('npm_') && !entry[0].startsWith('PROMPTVAULT_') && entry[0] !== 'HUSKY'));
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...env, PATH: `${BIN}:${process.env.PATH}`, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: repo.dir, LANG: 'C.UTF-8' } });
  const out = { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  outputs.push(out.stdout, out.stderr);
  return out;
}

const npx = (args: string[]) => run('npx', ['--no-install', 'promptvault', ...args]);

beforeAll(() => {
  packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-pack-'));
  const packed = run('npm', ['pack', '--pack-destination', packDir, '--silent'], PROJECT_ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  repo = createRepo({ hooks: false });
  corpus = buildRealisticCorpus(repo.dir);
  fs.writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify({ name: 'team-prompts', private: true, version: '1.0.0' }, null, 2));
  const tarball = path.join(packDir, fs.readdirSync(packDir).find((file) => file.endsWith('.tgz'))!);
  const installed = run('npm', ['install', '--save-dev', tarball, '--prefer-offline', '--no-audit', '--no-fund']);
  expect(installed.code, installed.stderr).toBe(0);
}, 600_000);

afterAll(() => {
  repo?.cleanup();
  if (packDir) fs.rmSync(packDir, { recursive: true, force: true });
});

describe('adopting promptvault on a realistic prompt repository', () => {
  it('is a corpus with real sizes, merges, moves and every shape', () => {
    const median = corpus.sizes[Math.floor(corpus.sizes.length / 2)]!;
    expect(median).toBeGreaterThan(5_000);
    expect(median).toBeLessThan(11_000);
    expect(corpus.sizes.at(-1)).toBeGreaterThanOrEqual(400_000);
    expect(corpus.sizes.filter((size) => size >= 50_000).length).toBeGreaterThanOrEqual(2);
    expect(corpus.commits).toBeGreaterThanOrEqual(300);
    expect(corpus.merges).toBeGreaterThanOrEqual(10);
    for (const shape of ['.claude/agents/', 'plugins/', 'commands/', '/SKILL.md', '.prompt.md', '.instructions.md', '.chatmode.md', '.agent.md', '.mdc', '.prompt', '.prompty', '.prompt.yml', '.txt', 'Claude Code/', 'café/résumé.md', 'Release.Notes.v2.md']) {
      expect(corpus.promptsAtHead.some((file) => file.includes(shape)), shape).toBe(true);
    }
    expect(repo.git(['ls-files', '-s', corpus.symlink]).stdout).toMatch(/^120000 /);
  });

  it('backfills the whole history without refusing a single prompt file', () => {
    const init = npx(['init', ...corpus.promptGlobs.flatMap((glob) => ['--prompts', glob]), ...corpus.codexGlobs.flatMap((glob) => ['--codex', glob])]);
    expect(init.code, init.stderr).toBe(0);
    const filled = npx(['backfill']);
    expect(filled.code, filled.stderr).toBe(0);
    expect(filled.stderr).not.toContain('could not be read');
    expect(filled.stdout).toMatch(/\d{3} commits replayed/);
    // Warnings are listed once for the whole history, not once per commit.
    const warned = filled.stderr.split('\n').filter((line) => /^\S.*: /.test(line) && !line.startsWith('promptvault'));
    expect(warned.length).toBeGreaterThan(0);
    expect(new Set(warned).size).toBe(warned.length);
    expect(warned.filter((line) => line.startsWith(`${corpus.symlink}: is a symbolic link; skipped`))).toHaveLength(1);
    run('git', ['add', '-A']);
    const committed = run('git', ['commit', '-q', '-m', 'Adopt promptvault']);
    expect(committed.code, committed.stderr).toBe(0);
  });

  it('passes check, with every prompt at HEAD recorded', () => {
    const checked = npx(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout.trim().split('\n').at(-1)).toMatch(/: ok$/);
    const prompts = Number(/check: (\d+) prompts/.exec(checked.stdout)?.[1]);
    // Every file at HEAD but the codex clause and the README at the root is a prompt.
    expect(prompts).toBe(corpus.promptsAtHead.length);
  });

  it('keeps every version of the prompt moved twice, through a path with spaces and a dot folder', () => {
    const [first, second, third] = corpus.movedTwice.paths.map((file) => file.replace(/\.md$/, ''));
    const log = JSON.parse(npx(['log', third!, '--json']).stdout) as { mutation: { prompt: string; kind: string }; checkpoint: { kind?: string; path: string } }[];
    expect(log).toHaveLength(corpus.movedTwice.versions);
    expect(new Set(log.map((entry) => entry.mutation.prompt))).toEqual(new Set([first, second, third]));
    expect(log.filter((entry) => entry.mutation.kind === 'rename')).toHaveLength(2);
    expect(log[0]!.checkpoint).toMatchObject({ kind: 'claude-agent', path: corpus.movedTwice.paths[2] });
  });

  it('records each shape with its kind and keeps records under encoded folders', () => {
    const vault = repo.git(['ls-files', 'vault/checkpoints']).stdout;
    expect(vault).toContain('vault/checkpoints/%2Eclaude/agents/');
    expect(vault).toContain('vault/checkpoints/Anthropic/Claude%20Code/');
    expect(vault).toContain('vault/checkpoints/caf%C3%A9/r%C3%A9sum%C3%A9/');
    expect(vault.split('\n').every((file) => !file.split('/').slice(1).some((segment) => segment.startsWith('.')))).toBe(true);
    const kindOf = (id: string) => (JSON.parse(npx(['log', id, '--json']).stdout) as { checkpoint: { kind?: string } }[])[0]?.checkpoint.kind;
    const sample = (suffix: string) => corpus.promptsAtHead.find((file) => file.endsWith(suffix))!.replace(/\.(md|prompty)$/, '');
    expect(kindOf(sample('.prompt.md'))).toBe('copilot-prompt');
    expect(kindOf(sample('.mdc'))).toBe('cursor-rule');
    expect(kindOf(sample('.prompty'))).toBe('prompty');
    expect(kindOf(sample('.prompt.yml'))).toBe('github-models');
  });

  it('builds the site', () => {
    const built = npx(['build', '--out', path.join(repo.dir, 'public-site')]);
    expect(built.code, built.stderr).toBe(0);
    expect(fs.existsSync(path.join(repo.dir, 'public-site/prompts/checkpoints/index.html'))).toBe(true);
  });

  it('records the next commits through the installed hook, in any path', () => {
    const spaced = 'Anthropic/Claude Code/Review Checklist.md';
    repo.write(spaced, `${repo.read(spaced)}\nOne more rule for the checklist.\n`);
    repo.write(corpus.crlf[0]!, repo.read(corpus.crlf[0]!).replace(/\r\n$/, '\r\nA line added on Windows.\r\n'));
    repo.write('.github/prompts/Brand New.prompt.md', '---\nmode: ask\ndescription: Ask about the release: what changed\n---\nSummarise ${input:release}.\n');
    const committed = run('git', ['commit', '-q', '-a', '-m', 'hooked edits'], repo.dir, '2026-04-02T10:00:00Z');
    expect(committed.code, committed.stderr).toBe(0);
    run('git', ['add', '.github/prompts/Brand New.prompt.md']);
    const added = run('git', ['commit', '-q', '-m', 'a new Copilot prompt'], repo.dir, '2026-04-03T10:00:00Z');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout + added.stderr).toContain('.github/prompts/Brand New.prompt v1 (new)');
    expect(added.stderr).toContain('front matter is not valid YAML');
    const moved = run('git', ['mv', spaced, '.claude/agents/Review Checklist.md']);
    expect(moved.code, moved.stderr).toBe(0);
    const renamed = run('git', ['commit', '-q', '-m', 'move the checklist into .claude'], repo.dir, '2026-04-04T10:00:00Z');
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout + renamed.stderr).toContain('.claude/agents/Review Checklist v');
    const checked = npx(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });

  it('never printed an internal error', () => {
    for (const output of outputs) expect(output).not.toContain('internal error');
  });
});

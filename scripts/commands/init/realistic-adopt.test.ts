import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus, type CorpusInfo } from '../../test-utils/realistic-corpus.ts';
import { createRepo, inheritedEnv, PROJECT_ROOT, type RunResult, type TestRepo } from '../../test-utils/repo.ts';
import { packedTarball } from '../../test-utils/packed-tarball.ts';

// Adoption on a repository that looks like the ones teams have: every prompt file shape in the
// paths real tools use (dot folders, spaces, non-ASCII, several dots), real sizes up to 400 KB, a
// few hundred commits with merges and moves (see test-utils/realistic-corpus.ts). promptvault is
// packed and installed as an adopter installs it, then init -> backfill -> commit -> check ->
// build -> a hook commit. One slow test file on purpose: each step builds on the one before.

let repo: TestRepo;
let corpus: CorpusInfo;
const outputs: string[] = [];
const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin');

/** `command` in `cwd` with this package's node_modules/.bin on PATH, after `firstOnPath` if given. */
function run(command: string, args: string[], cwd = repo.dir, date = '2026-04-01T10:00:00Z', firstOnPath?: string): RunResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...inheritedEnv(), PATH: `${firstOnPath ? `${firstOnPath}:` : ''}${BIN}:${process.env.PATH}`, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, LANG: 'C.UTF-8' } });
  const out = { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  outputs.push(out.stdout, out.stderr);
  return out;
}

const npx = (args: string[]) => run('npx', ['--no-install', 'promptvault', ...args]);
/**
 * The installed bin run as npx runs it (the repository's node_modules/.bin first on PATH), without
 * npx's own npm start: 0.7 s of CPU a call here and nothing a step proves. `npx promptvault`, as
 * the README has adopters type it, runs init, the first step.
 */
const promptvault = (args: string[]) => run(path.join(repo.dir, 'node_modules/.bin/promptvault'), args, repo.dir, undefined, path.join(repo.dir, 'node_modules/.bin'));

interface Steps {
  init: RunResult;
  backfill: RunResult;
  adopt: RunResult;
  check: RunResult;
  movedLog: RunResult;
  kinds: Record<string, string | undefined>;
  vaultFiles: string[];
  build: RunResult;
  hooked: RunResult;
  added: RunResult;
  renamed: RunResult;
  checkAfter: RunResult;
}
let steps: Steps;

const idOf = (file: string) => file.replace(/\.(md|markdown|prompt|prompty)$/, '');

// Every step runs here, once, in order (each needs the one before); the tests below only read
// what the steps printed and wrote. A generous limit rather than none: a busy 2-core machine
// takes minutes for the backfill and the site build of this corpus.
beforeAll(async () => {
  const tarball = await packedTarball();
  repo = createRepo({ hooks: false });
  corpus = buildRealisticCorpus(repo.dir);
  fs.writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify({ name: 'team-prompts', private: true, version: '1.0.0' }, null, 2));
  const installed = run('npm', ['install', '--save-dev', tarball, '--prefer-offline', '--no-audit', '--no-fund']);
  expect(installed.code, installed.stderr).toBe(0);

  const init = npx(['init', ...corpus.promptGlobs.flatMap((glob) => ['--prompts', glob]), ...corpus.codexGlobs.flatMap((glob) => ['--codex', glob])]);
  const backfill = promptvault(['backfill']);
  run('git', ['add', '-A']);
  const adopt = run('git', ['commit', '-q', '-m', 'Adopt promptvault']);
  const check = promptvault(['check']);
  const movedLog = promptvault(['log', idOf(corpus.movedTwice.paths[2]), '--json']);
  const kinds: Record<string, string | undefined> = {};
  for (const suffix of ['.prompt.md', '.mdc', '.prompty', '.prompt.yml', '.instructions.md', '/SKILL.md', '.prompt']) {
    const file = corpus.promptsAtHead.find((candidate) => candidate.endsWith(suffix))!;
    const log = promptvault(['log', idOf(file), '--json']);
    kinds[suffix] = log.code === 0 ? (JSON.parse(log.stdout) as { checkpoint: { kind?: string } }[])[0]?.checkpoint.kind : `log failed: ${log.stderr}`;
  }
  const vaultFiles = run('git', ['ls-files', 'vault/checkpoints']).stdout.split('\n').filter(Boolean);
  const build = promptvault(['build', '--out', path.join(repo.dir, 'public-site')]);

  const spaced = 'Anthropic/Claude Code/Review Checklist.md';
  repo.write(spaced, `${repo.read(spaced)}\nOne more rule for the checklist.\n`);
  repo.write(corpus.crlf[0]!, repo.read(corpus.crlf[0]!).replace(/\r\n$/, '\r\nA line added on Windows.\r\n'));
  const hooked = run('git', ['commit', '-q', '-a', '-m', 'hooked edits'], repo.dir, '2026-04-02T10:00:00Z');
  repo.write('.github/prompts/Brand New.prompt.md', '---\nmode: ask\ndescription: Ask about the release: what changed\n---\nSummarise ${input:release}.\n');
  run('git', ['add', '.github/prompts/Brand New.prompt.md']);
  const added = run('git', ['commit', '-q', '-m', 'a new Copilot prompt'], repo.dir, '2026-04-03T10:00:00Z');
  run('git', ['mv', spaced, '.claude/agents/Review Checklist.md']);
  const renamed = run('git', ['commit', '-q', '-m', 'move the checklist into .claude'], repo.dir, '2026-04-04T10:00:00Z');
  const checkAfter = promptvault(['check']);
  steps = { init, backfill, adopt, check, movedLog, kinds, vaultFiles, build, hooked, added, renamed, checkAfter };
});

afterAll(() => {
  repo?.cleanup();
});

describe('adopting promptvault on a realistic prompt repository', () => {
  it('is a corpus with real sizes, merges, moves and every shape', () => {
    const median = corpus.sizes[Math.floor(corpus.sizes.length / 2)]!;
    expect(median).toBeGreaterThan(5_000);
    expect(median).toBeLessThan(11_000);
    // One prompt of about 400 KB (edits at random may have shortened it by a paragraph).
    expect(corpus.sizes.at(-1)).toBeGreaterThan(390_000);
    expect(corpus.sizes.filter((size) => size >= 45_000).length).toBeGreaterThanOrEqual(3);
    expect(corpus.commits).toBeGreaterThanOrEqual(300);
    expect(corpus.merges).toBeGreaterThanOrEqual(10);
    for (const shape of ['.claude/agents/', 'plugins/', 'commands/', '/SKILL.md', '.prompt.md', '.instructions.md', '.chatmode.md', '.agent.md', '.mdc', '.prompt', '.prompty', '.prompt.yml', '.txt', 'Claude Code/', 'café/résumé.md', 'Release.Notes.v2.md']) {
      expect(corpus.promptsAtHead.some((file) => file.includes(shape)), shape).toBe(true);
    }
    expect(repo.git(['ls-files', '-s', corpus.symlink]).stdout).toMatch(/^120000 /);
  });

  it('backfills the whole history without refusing a single prompt file', () => {
    expect(steps.init.code, steps.init.stderr).toBe(0);
    const filled = steps.backfill;
    expect(filled.code, filled.stderr).toBe(0);
    expect(filled.stderr).not.toContain('could not be read');
    expect(filled.stdout).toMatch(/\d{3} commits replayed/);
    // Warnings are listed once for the whole history, not once per commit.
    const warned = filled.stderr.split('\n').filter((line) => /^\S.*: /.test(line) && !line.startsWith('promptvault'));
    expect(warned.length).toBeGreaterThan(0);
    expect(new Set(warned).size).toBe(warned.length);
    expect(warned.filter((line) => line.startsWith(`${corpus.symlink}: is a symbolic link`))).toHaveLength(1);
    expect(steps.adopt.code, steps.adopt.stderr).toBe(0);
  });

  it('passes check, with every prompt at HEAD recorded', () => {
    const checked = steps.check;
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout.trim().split('\n').at(-1)).toMatch(/: ok$/);
    // Every file at HEAD but the codex clause, the README at the root and the link is a prompt.
    expect(Number(/check: (\d+) prompts/.exec(checked.stdout)?.[1])).toBe(corpus.promptsAtHead.length);
  });

  it('keeps every version of the prompt moved twice, through a path with spaces and a dot folder', () => {
    const [first, second, third] = corpus.movedTwice.paths.map(idOf);
    expect(steps.movedLog.code, steps.movedLog.stderr).toBe(0);
    const log = JSON.parse(steps.movedLog.stdout) as { mutation: { prompt: string; kind: string }; checkpoint: { kind?: string; path: string } }[];
    expect(log).toHaveLength(corpus.movedTwice.versions);
    expect(new Set(log.map((entry) => entry.mutation.prompt))).toEqual(new Set([first, second, third]));
    expect(log.filter((entry) => entry.mutation.kind === 'rename')).toHaveLength(2);
    expect(log[0]!.checkpoint).toMatchObject({ kind: 'claude-agent', path: corpus.movedTwice.paths[2] });
  });

  it('records each shape with its kind and keeps records under encoded folders', () => {
    const vault = steps.vaultFiles.join('\n');
    expect(vault).toContain('vault/checkpoints/%2Eclaude/agents/');
    expect(vault).toContain('vault/checkpoints/Anthropic/Claude%20Code/');
    expect(vault).toContain('vault/checkpoints/prompts/caf%C3%A9/r%C3%A9sum%C3%A9/');
    expect(steps.vaultFiles.every((file) => !file.split('/').some((segment) => segment.startsWith('.')))).toBe(true);
    expect(steps.kinds).toEqual({
      '.prompt.md': 'copilot-prompt', '.mdc': 'cursor-rule', '.prompty': 'prompty', '.prompt.yml': 'github-models',
      '.instructions.md': 'copilot-instructions', '/SKILL.md': 'claude-skill', '.prompt': 'dotprompt',
    });
  });

  it('builds the site', () => {
    expect(steps.build.code, steps.build.stderr).toBe(0);
    expect(fs.existsSync(path.join(repo.dir, 'public-site/prompts/checkpoints/index.html'))).toBe(true);
  });

  it('records the next commits through the installed hook, in any path', () => {
    expect(steps.hooked.code, steps.hooked.stderr).toBe(0);
    expect(steps.hooked.stdout + steps.hooked.stderr).toContain('Anthropic/Claude Code/Review Checklist v');
    expect(steps.added.code, steps.added.stderr).toBe(0);
    expect(steps.added.stdout + steps.added.stderr).toMatch(/\.github\/prompts\/Brand New\.prompt v1·[0-9a-f]{6} \(new\)/);
    expect(steps.added.stderr).toContain('front matter is not valid YAML');
    expect(steps.renamed.code, steps.renamed.stderr).toBe(0);
    expect(steps.renamed.stdout + steps.renamed.stderr).toContain('.claude/agents/Review Checklist v');
    expect(steps.checkAfter.code, steps.checkAfter.stdout + steps.checkAfter.stderr).toBe(0);
  });

  it('never printed an internal error', () => {
    for (const output of outputs) expect(output).not.toContain('internal error');
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OLD_PREPARE_SCRIPT, PREPARE_SCRIPT } from '../../lib/config/prepare-script.ts';
import { createRepo, inheritedEnv, PROJECT_ROOT, type RunResult, type TestRepo } from '../../test-utils/repo.ts';
import { packedTarball } from '../../test-utils/packed-tarball.ts';

// The real route a team takes: promptvault packed as a tarball (so the installed copy runs the
// JavaScript built at prepack, as from the registry or a git URL), installed as a dev dependency
// into a repository with prompts in folders of its own and a history with a move and a merge.

let repo: TestRepo;
const BIN = path.join(PROJECT_ROOT, 'node_modules/.bin');

/** `command` in `cwd` with this package's node_modules/.bin on PATH, after `firstOnPath` if given. */
function run(command: string, args: string[], cwd = repo.dir, firstOnPath?: string): RunResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...inheritedEnv(), PATH: `${firstOnPath ? `${firstOnPath}:` : ''}${BIN}:${process.env.PATH}`, GIT_AUTHOR_DATE: '2026-04-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-04-01T10:00:00Z' } });
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const npx = (args: string[]) => run('npx', ['--no-install', 'promptvault', ...args]);
/**
 * The installed bin run as npx runs it (the repository's node_modules/.bin first on PATH), without
 * npx's own npm start: 0.7 s of CPU a call here and nothing a step proves. `npx promptvault`, as
 * the README has adopters type it, runs init, the first step.
 */
const promptvault = (args: string[]) => run(path.join(repo.dir, 'node_modules/.bin/promptvault'), args, repo.dir, path.join(repo.dir, 'node_modules/.bin'));

beforeAll(async () => {
  const tarball = await packedTarball();

  repo = createRepo({ hooks: false });
  repo.write('agents/support/refund.md', '---\ntitle: Refund agent\nid: refund\n---\nYou help with refunds.\n\nConfirm the order number.\n\nYou must never promise a date.\n');
  repo.write('plugins/billing/agents/invoices.md', 'Answer invoice questions. No front matter here.\n');
  repo.write('README.md', '# our prompts\n');
  expect(repo.commit('existing prompts', '2026-03-01').code).toBe(0);
  repo.move('agents/support/refund.md', 'agents/billing/refund.md');
  expect(repo.commit('move refund under billing', '2026-03-02').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'kinder']);
  repo.write('agents/billing/refund.md', repo.read('agents/billing/refund.md').replace('You help with refunds.', 'You help with refunds, kindly.'));
  expect(repo.commit('kinder opening', '2026-03-03').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write('agents/billing/refund.md', repo.read('agents/billing/refund.md').replace('You must never promise a date.', 'You must never promise a date or an amount.'));
  expect(repo.commit('stricter closing', '2026-03-04').code).toBe(0);
  expect(repo.git(['merge', '-q', '--no-edit', 'kinder'], { date: '2026-03-05' }).code).toBe(0);

  fs.writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify({ name: 'our-prompts', private: true, version: '1.0.0' }, null, 2));
  const installed = run('npm', ['install', '--save-dev', tarball, '--prefer-offline', '--no-audit', '--no-fund']);
  expect(installed.code, installed.stderr).toBe(0);
});

afterAll(() => {
  repo?.cleanup();
});

describe('adopting promptvault in an existing repository', () => {
  it('installs as JavaScript and sets the repository up without touching its prompts', () => {
    expect(fs.existsSync(path.join(repo.dir, 'node_modules/promptvault/build/scripts/cli.js'))).toBe(true);
    const before = repo.git(['status', '--porcelain', '--', 'agents', 'plugins']).stdout;
    const init = npx(['init', '--prompts', 'agents/**/*.md', '--prompts', 'plugins/*/agents/*.md']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('wrote .promptvault.yaml');
    expect(repo.read('.husky/pre-commit')).toBe('hook_dir=${0%/*}; [ "$hook_dir" != "$0" ] || hook_dir=.; export PATH="$hook_dir/../node_modules/.bin:$PATH"\npromptvault record --hook pre-commit\n');
    // Absolute, so linked worktrees (which have no .husky/_ of their own) run the hooks too.
    expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe(fs.realpathSync(path.join(repo.dir, '.husky/_')));
    expect(JSON.parse(repo.read('package.json')).scripts.prepare).toBe(PREPARE_SCRIPT);
    expect(repo.git(['status', '--porcelain', '--', 'agents', 'plugins']).stdout).toBe(before);
  });

  it('backfills the whole history with lineage across the move and the merge, and check passes', () => {
    const filled = promptvault(['backfill']);
    expect(filled.code, filled.stderr).toBe(0);
    expect(filled.stdout).toContain('5 commits replayed');
    const committed = repo.commit('Adopt promptvault', '2026-04-01');
    expect(committed.code, committed.stderr).toBe(0);
    const log = JSON.parse(promptvault(['log', 'billing/refund', '--json']).stdout) as { mutation: { prompt: string; version: number; kind: string; parents: unknown[] } }[];
    expect(log.map((entry) => `${entry.mutation.prompt}@${entry.mutation.version}:${entry.mutation.kind}`)).toEqual([
      'billing/refund@4:merge', 'billing/refund@3:edit', 'billing/refund@3:edit', 'billing/refund@2:rename', 'support/refund@1:new',
    ]);
    expect(JSON.parse(promptvault(['log', 'billing/agents/invoices', '--json']).stdout)[0].checkpoint).toMatchObject({ title: 'invoices', kind: 'claude-agent', tone_source: 'inferred', tags: [] });
    const checked = promptvault(['check']);
    expect(checked.code, checked.stdout).toBe(0);
  });

  it('records the next commit through the installed hook', () => {
    repo.write('agents/billing/refund.md', repo.read('agents/billing/refund.md').replace('Confirm the order number.', 'Confirm the order number and the email.'));
    const result = repo.commit('ask for the email too', '2026-04-02');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/promptvault: billing\/refund v5·[0-9a-f]{6} \(edit from billing\/refund@v4·[0-9a-f]{6}\)/);
    expect(promptvault(['check']).code).toBe(0);
  });

  it("builds the static site of this repository's vault into a folder of its choosing", () => {
    const out = path.join(repo.dir, 'public-site');
    const built = promptvault(['build', '--out', out]);
    expect(built.code, built.stderr).toBe(0);
    const grid = fs.readFileSync(path.join(out, 'prompts/checkpoints/index.html'), 'utf8');
    expect(grid).toContain('billing/refund');
    expect(grid).toContain('billing/agents/invoices');
    expect(fs.existsSync(path.join(out, 'prompts/billing/refund/index.html'))).toBe(true);
  });

  it('a production install of the adopted project (npm ci --omit=dev, no .git) skips the hooks in one line and exits 0', () => {
    // An adopter's Docker image: package.json and the lockfile copied, devDependencies (promptvault) left out.
    const image = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-image-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(repo.dir, file), path.join(image, file));
      const ci = run('npm', ['ci', '--omit=dev', '--offline', '--no-audit', '--no-fund'], image);
      expect(ci.code, ci.stderr).toBe(0);
      expect(fs.existsSync(path.join(image, 'node_modules/promptvault'))).toBe(false);
      const said = `${ci.stdout}${ci.stderr}`.split('\n').filter((line) => line.includes('promptvault'));
      expect(said.filter((line) => !line.startsWith('>'))).toEqual(['promptvault is not installed here (a production install, npm ci --omit=dev): git hooks skipped']);
    } finally {
      fs.rmSync(image, { recursive: true, force: true });
    }
  });

  it('the prepare script runs the installed promptvault init --hooks where it is installed', () => {
    fs.rmSync(path.join(repo.dir, '.husky/_'), { recursive: true, force: true });
    const prepared = run('npm', ['run', 'prepare']);
    expect(prepared.code, prepared.stderr).toBe(0);
    expect(prepared.stdout).not.toContain('git hooks skipped\n');
    expect(fs.existsSync(path.join(repo.dir, '.husky/_/pre-commit'))).toBe(true);
  });

  it('the prepare script still fails loudly when promptvault is installed and its command fails', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-broken-'));
    try {
      fs.copyFileSync(path.join(repo.dir, 'package.json'), path.join(copy, 'package.json'));
      // Installed (it resolves) but broken: its command exits 3 without doing its work.
      fs.mkdirSync(path.join(copy, 'node_modules/promptvault'), { recursive: true });
      fs.writeFileSync(path.join(copy, 'node_modules/promptvault/package.json'), JSON.stringify({ name: 'promptvault', version: '0.0.0' }));
      fs.mkdirSync(path.join(copy, 'node_modules/.bin'));
      fs.writeFileSync(path.join(copy, 'node_modules/.bin/promptvault'), '#!/bin/sh\necho "promptvault: broken install" >&2\nexit 3\n', { mode: 0o755 });
      const prepared = run('npm', ['run', 'prepare'], copy);
      expect(prepared.code).not.toBe(0);
      expect(prepared.stderr).toContain('promptvault: broken install');
      expect(prepared.stdout.split('\n').filter((line) => !line.startsWith('>')).join('\n')).not.toContain('git hooks skipped');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("names the bare prepare script an older init wrote (init --hooks, doctor), and init replaces it; the user's own is kept", () => {
    const pkg = JSON.parse(repo.read('package.json')) as { scripts: Record<string, string> };
    const withScript = (prepare: string) => fs.writeFileSync(path.join(repo.dir, 'package.json'), `${JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, prepare } }, null, 2)}\n`);
    withScript(`tsc -b && ${OLD_PREPARE_SCRIPT}`);
    const hooks = promptvault(['init', '--hooks']);
    expect(hooks.code, hooks.stderr).toBe(0);
    expect(hooks.stderr).toContain('an older promptvault init wrote it');
    expect(JSON.parse(repo.read('package.json')).scripts.prepare).toBe(`tsc -b && ${OLD_PREPARE_SCRIPT}`);
    const doctor = promptvault(['doctor']);
    expect(doctor.stdout).toContain('fails `npm ci --omit=dev`');
    const init = promptvault(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(JSON.parse(repo.read('package.json')).scripts.prepare).toBe(`tsc -b && ${PREPARE_SCRIPT}`);
    expect(promptvault(['doctor']).stdout).not.toContain('fails `npm ci --omit=dev`');
    withScript(`${OLD_PREPARE_SCRIPT} || true`);
    expect(promptvault(['init', '--hooks']).stderr).not.toContain('an older promptvault init wrote it');
    expect(promptvault(['init']).code).toBe(0);
    expect(JSON.parse(repo.read('package.json')).scripts.prepare).toBe(`${OLD_PREPARE_SCRIPT} || true`);
  });
});

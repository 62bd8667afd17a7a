// A repository whose hooks folder is another tool's (`core.hooksPath .githooks`, a secret scanner)
// before adoption: init refuses to replace it and gives the lines that chain promptvault from each
// hook. A team that added them and ran init again was refused all the same (exit 1, nothing
// written) while doctor said every hook runs promptvault: no config, no vault/, no adoption. Now
// init goes through once every hook runs promptvault, writing no husky hooks, prepare script or
// .gitattributes line (as with the pre-commit framework), and lists package.json to stage.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';

const CLI = `"${process.execPath}" "${path.join(PROJECT_ROOT, 'scripts/bin.js')}"`;
const LINES: Record<string, string> = {
  'pre-commit': `${CLI} record --hook pre-commit`,
  'pre-merge-commit': `${CLI} record --hook pre-merge-commit`,
  'post-commit': `${CLI} repair --hook post-commit`,
  'post-rewrite': `${CLI} repair --hook post-rewrite "$1"`,
};

let team: TestRepo;
beforeAll(() => {
  team = createRepo({ hooks: false });
  team.write('.githooks/pre-commit', '#!/bin/sh\necho "secret scan: clean" >&2\n');
  fs.chmodSync(path.join(team.dir, '.githooks/pre-commit'), 0o755);
  expect(team.git(['config', 'core.hooksPath', '.githooks']).code).toBe(0);
  team.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You handle refund requests.'));
  team.write('package.json', '{\n  "name": "shop",\n  "private": true\n}\n');
  expect(team.commit('before adoption', '2026-01-02').stderr).toContain('secret scan: clean');
  // What `npm install -D promptvault` leaves: a devDependency not committed yet.
  team.write('package.json', '{\n  "name": "shop",\n  "private": true,\n  "devDependencies": { "promptvault": "^0.1.0" }\n}\n');
}, 120_000);
afterAll(() => team?.cleanup());

/** Adds promptvault's line to each of `hooks` in .githooks (a new executable file where there is none). */
function chain(repo: TestRepo, hooks: string[]): void {
  for (const hook of hooks) {
    const file = path.join(repo.dir, '.githooks', hook);
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '#!/bin/sh\n';
    fs.writeFileSync(file, `${text}${LINES[hook]}\n`);
    fs.chmodSync(file, 0o755);
  }
}

describe('init in a repository whose core.hooksPath is its own', () => {
  it('refuses, writing nothing, while a hook there does not run promptvault', () => {
    const repo = copyRepo(team);
    try {
      chain(repo, ['pre-commit']);
      const refused = repo.cli(['init']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('git\'s core.hooksPath is ".githooks"');
      expect(refused.stderr).toContain('post-rewrite:  npx --no-install promptvault repair --hook post-rewrite "$1"');
      expect(repo.exists('.promptvault.yaml')).toBe(false);
      expect(repo.exists('vault')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('lists only the lines still missing when some hooks are chained, and names a chained file git cannot run', () => {
    const repo = copyRepo(team);
    try {
      chain(repo, ['pre-commit', 'post-commit']);
      const two = repo.cli(['init']);
      expect(two.code).toBe(1);
      expect(two.stderr).toContain('adding these lines to the hook files in .githooks (pre-commit, post-commit already run promptvault):');
      expect(two.stderr).toContain('  pre-merge-commit:  npx --no-install promptvault record --hook pre-merge-commit');
      expect(two.stderr).toContain('  post-rewrite:  npx --no-install promptvault repair --hook post-rewrite "$1"');
      expect(two.stderr).not.toContain('  pre-commit:  ');
      expect(two.stderr).not.toContain('  post-commit:  ');
      chain(repo, ['pre-merge-commit', 'post-rewrite']);
      fs.chmodSync(path.join(repo.dir, '.githooks/post-rewrite'), 0o644);
      const one = repo.cli(['init']);
      expect(one.code).toBe(1);
      expect(one.stderr).not.toMatch(/^  [a-z-]+:  /m);
      expect(one.stderr).toContain('and make this file executable, or git never runs it: chmod +x .githooks/post-rewrite');
      expect(repo.exists('.promptvault.yaml')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('goes through once every hook runs promptvault, installs no husky hooks, and the team\'s hooks record the commits', () => {
    const repo = copyRepo(team);
    try {
      chain(repo, Object.keys(LINES));
      // doctor (the test repository has no node_modules/promptvault; the hooks run the sources) reads each as chained.
      const doctor = repo.cli(['doctor']).stdout;
      for (const hook of Object.keys(LINES)) expect(doctor).toContain(`ok  ${hook}: runs promptvault`);
      const init = repo.cli(['init']);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain('promptvault init: the hook files in .githooks (git\'s core.hooksPath, yours) run promptvault, so husky\'s hooks, the prepare script and the .gitattributes line for them were not written');
      expect(init.stdout).toContain('Stage these files: git add .promptvault.yaml vault/README.md package.json');
      expect(repo.exists('.promptvault.yaml')).toBe(true);
      expect(repo.exists('.husky')).toBe(false);
      expect(repo.exists('.gitattributes')).toBe(false);
      expect(repo.read('package.json')).not.toContain('prepare');
      expect(repo.git(['config', 'core.hooksPath']).stdout.trim()).toBe('.githooks');
      expect(repo.git(['add', '.githooks', '.promptvault.yaml', 'vault/README.md', 'package.json']).code).toBe(0);
      const backfill = repo.cli(['backfill']);
      expect(backfill.code, backfill.stderr).toBe(0);
      const adopted = repo.commit('Adopt promptvault', '2026-01-03');
      expect(adopted.code, adopted.stderr).toBe(0);
      repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'You handle refund requests politely.'));
      const edited = repo.commit('politely', '2026-01-04');
      expect(edited.code, edited.stderr).toBe(0);
      expect(edited.stderr).toContain('secret scan: clean');
      expect(edited.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6} \(edit from refund@v1/);
      const checked = repo.cli(['check']);
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
      // `init --hooks` (npm's prepare) has nothing to install there either.
      const hooks = repo.cli(['init', '--hooks']);
      expect(hooks.code, hooks.stderr).toBe(0);
      expect(repo.exists('.husky')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});

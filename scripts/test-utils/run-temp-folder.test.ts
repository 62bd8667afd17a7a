import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from './repo.ts';
import { removeFoldersOfEndedRuns, RUN_FOLDER_VARIABLE } from './run-temp-folder-setup.ts';

// The run's temporary folder (run-temp-folder-setup.ts): what tests and their children make in a
// temporary folder is under it, so the run's teardown, or the next run's start, removes it all.

const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-run-folders-'));
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('the run temporary folder', () => {
  it('is the temporary folder of the test process and of what it runs, repositories included', () => {
    const runFolder = path.basename(os.tmpdir());
    expect(runFolder).toMatch(/^promptvault-run-\d+-/);
    const repo = createRepo();
    try {
      expect(path.dirname(repo.dir)).toBe(os.tmpdir());
      // A child's temporary folder: git, a hook and the CLI get the test environment.
      const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { env: repo.env(), encoding: 'utf8' });
      expect(child.stdout).toBe(os.tmpdir());
    } finally {
      repo.cleanup();
    }
  });

  it('holds the new repositories createRepo copies, made once per run for every test process', () => {
    expect(process.env[RUN_FOLDER_VARIABLE]).toBe(os.tmpdir());
    const repos = [createRepo(), createRepo({ hooks: false })];
    try {
      for (const kind of ['hooks', 'plain']) expect(fs.existsSync(path.join(os.tmpdir(), 'fresh-repos', kind, '.git/HEAD'))).toBe(true);
      expect(fs.existsSync(path.join(os.tmpdir(), 'fresh-repos/hooks/.husky/pre-commit'))).toBe(true);
      expect(repos[0]!.git(['config', 'core.hooksPath']).stdout.trim()).toBe('.husky/_');
      expect(repos[1]!.git(['config', 'core.hooksPath']).code).not.toBe(0);
      // What a later test process finds: the same folders, nothing being built beside them.
      expect(fs.readdirSync(path.join(os.tmpdir(), 'fresh-repos')).sort()).toEqual(['hooks', 'plain']);
    } finally {
      for (const repo of repos) repo.cleanup();
    }
  });

  it('removes at start the folders of runs whose process has ended, and no other', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const folders = {
      endedRun: `promptvault-run-${ended}-AbC123`,
      liveRun: `promptvault-run-${process.ppid}-XyZ789`,
      ownRun: `promptvault-run-${process.pid}-Own456`,
      notARun: `promptvault-test-${ended}-Qrs000`,
    };
    for (const folder of Object.values(folders)) fs.mkdirSync(path.join(parent, folder, 'repo/.git'), { recursive: true });
    expect(removeFoldersOfEndedRuns(parent)).toEqual([folders.endedRun]);
    expect(fs.readdirSync(parent).sort()).toEqual([folders.liveRun, folders.notARun, folders.ownRun].sort());
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { waitUntil } from '../../test-utils/wait.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** The YAML files under dir, read while a hook may be writing there: a folder of its run (`vault/.tmp/run-*`) can go mid-scan, and the scan is made again. */
function yamlFiles(dir: string): string[] {
  for (;;) {
    if (!fs.existsSync(dir)) return [];
    try {
      return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
        .map((entry) => path.join(entry.parentPath, entry.name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

describe('a killed hook', () => {
  it('leaves no half-written record, and a re-run completes the commit', async () => {
    repo = createRepo();
    for (let i = 0; i < 400; i++) repo.write(`prompts/p${i}.md`, promptFile({ title: `Prompt ${i}` }, `Answer question ${i} politely and briefly. You must never guess.`));
    repo.git(['add', '-A']);
    // Killed at different moments of the writing (400 prompts make 800 record files, a mutation and
    // a checkpoint each): once the first is in place, a third of them, nearly all (or once the run
    // ended, if it got there first). Moments counted in files, not milliseconds: on a loaded
    // machine a fixed delay can fall before the run has written anything.
    const lock = path.join(repo.dir, '.git', 'index.lock');
    for (const written of [1, 270, 780]) {
      // Records rewritten by this run (a killed run's leftovers are removed and written anew) are
      // newer than every file an earlier run left.
      const before = Math.max(0, ...yamlFiles(path.join(repo.dir, 'vault')).map((file) => fs.statSync(file).mtimeMs));
      const fresh = () => yamlFiles(path.join(repo.dir, 'vault')).filter((file) => (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > before).length;
      // Its own process group, so that the kill takes the git processes the hook started with it,
      // as a terminal's kill does: an orphaned git would go on working (and hold the index lock)
      // after the test moved on.
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/cli.ts'), 'record'], { cwd: repo.dir, env: repo.env(), stdio: 'ignore', detached: true });
      let exited = false;
      const closed = new Promise((resolve) => child.on('close', () => resolve(exited = true)));
      await waitUntil(() => exited || fresh() >= written, `${written} record file(s) written by the hook`);
      killGroup(child.pid!);
      await closed;
      expect(fs.existsSync(lock), `${lock} left behind by a hook killed after ${written} record file(s)`).toBe(false);
      for (const file of yamlFiles(path.join(repo.dir, 'vault'))) {
        expect(() => parse(fs.readFileSync(file, 'utf8')), file).not.toThrow();
        expect(parse(fs.readFileSync(file, 'utf8'))).toHaveProperty('prompt');
      }
    }
    const committed = repo.commit('add 400 prompts', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    expect(repo.filesAtHead('vault/mutations/')).toHaveLength(400);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

/** SIGKILLs a process group; one that has just ended on its own is no error. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

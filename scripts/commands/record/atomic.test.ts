import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('a killed hook', () => {
  it('leaves no half-written record, and a re-run completes the commit', async () => {
    repo = createRepo();
    for (let i = 0; i < 400; i++) repo.write(`prompts/p${i}.md`, promptFile({ title: `Prompt ${i}` }, `Answer question ${i} politely and briefly. You must never guess.`));
    repo.git(['add', '-A']);
    // Killed at different moments of the run; whatever moment it is, every YAML file is whole.
    for (const delay of [250, 600, 900]) {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/cli.ts'), 'record'], { cwd: repo.dir, stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      // A git the hook had started (update-index, say) outlives it and lets go of the index lock
      // when it finishes; the hook's own lock is held only for a link and a rename, so a lock
      // still there once its git processes are done is one the kill left behind.
      const lock = path.join(repo.dir, '.git', 'index.lock');
      for (let waited = 0; fs.existsSync(lock) && waited < 30_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fs.existsSync(lock), `${lock} left behind by a hook killed after ${delay} ms`).toBe(false);
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

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, type TestRepo } from './test-utils/repo.ts';

// Output through a pipe, as `promptvault export | wc -l` and `promptvault check | tail -1` see it.
// A pipe holds 64 KiB; everything here writes several times that, so a CLI that exits before its
// output has drained loses the rest (and did: exit 0 with 64 KiB of a 190 KiB export).

let repo: TestRepo;
const PROMPTS = 400;

/** Runs the CLI through a shell pipeline, the way a user does. */
function pipeline(command: string): { code: number; stdout: string; stderr: string } {
  const cli = `node ${JSON.stringify(path.join(PROJECT_ROOT, 'scripts/cli.ts'))}`;
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('promptvault', cli)], {
    cwd: repo.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // Committed without the hook: every prompt is "not recorded", one problem each for `check`.
  repo = createRepo({ hooks: false });
  for (let i = 1; i <= PROMPTS; i++) {
    repo.write(`prompts/team/prompt-${String(i).padStart(3, '0')}.md`, `---\ntitle: Prompt ${i}\ntags: [support, billing, tier-${i % 7}]\n---\nYou answer question ${i} politely.\nYou must never promise a refund date.\n`);
  }
  expect(repo.commit('prompts without the hook', '2026-01-02').code).toBe(0);
}, 120_000);

afterAll(() => repo?.cleanup());

describe('output written to a pipe', () => {
  it('check | tail -1 shows the verdict after more than 64 KiB of problems', () => {
    const full = repo.cli(['check']);
    expect(full.code).toBe(1);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(64 * 1024);
    expect(full.stdout.match(/: has no checkpoint in vault\//g)).toHaveLength(PROMPTS);

    const tail = pipeline('promptvault check | tail -1');
    expect(tail.stdout).toBe(`promptvault check: ${PROMPTS} prompts, 0 clauses, 0 checkpoints, 0 mutations, 0 audits: 0 invalid, ${PROMPTS} out of sync, 0 unreviewed regression(s)\n`);
    // pipefail: the exit code is check's own, not tail's.
    expect(tail.code).toBe(1);
  });

  it('export piped through wc equals the rows written with --out, for CSV and JSON', () => {
    const filled = repo.cli(['backfill']);
    expect(filled.code, filled.stderr).toBe(0);
    expect(repo.commit('Backfill the prompt vault', '2026-01-03').code).toBe(0);

    for (const format of ['csv', 'json']) {
      const out = `export.${format}`;
      expect(repo.cli(['export', '--format', format, '--out', out]).code).toBe(0);
      const written = repo.read(out);
      const piped = pipeline(`promptvault export --format ${format} | cat`);
      expect(piped.code, piped.stderr).toBe(0);
      expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(64 * 1024);
      expect(piped.stdout).toBe(written);
      expect(pipeline(`promptvault export --format ${format} | wc -l`).stdout.trim()).toBe(String(written.split('\n').length - 1));
    }
    expect(JSON.parse(repo.read('export.json'))).toHaveLength(PROMPTS);
    expect(repo.read('export.csv').split('\r\n').filter(Boolean)).toHaveLength(PROMPTS + 1);
  });

  it('stops quietly when the reader goes away (export | head -1)', () => {
    const head = pipeline('promptvault export --format csv | head -1');
    expect(head.stdout).toMatch(/^prompt,version,title,/);
    expect(head.stderr).toBe('');
    expect(head.code).toBe(0);
  });
});

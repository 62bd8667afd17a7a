import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, type RunResult, type TestRepo } from './test-utils/repo.ts';

// Output through a pipe, as `promptvault export | wc -l` and `promptvault check | tail -1` see it.
// A pipe holds 64 KiB; everything here writes several times that, so a CLI that exits before its
// output has drained loses the rest (and did: exit 0 with 64 KiB of a 190 KiB export).

let repo: TestRepo;
/** `check` before the vault was backfilled: one problem per prompt. */
let unrecorded: { full: RunResult; tail: RunResult };
const PROMPTS = 240;
// Long folder names and titles make every row and every problem long: a few pipes' worth of
// output from a vault small enough to backfill quickly.
const FOLDER = 'prompts/customer-support-and-billing-escalations/regional-teams-europe-middle-east-africa';

/** Runs the CLI through a shell pipeline, the way a user does. */
function pipeline(command: string): RunResult {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command.replace(/^promptvault /, 'node "$PV" ')], {
    cwd: repo.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`, PV: path.join(PROJECT_ROOT, 'scripts/bin.js') },
  });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // Committed without the hook: every prompt is "not recorded", one problem each for `check`.
  repo = createRepo({ hooks: false });
  // Adopted (init's config), not yet backfilled: a commit without a config is not checked at all.
  repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\n");
  for (let i = 1; i <= PROMPTS; i++) {
    repo.write(`${FOLDER}/prompt-${String(i).padStart(3, '0')}.md`, `---\ntitle: Prompt ${i} for the refunds, chargebacks, invoices and delivery questions our European, Middle Eastern and African customers ask\ntags: [support, billing, refunds, chargebacks, tier-${i % 7}]\n---\nYou answer question ${i} politely.\nYou must never promise a refund date.\n`);
  }
  expect(repo.commit('prompts without the hook', '2026-01-02').code).toBe(0);
  unrecorded = { full: repo.cli(['check']), tail: pipeline('promptvault check | tail -1') };
  // Then the records, for export and build.
  const filled = repo.cli(['backfill']);
  expect(filled.code, filled.stderr).toBe(0);
  expect(repo.commit('Backfill the prompt vault', '2026-01-03').code).toBe(0);
});

afterAll(() => repo?.cleanup());

describe('output written to a pipe', () => {
  it('check | tail -1 shows the verdict after more than 64 KiB of problems', () => {
    const { full, tail } = unrecorded;
    expect(full.code).toBe(1);
    expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(64 * 1024);
    expect(full.stdout.match(/: has no checkpoint in vault\//g)).toHaveLength(PROMPTS);

    expect(tail.stdout).toBe(`promptvault check: ${PROMPTS} prompts, 0 clauses, 0 checkpoints, 0 mutations, 0 audits: 0 invalid, ${PROMPTS} out of sync, 0 unreviewed regression(s)\n`);
    // pipefail: the exit code is check's own, not tail's.
    expect(tail.code).toBe(1);
  });

  it.each(['csv', 'json'])('export --format %s piped equals what --out writes (and wc -l counts every row)', (format) => {
    const out = `export.${format}`;
    expect(repo.cli(['export', '--format', format, '--out', out]).code).toBe(0);
    const written = repo.read(out);
    expect(Buffer.byteLength(written)).toBeGreaterThan(64 * 1024);
    if (format === 'json') expect(JSON.parse(written)).toHaveLength(PROMPTS);
    else expect(written.split('\r\n').filter(Boolean)).toHaveLength(PROMPTS + 1);
    const piped = pipeline(`promptvault export --format ${format} | cat`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(written);
    if (format === 'csv') expect(pipeline('promptvault export --format csv | wc -l').stdout.trim()).toBe(String(PROMPTS + 1));
  });

  it('stops quietly when the reader goes away (export | head -1)', () => {
    const head = pipeline('promptvault export --format csv | head -1');
    expect(head.stdout).toMatch(/^prompt,version,title,/);
    expect(head.stderr).toBe('');
    expect(head.code).toBe(0);
  });

  it('build --progress shows each step on stderr; piped stdout holds only the result line', () => {
    const out = path.join(repo.dir, 'site-out');
    const built = pipeline(`promptvault build --progress --out ${JSON.stringify(out)} | cat`);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^promptvault build: \d+ pages in .*site-out\n$/);
    const steps = built.stderr.split('\n').filter((line) => line.startsWith('promptvault build: ')).map((line) => line.replace(/^promptvault build: +[\d.]+ s {2}/, ''));
    expect(steps).toEqual([
      'loading Astro',
      'reading the vault (prompts, clauses, records, their history)',
      'bundling the pages and the grid',
      'pages rendered',
      expect.stringMatching(/^\d+ pages written$/),
      `copying the site to ${out}`,
    ]);
  });
});

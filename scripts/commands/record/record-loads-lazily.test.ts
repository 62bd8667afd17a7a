import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// Most commits stage no prompt, clause or config: the hook then diffs the index and exits, and
// every module it loads is paid for by that commit. The YAML library (262 KB in the bundle), the
// schema checks, the prompt parser with its format detector and the lineage reader are needed only
// once the diff shows something to record; record/index.ts imports them there (session 37: 45
// bundle chunks loaded by such a commit, 25 after). A fresh Node process runs `record` as the hook
// does, with a module hook listing what it resolves.
const PROBE = [
  "import module from 'node:module';",
  'const resolved = [];',
  'module.registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); resolved.push(result.url); return result; } });',
  'const { record } = await import(process.env.PROBED_MODULE);',
  "await record({ cwd: process.env.PROBED_REPO, hook: 'pre-commit' });",
  'process.stdout.write(JSON.stringify(resolved));',
].join('\n');

/** The URLs a fresh Node process resolves while running the hook's `record` on `repo`'s index. */
function resolvedByHook(repo: TestRepo): string[] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    cwd: repo.dir, encoding: 'utf8',
    env: { ...repo.env(), PROBED_MODULE: pathToFileURL(path.join(PROJECT_ROOT, 'scripts/commands/record/index.ts')).href, PROBED_REPO: repo.dir, NODE_OPTIONS: '' },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

/** What a commit with nothing to record must not load. */
const NOT_FOR_OTHER_FILES = /\/node_modules\/(yaml|zod)\/|\/scripts\/lib\/(yaml-library|schema\/validate|prompt\/parse|formats\/[^/]+|vault\/(read-lineage|staged-conflicts)|recorder\/[^/]+)\.ts$|\/scripts\/commands\/record\/(recording|unhooked-moves)\.ts$/;

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy in plain words.'));
  repo.write('codex/privacy/no-share.md', '---\ntitle: No sharing\ntone: formal\n---\nThe assistant must never share account numbers.\n');
  expect(repo.commit('a prompt and a clause', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('the hook on a commit staging no prompt, clause or config', () => {
  it('loads neither the YAML library, the schema checks, the prompt parser nor the recorder', () => {
    repo.write('src/app.ts', 'export const answer = 42;\n');
    repo.git(['add', 'src/app.ts']);
    const urls = resolvedByHook(repo);
    // The probe sees the hook's own modules (the diff ran)...
    expect(urls.some((url) => url.endsWith('/scripts/lib/git/index.ts'))).toBe(true);
    expect(urls.filter((url) => NOT_FOR_OTHER_FILES.test(url))).toEqual([]);
  });

  it('loads them, seen by the same probe, once a prompt is staged', () => {
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Confirm the order number, then explain the refund policy briefly.'));
    repo.git(['add', 'prompts/support/refund.md']);
    const urls = resolvedByHook(repo);
    expect(urls.some((url) => url.endsWith('/scripts/commands/record/recording.ts'))).toBe(true);
    expect(urls.some((url) => url.endsWith('/scripts/lib/prompt/parse.ts'))).toBe(true);
  });
});

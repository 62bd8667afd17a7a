import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { parsePrompt } from '../../lib/prompt/parse.ts';
import { loadBpeCounter } from '../../lib/traits/bpe-table-fs.ts';
import type { BpeCounter } from '../../lib/traits/bpe-table.ts';
import { promptChunkMeasurer } from '../../lib/traits/chunk-store-fs.ts';
import { measureBody } from '../../lib/traits/measure.ts';
import { record } from '../record/index.ts';
import { backfill } from './index.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

let counter: BpeCounter;
beforeAll(async () => {
  counter = await loadBpeCounter('o200k_base');
});

/** A body of many paragraphs (they group by content: several chunks per body), `word` telling prompts apart. */
const body = (word: string, extra = '') => `${Array.from({ length: 30 }, (_, i) => `Step ${i}: you must ${word} the order of the customer, and never be rude about it! Check it ${'twice '.repeat(i % 4)}before you answer.`).join('\n\n')}\n${extra}`;

/** New prompts, an edit, a move and a deletion: HEAD holds versions with and without earlier ones. */
function historyRepo(): TestRepo {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, body('refund')));
  repo.write('prompts/support/greet.md', promptFile({ title: 'Greet' }, body('greet')));
  repo.write('prompts/old.md', promptFile({ title: 'Old' }, body('retire')));
  ok(repo.commit('add prompts', '2026-02-01'));
  repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, body('refund', '\nGive a reference number.\n')));
  repo.move('prompts/support/greet.md', 'prompts/general/greet.md');
  repo.remove('prompts/old.md');
  ok(repo.commit('edit, move, delete', '2026-02-02'));
  return repo;
}

const AT_HEAD = ['prompts/general/greet.md', 'prompts/support/refund.md'];

describe('backfill leaves the hook\'s chunks of every prompt at HEAD', () => {
  it('keeps each HEAD prompt\'s chunks in its file, so that its body is measured from them alone, equal to measuring it whole', async () => {
    const repo = historyRepo();
    expect((await backfill({ cwd: repo.dir })).problems).toEqual([]);
    const gitdir = path.join(repo.dir, '.git');
    for (const file of AT_HEAD) {
      const parsed = parsePrompt(fs.readFileSync(path.join(repo.dir, file)), file, path.basename(file, '.md'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const measurer = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: false });
      const whole = measureBody(parsed.value.body, { encoding: 'o200k_base', countTokens: (text) => counter.countTokens(text) }, { inferTone: true });
      expect(measurer.measure(parsed.value.body, counter, { inferTone: true, path: file })).toStrictEqual(whole);
      const stats = measurer.stats();
      expect(stats.tokenHits, file).toBeGreaterThan(0);
      expect(stats.proseHits, file).toBeGreaterThan(0);
      expect([stats.tokenMisses, stats.proseMisses, stats.fallbacks], file).toEqual([0, 0, 0]);
    }
    // One file per prompt at HEAD: none for the deleted prompt or the moved one's old path.
    const files = fs.readdirSync(path.join(gitdir, 'promptvault', 'chunks'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(AT_HEAD.length);
  });

  it('keeps the chunks of a text HEAD holds at two paths in the file of each', async () => {
    const repo = historyRepo();
    repo.write('prompts/copy/refund.md', repo.read('prompts/support/refund.md'));
    expect(repo.commit('copy the refund prompt', '2026-02-03').code).toBe(0);
    expect((await backfill({ cwd: repo.dir })).problems).toEqual([]);
    const gitdir = path.join(repo.dir, '.git');
    for (const file of [...AT_HEAD, 'prompts/copy/refund.md']) {
      const parsed = parsePrompt(fs.readFileSync(path.join(repo.dir, file)), file, path.basename(file, '.md'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const measurer = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: false });
      measurer.measure(parsed.value.body, counter, { inferTone: true, path: file });
      expect([measurer.stats().tokenMisses, measurer.stats().proseMisses], file).toEqual([0, 0]);
    }
    const files = fs.readdirSync(path.join(gitdir, 'promptvault', 'chunks'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files).toHaveLength(AT_HEAD.length + 1);
  });

  it('gives the next commit the same records with its chunks as without', async () => {
    const repo = historyRepo();
    expect((await backfill({ cwd: repo.dir })).problems).toEqual([]);
    expect(repo.commit('adopt the vault', '2026-02-03').code).toBe(0);
    repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, body('refund', '\nGive a reference number. Thank them kindly.\n')));
    repo.write('prompts/general/greet.md', promptFile({ title: 'Greet' }, body('greet').replace('Step 3', 'Step three')));
    expect(repo.git(['add', '-A']).code).toBe(0);
    const cold = copyRepo(repo);
    repos.push(cold);
    fs.rmSync(path.join(cold.dir, '.git', 'promptvault', 'chunks'), { recursive: true });
    const trees: string[] = [];
    for (const one of [repo, cold]) {
      const result = await record({ cwd: one.dir, hook: 'pre-commit', env: one.env({ GIT_COMMITTER_DATE: '2026-02-04T00:00:00Z' }) });
      expect(result.versions.map((version) => version.prompt).sort()).toEqual(['general/greet', 'support/refund']);
      trees.push(one.git(['write-tree']).stdout.trim());
    }
    expect(trees[0]).toBe(trees[1]);
  });
});

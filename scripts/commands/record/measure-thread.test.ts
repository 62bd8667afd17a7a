import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyToMeasure } from '../../lib/recorder/record-commit.ts';
import type { MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import { measureBody } from '../../lib/traits/measure.ts';
import { loadTokenizer, type TokenizerEncoding } from '../../lib/traits/tokens.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { record } from './index.ts';
import { startMeasureThread } from './measure-thread-fs.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const paragraph = (i: number) => `Step ${i}: you must confirm the order ${'number '.repeat(i % 5)}first, and never share another customer's data. Be kind! {{customer_${i % 3}}}`;
const body = (n: number) => Array.from({ length: n }, (_, i) => paragraph(i + n)).join('\n\n');

/** Bodies as the recorder offers them: some infer their tone, some declare one; two the same. */
const bodies: BodyToMeasure[] = Array.from({ length: 12 }, (_, i) => ({ body: i === 11 ? body(3) : body(2 + i), path: `prompts/p${i}.md`, inferTone: i % 3 !== 0 }));

/**
 * Runs a thread over `bodies` as the hook does: this side claims from the last body, measuring each
 * (here: noting it) only once the thread has finished, so the thread takes all it can.
 */
async function shareOut(encoding: TokenizerEncoding) {
  const thread = startMeasureThread({ encoding, bodies: bodies.length, cores: 2 });
  expect(thread).toBeDefined();
  const here: BodyToMeasure[] = [];
  const taken: [BodyToMeasure, MeasureEntry, string][] = [];
  for (const body of bodies) thread!.offer(body);
  await thread!.join({
    measure: async (measured) => {
      await thread!.threadDone;
      here.push(measured);
    },
    take: (measured, entry, takenEncoding) => {
      taken.push([measured, entry, takenEncoding]);
      return true;
    },
  });
  return { here, taken, measuredThere: await thread!.threadDone };
}

describe('a bulk commit\'s bodies measured on a second thread', () => {
  it('measures each body once, on one side or the other, and the thread\'s measures are measureBody\'s', async () => {
    const { here, taken, measuredThere } = await shareOut('o200k_base');
    expect(measuredThere).toBe(taken.length);
    expect(taken.length).toBeGreaterThan(0);
    expect([...here, ...taken.map(([measured]) => measured)].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...bodies].sort((a, b) => a.path.localeCompare(b.path)));
    const tokenizer = await loadTokenizer('o200k_base');
    for (const [measured, entry, encoding] of taken) {
      expect(encoding).toBe('o200k_base');
      const whole = measureBody(measured.body, tokenizer, { inferTone: measured.inferTone });
      expect(entry.traits).toStrictEqual(whole.traits);
      expect(entry.variables).toStrictEqual(whole.variables);
      expect(entry.inferredTone).toBe(whole.inferredTone);
    }
  });

  it('leaves every body to this side when the thread fails', async () => {
    // No table for this encoding: the thread's first body fails, after it claimed it.
    const { here, taken, measuredThere } = await shareOut('no_such_base' as TokenizerEncoding);
    expect(measuredThere).toBeUndefined();
    expect(taken).toEqual([]);
    expect(here.map((measured) => measured.path).sort()).toEqual(bodies.map((measured) => measured.path).sort());
  });

  it('starts no thread on one core', () => {
    expect(startMeasureThread({ encoding: 'o200k_base', bodies: 20, cores: 1 })).toBeUndefined();
  });
});

describe('the hook with a measuring thread', () => {
  /** A repository with one prompt recorded. */
  function stagedRepo(): TestRepo {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    repo.write('prompts/kept.md', promptFile({ title: 'Kept' }, body(4)));
    expect(repo.git(['add', '-A']).code).toBe(0);
    return repo;
  }

  it('writes the records a commit measured in one thread writes (40 prompts added, one edited)', async () => {
    const [withThread, alone] = [stagedRepo(), stagedRepo()];
    for (const repo of [withThread, alone]) {
      expect((await record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-02T00:00:00Z' }) })).written).toHaveLength(2);
      expect(repo.git(['commit', '-q', '--no-verify', '-m', 'add kept'], { date: '2026-01-02T00:00:00Z' }).code).toBe(0);
      for (let i = 0; i < 40; i++) repo.write(`prompts/p${i}.md`, promptFile(i % 3 === 0 ? { title: `P${i}`, tone: 'formal' } : { title: `P${i}` }, body(2 + (i % 7))));
      repo.write('prompts/kept.md', promptFile({ title: 'Kept' }, `${body(4)}\n\nOne more step.`));
      expect(repo.git(['add', '-A']).code).toBe(0);
    }
    const env = (repo: TestRepo) => repo.env({ GIT_COMMITTER_DATE: '2026-01-03T00:00:00Z' });
    let measuredThere: Promise<number | undefined> | undefined;
    // A thread this side waits for before measuring its own share: it takes every body but the last.
    const watched = async (prompts: number, encoding: TokenizerEncoding) => {
      expect(prompts).toBe(41);
      const thread = startMeasureThread({ encoding, bodies: prompts, cores: 2 })!;
      measuredThere = thread.threadDone;
      return { ...thread, join: (here: Parameters<typeof thread.join>[0]) => thread.join({ ...here, measure: async (measured) => here.measure((await thread.threadDone, measured)) }) };
    };
    const threaded = await record({ cwd: withThread.dir, hook: 'pre-commit', env: env(withThread), measureThread: watched });
    const single = await record({ cwd: alone.dir, hook: 'pre-commit', env: env(alone), measureThread: async () => undefined });
    // The 40 new prompts but the last, which this side took: the edited one has chunks kept from
    // its first commit (a small one) and is measured by them here, not handed over.
    expect(await measuredThere).toBe(39);
    expect(threaded.written).toHaveLength(82);
    expect(threaded.written).toEqual(single.written);
    for (const file of threaded.written) expect(fs.readFileSync(path.join(withThread.dir, file), 'utf8')).toBe(fs.readFileSync(path.join(alone.dir, file), 'utf8'));
    expect(withThread.git(['write-tree']).stdout).toBe(alone.git(['write-tree']).stdout);
  });
});

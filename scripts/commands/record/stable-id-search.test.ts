// The hook keeps front-matter ids unique. A search of every source blob (seconds at 10,000
// prompts) runs at most once a commit: here, where no list of stable ids is kept yet, the one
// `git grep` that builds it (later commits read the list: stable-id-list.test.ts); never once per
// prompt.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { stableIdPatterns } from '../../lib/recorder/collect.ts';

// Two prompts with ids, committed through the hook: each test commits on a copy.
let base: TestRepo;
beforeAll(() => {
  base = createRepo();
  base.write('prompts/alpha.md', promptFile({ title: 'Alpha', id: 'alpha' }, 'Answer billing questions.'));
  base.write('prompts/beta.md', promptFile({ title: 'Beta', id: 'beta' }, 'Answer shipping questions.'));
  expect(base.commit('base', '2026-01-02').code).toBe(0);
});
afterAll(() => base?.cleanup());

/** Commits `files` on a copy of the base; git's output, the `git grep` runs the hook made, whether HEAD moved. */
function commitTraced(files: Record<string, string>) {
  const repo = copyRepo(base);
  try {
    const before = repo.git(['rev-parse', 'HEAD']).stdout;
    for (const [file, content] of Object.entries(files)) repo.write(file, content);
    const trace = path.join(repo.dir, '.git', 'trace.txt');
    const result = repo.commit('add prompts', '2026-01-03', { env: { GIT_TRACE: trace } });
    const greps = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / git grep /.test(line));
    return { output: (result.stdout + result.stderr).replaceAll(repo.dir, '<repo>'), greps, moved: repo.git(['rev-parse', 'HEAD']).stdout !== before };
  } finally {
    repo.cleanup();
  }
}

describe('front-matter ids of a commit are checked with one search of the index', () => {
  it('finds each staged prompt whose id another prompt has, committed or staged, in one git grep', () => {
    const outcome = commitTraced({
      'prompts/gamma.md': promptFile({ title: 'Gamma', id: 'alpha' }, 'Answer refund questions.'),
      'prompts/delta.md': promptFile({ title: 'Delta', id: 'beta' }, 'Answer tax questions.'),
      'prompts/epsilon.md': promptFile({ title: 'Epsilon', id: 'twin' }, 'Answer login questions.'),
      'prompts/zeta.md': promptFile({ title: 'Zeta', id: 'twin' }, 'Answer password questions.'),
      'prompts/eta.md': promptFile({ title: 'Eta', id: 'unique' }, 'Answer account questions.'),
    });
    expect(outcome.moved).toBe(false);
    expect(outcome.output).toContain('prompts/gamma.md:3: front matter id "alpha" is already used by prompts/alpha.md');
    expect(outcome.output).toContain('prompts/delta.md:3: front matter id "beta" is already used by prompts/beta.md');
    expect(outcome.output).toContain('prompts/epsilon.md:3: front matter id "twin" is already used by prompts/zeta.md');
    expect(outcome.output).toContain('prompts/zeta.md:3: front matter id "twin" is already used by prompts/epsilon.md');
    expect(outcome.output).not.toContain('front matter id "unique"');
    expect(outcome.greps).toHaveLength(1);
  });

  it('records several new prompts whose ids are all unique after one git grep', () => {
    const outcome = commitTraced({
      'prompts/gamma.md': promptFile({ title: 'Gamma', id: 'gamma' }, 'Answer refund questions.'),
      'prompts/delta.md': promptFile({ title: 'Delta', id: 'delta' }, 'Answer tax questions.'),
      'prompts/epsilon.md': promptFile({ title: 'Epsilon', id: 'epsilon' }, 'Answer login questions.'),
    });
    expect(outcome.moved, outcome.output).toBe(true);
    expect(outcome.greps).toHaveLength(1);
  });

  it('runs no git grep for prompts without an id', () => {
    const outcome = commitTraced({ 'prompts/plain.md': promptFile({ title: 'Plain' }, 'Answer any question.') });
    expect(outcome.moved, outcome.output).toBe(true);
    expect(outcome.greps).toHaveLength(0);
  });
});

describe('the search patterns for many ids stay within what one argument may hold', () => {
  // As git grep -E reads them: [[:space:]] is \s in a JavaScript pattern.
  const matches = (pattern: string, line: string) => new RegExp(pattern.replaceAll('[[:space:]]', '\\s')).test(line);

  it('puts a commit\'s ids in one pattern that matches each id line and no other', () => {
    const patterns = stableIdPatterns(['refund', 'a.b', 'refund', "it's"]);
    expect(patterns).toHaveLength(1);
    for (const line of ['id: refund', 'id: "a.b"', "id: 'refund'", 'id:refund  ']) expect(matches(patterns[0]!, line), line).toBe(true);
    for (const line of ['id: aXb', 'id: refunds', 'title: refund', 'id: refund-2']) expect(matches(patterns[0]!, line), line).toBe(false);
  });

  it('splits thousands of ids into patterns of at most the budget, each id in exactly one', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `team-${i % 7}/prompt-${i}`);
    const patterns = stableIdPatterns(ids, 4_000);
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) expect(pattern.length).toBeLessThan(4_000 + 64);
    for (const id of ids) expect(patterns.filter((pattern) => matches(pattern, `id: ${id}`)), id).toHaveLength(1);
  });
});

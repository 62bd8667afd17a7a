// One label moved two ways on two branches, as the conflict suites replay it: `refund` edited on
// branch `side` and on main, each side committing its own v2 and setting `staging` on it. Merging
// `side` into main stops on a conflict in the prompt and inside `vault/labels/staging.yaml`.
import { expect } from 'vitest';
import { builtOnce } from './built-once.ts';
import { createRepo, type TestRepo } from './repo.ts';

/** The refund prompt with `line` as its last paragraph. */
export const refundPrompt = (line: string): string => `---\ntitle: Refund\n---\nYou help customers.\n\n${line}\n`;

/** The label both branches moved. */
export const LABEL_FILE = 'vault/labels/staging.yaml';

/**
 * A repository on main (v2 "Main line.", staged 2026-01-03) with branch `side` (v2 "Side line.",
 * staged 2026-01-02), both from v1 "First line."; nothing merged yet. Built once per run (five
 * hooked commits and two label runs) and copied for every later call (builtOnce): 8 calls in 4 files.
 */
export function createConflictingLabels(): TestRepo {
  return builtOnce('conflicting-labels', () => ({ repo: build() })).repo;
}

function build(): TestRepo {
  const repo = createRepo();
  repo.write('prompts/refund.md', refundPrompt('First line.'));
  expect(repo.commit('refund v1', '2026-01-01').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'side']);
  stageNewVersion(repo, 'Side line.', 'side', '2026-01-02');
  repo.git(['checkout', '-q', 'main']);
  stageNewVersion(repo, 'Main line.', 'main', '2026-01-03');
  return repo;
}

function stageNewVersion(repo: TestRepo, line: string, branch: string, date: string): void {
  repo.write('prompts/refund.md', refundPrompt(line));
  expect(repo.commit(`${branch} v2`, date).code).toBe(0);
  expect(repo.cli(['label', 'set', 'staging', 'refund@2']).code).toBe(0);
  expect(repo.commit(`stage ${branch}`, date, { add: false }).code).toBe(0);
}

// `init` over a codex holding a clause that does not read (front matter that is not YAML, no
// title) wrote its config and hooks anyway: the first commit touching the clause was then blocked
// and `backfill` skipped it in every commit it spans. init now refuses before writing anything,
// naming each file and line, and goes through once the clause is fixed or left out (--codex).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, type TestRepo } from '../../test-utils/repo.ts';

let adopting: TestRepo;
beforeAll(() => {
  adopting = createRepo({ hooks: false });
  adopting.write('prompts/support/refund.md', '---\ntitle: Refund\n---\nYou handle refund requests.\n');
  adopting.write('codex/refunds/limit.md', '---\ntitle: Refund limit\ntone: [formal\n---\nAgents may refund up to $100 without approval.\n');
  adopting.write('codex/privacy/accounts.md', '---\ntone: formal\n---\nAgents never read out a full account number.\n');
  adopting.write('codex/ok.md', '---\ntitle: Greeting\n---\nAgents greet the customer by name.\n');
  expect(adopting.commit('prompts and rules', '2026-01-02').code).toBe(0);
}, 120_000);
afterAll(() => adopting?.cleanup());

describe('init over a codex with clauses that do not read', () => {
  it('refuses, naming every bad clause with its line, and writes nothing', () => {
    const repo = copyRepo(adopting);
    try {
      const before = repo.git(['status', '--porcelain', '--ignored', '-uall']).stdout;
      const hooksPath = repo.git(['config', 'core.hooksPath']).stdout;
      const run = repo.cli(['init']);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('promptvault init: nothing was written; 2 problem(s) in the clause files the codex glob codex/**/*.md takes: fix them (each as named), or run init with --codex GLOB that leaves them out');
      expect(run.stderr).toContain('codex/refunds/limit.md:3: front matter is not valid YAML');
      expect(run.stderr).toContain('codex/privacy/accounts.md:2: title: is required and missing');
      expect(run.stderr).not.toContain('codex/ok.md');
      expect(repo.git(['status', '--porcelain', '--ignored', '-uall']).stdout).toBe(before);
      expect(repo.git(['config', 'core.hooksPath']).stdout).toBe(hooksPath);
      expect(repo.exists('.promptvault.yaml')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });

  it('goes through with a --codex glob that leaves them out, and once they are fixed', () => {
    const repo = copyRepo(adopting);
    try {
      const narrowed = repo.cli(['init', '--codex', 'codex/*.md']);
      expect(narrowed.code, narrowed.stderr).toBe(0);
      expect(repo.read('.promptvault.yaml')).toContain("codex: ['codex/*.md']");
      repo.remove('.promptvault.yaml');
      repo.write('codex/refunds/limit.md', '---\ntitle: Refund limit\ntone: formal\n---\nAgents may refund up to $100 without approval.\n');
      repo.write('codex/privacy/accounts.md', '---\ntitle: Account numbers\ntone: formal\n---\nAgents never read out a full account number.\n');
      const fixed = repo.cli(['init']);
      expect(fixed.code, fixed.stderr).toBe(0);
      expect(fixed.stdout).toContain('3 clause file(s) found');
    } finally {
      repo.cleanup();
    }
  });
});

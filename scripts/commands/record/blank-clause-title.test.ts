// A clause whose front matter `title` is only spaces (`title: ' '`) passed the schema (`min(1)`):
// the hook audited it and the site named it by its heading or file name, while a clause with no
// title at all was refused. Session 29 noticed it; now both are refused alike, by the hook, check
// and init, naming the file and the title's line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, NO_HOOKS, type TestRepo } from '../../test-utils/repo.ts';

const BLANK = "---\ntone: formal\ntitle: '  '\n---\nAgents never read out a full account number.\n";

let base: TestRepo;
beforeAll(() => {
  base = createRepo();
  base.write('codex/refunds/limit.md', '---\ntitle: Refund limit\n---\nAgents may refund up to $100 without approval.\n');
  expect(base.commit('a clause with a title', '2026-01-02').code).toBe(0);
}, 120_000);
afterAll(() => base?.cleanup());

describe('a clause whose title is only spaces', () => {
  it('blocks the commit, naming the file, the title line and a title to write, as a missing title does', () => {
    const repo = copyRepo(base);
    try {
      const head = repo.git(['rev-parse', 'HEAD']).stdout;
      repo.write('codex/privacy/accounts.md', BLANK);
      const blocked = repo.commit('a clause with a blank title', '2026-01-03');
      expect(blocked.code).not.toBe(0);
      expect(blocked.stderr).toContain('codex/privacy/accounts.md:3: title: is blank: a clause is named by its title, e.g. title: Never share account numbers');
      expect(blocked.stderr).not.toMatch(/\n\s+at .*\.[cm]?[jt]s:\d+/);
      expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(head);
      expect(repo.git(['diff', '--cached', '--name-only', '--', 'vault/']).stdout).toBe('');
      // The missing title, for comparison: the same code, file and fix.
      repo.write('codex/privacy/accounts.md', '---\ntone: formal\n---\nAgents never read out a full account number.\n');
      expect(repo.commit('a clause without a title', '2026-01-03').stderr).toContain('codex/privacy/accounts.md:2: title: is required and missing');
      repo.write('codex/privacy/accounts.md', BLANK.replace("'  '", 'Account numbers'));
      const named = repo.commit('a clause with a title', '2026-01-03');
      expect(named.code, named.stderr).toBe(0);
      expect(named.stderr).toContain('audit of privacy/accounts');
    } finally {
      repo.cleanup();
    }
  });

  it('fails check when committed without the hook, naming the file and line', () => {
    const repo = copyRepo(base);
    try {
      repo.write('codex/privacy/accounts.md', BLANK);
      expect(repo.git(['add', '-A']).code).toBe(0);
      expect(repo.git([...NO_HOOKS, 'commit', '-q', '-m', 'blank title, hooks off'], { date: '2026-01-03' }).code).toBe(0);
      const checked = repo.cli(['check']);
      expect(checked.code, checked.stderr).toBe(2);
      expect(checked.stdout + checked.stderr).toContain('codex/privacy/accounts.md:3: title: is blank');
    } finally {
      repo.cleanup();
    }
  });

  it('is refused by init before anything is written', () => {
    const repo = createRepo({ hooks: false });
    try {
      repo.write('codex/privacy/accounts.md', BLANK);
      expect(repo.commit('rules', '2026-01-02').code).toBe(0);
      const init = repo.cli(['init']);
      expect(init.code, init.stderr).toBe(2);
      expect(init.stderr).toContain('codex/privacy/accounts.md:3: title: is blank');
      expect(repo.exists('.promptvault.yaml')).toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});

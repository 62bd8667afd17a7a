// A clause whose front matter title is only spaces (`title: ' '`) passed the schema and the hook
// audited it; the site showed it as a blank <h1> on its page and an empty line in the codex list,
// then named it by its opening `# ` heading or its file name (clauseDisplayTitle). The schema now
// refuses it as it refuses a missing title (commands/record/blank-clause-title.test.ts): one
// committed without the hook stops the site's build, naming the file and line, as `check` does.
// clauseDisplayTitle still trims a title that has words and names one of another kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, NO_HOOKS, type TestRepo } from '../../../test-utils/repo.ts';
import { loadSite } from '../load-vault-fs.ts';
import { clauseDisplayTitle } from '../../prompt/clause-title.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('codex/refunds/limit.md', "---\ntitle: ' '\n---\n# Refund limit\n\nAgents may refund up to $100 without approval.\n");
  expect(repo.git(['add', '-A']).code).toBe(0);
  const committed = repo.git([...NO_HOOKS, 'commit', '-q', '-m', 'a clause with a blank title, hooks off'], { date: '2026-01-02' });
  expect(committed.code, committed.stderr).toBe(0);
}, 120_000);
afterAll(() => repo?.cleanup());

describe('a clause whose title is blank, on the site', () => {
  it('stops the build naming the file and line, never a page with an empty title', async () => {
    await expect(loadSite(repo.dir)).rejects.toThrow(/codex\/refunds\/limit\.md:2: title: is blank/);
  });

  it('keeps a title that has words, trimmed', () => {
    expect(clauseDisplayTitle({ frontMatter: { title: ' Refund limit ' }, body: '# Other\n\ntext', path: 'codex/a.md' })).toBe('Refund limit');
    expect(clauseDisplayTitle({ frontMatter: { title: 42 }, body: 'text', path: 'codex/a.md' })).toBe('a.md');
  });
});

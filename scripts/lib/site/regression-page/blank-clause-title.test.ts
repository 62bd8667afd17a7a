// A clause whose front matter title is only spaces (`title: ' '`) passes the schema and the hook
// audits it; the site showed it as a blank <h1> on its page and an empty line in the codex list.
// It is named by its opening `# ` heading, then by its file name, as the codex page names it too
// (clauseDisplayTitle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../../test-utils/repo.ts';
import { loadSite } from '../load-vault-fs.ts';
import { regressionMainHtml } from './main.ts';
import { clauseDisplayTitle } from '../../prompt/clause-title.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('codex/refunds/limit.md', "---\ntitle: ' '\n---\n# Refund limit\n\nAgents may refund up to $100 without approval.\n");
  repo.write('codex/privacy/accounts.md', "---\ntitle: ' '\ntone: formal\n---\nAgents never read out a full account number.\n");
  const committed = repo.commit('two clauses with blank titles', '2026-01-02');
  expect(committed.code, committed.stderr).toBe(0);
  expect(committed.stderr).toContain('audit of refunds/limit');
}, 120_000);
afterAll(() => repo?.cleanup());

describe('a clause whose title is blank, on the site', () => {
  it('is named by its opening heading, then by its file name, never by an empty string', async () => {
    const { data, model } = await loadSite(repo.dir);
    const titles = data.clauses.map((clause) => [clause.id, clauseDisplayTitle({ frontMatter: clause.front_matter, body: clause.body, path: clause.path })]);
    expect(titles).toEqual([['privacy/accounts', 'accounts.md'], ['refunds/limit', 'Refund limit']]);
    const page = regressionMainHtml('refunds/limit', model, (sitePath) => `/${sitePath}`);
    expect(page).toContain('<h1>Refund limit <span class="muted mono">refunds/limit</span></h1>');
    expect(regressionMainHtml('privacy/accounts', model, (sitePath) => `/${sitePath}`)).toContain('<h1>accounts.md <span class="muted mono">privacy/accounts</span></h1>');
  });

  it('keeps a title that has words, trimmed', () => {
    expect(clauseDisplayTitle({ frontMatter: { title: ' Refund limit ' }, body: '# Other\n\ntext', path: 'codex/a.md' })).toBe('Refund limit');
    expect(clauseDisplayTitle({ frontMatter: { title: 42 }, body: 'text', path: 'codex/a.md' })).toBe('a.md');
  });
});

// A clause about objects writes `__proto__` and `__init__`; the guard quoted them "proto" and
// "init" (it reads the text with Markdown's `__` and backticks stripped) in the audit, the report's
// Markdown and the site. Through a real commit: each shows the words as the clause writes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regressionMainHtml } from '../../lib/site/regression-page/main.ts';
import type { SiteAudit } from '../../lib/site/load-vault-fs.ts';
import type { SiteModel } from '../../lib/site/site-model.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

const clause = (body: string) => `---\ntitle: Objects\ntone: formal\n---\n${body}\n`;
let repo: TestRepo;
let audit: { reasons: { code: string; message: string }[] } & Record<string, unknown>;
let file = '';
beforeAll(() => {
  repo = createRepo();
  repo.write('codex/coding/objects.md', clause('The assistant must never change the __proto__ of an object. Never call `__init__` twice.'));
  expect(repo.commit('objects clause', '2026-01-02').code).toBe(0);
  repo.write('codex/coding/objects.md', clause('The assistant may change the __proto__ of an object. Call `__init__` twice if needed.'));
  const relaxed = repo.commit('relax the objects clause', '2026-01-03');
  expect(relaxed.stderr).toContain('FLAGGED');
  file = repo.addedInHead('vault/audits/')[0]!;
  audit = parse(repo.showHead(file));
});
afterAll(() => repo?.cleanup());

describe('a flagged clause that writes `__proto__` and `__init__`', () => {
  it('the audit quotes them as written, never "proto" or "init" alone', () => {
    const messages = audit.reasons.map((reason) => reason.message);
    expect(messages.join('\n')).toContain('"The assistant may change the __proto__ of an object."');
    expect(messages.join('\n')).toContain('"Call __init__ twice if needed."');
    expect(messages.join('\n')).not.toMatch(/\bproto\b|(?<!_)\binit\b/);
  });

  it('the report\'s Markdown escapes the underscores, so they show and nothing turns bold', () => {
    const report = repo.cli(['report', '--format', 'markdown', '--base', 'HEAD~1']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('"The assistant may change the \\_\\_proto\\_\\_ of an object."');
    expect(report.stdout).toContain('"Call \\_\\_init\\_\\_ twice if needed."');
  });

  it('the site\'s regression page shows them as written', () => {
    const id = file.replace(/^.*\/|\.yaml$/g, '');
    const siteAudit = { ...audit, id, clause: 'coding/objects', file, path: 'codex/coding/objects.md' } as unknown as SiteAudit;
    const model = { clauseFiles: new Map() as SiteModel['clauseFiles'], auditsByClause: new Map([['coding/objects', [siteAudit]]]), openAuditIds: new Set([id]) };
    const html = regressionMainHtml('coding/objects', model, (sitePath) => `/${sitePath}`);
    expect(html).toContain('in &quot;The assistant may change the __proto__ of an object.&quot;');
    expect(html).not.toContain('<strong>proto');
  });
});

import { describe, expect, it } from 'vitest';
import { regressionMainHtml, regressionPageTitle } from './main.ts';
import type { SiteAudit } from '../load-vault-fs.ts';
import type { SiteModel } from '../site-model.ts';
import { routes } from '../urls.ts';

const url = (sitePath: string) => `/base/${sitePath}`;
const HOSTILE = `"><img src=x onerror=alert(1)>`;
const SCRIPT = '<script>window.__pwned = 1</script>';

/** An audit of `clause`; `hostile` puts markup in everything a record can carry. */
function audit(clause: string, id: string, hostile: boolean, fields: Partial<SiteAudit> = {}): SiteAudit {
  return {
    id, clause, created_at: '2026-01-02T03:04:05Z', change: 'edited', path: `codex/${clause}.md`, file: `vault/audits/${clause}/${id}.yaml`,
    previous_version: hostile ? `old ${SCRIPT}` : 'old', new_version: hostile ? `new ${HOSTILE}` : 'new',
    similarity: { score: 0.5, threshold: 0.8, metric: hostile ? HOSTILE : 'cosine', embedder: hostile ? HOSTILE : 'builtin', model: hostile ? SCRIPT : 'v1' },
    tone: { declared: hostile ? HOSTILE : null, previous: hostile ? SCRIPT : null, new: 'neutral', formality_shift: 0.25, sentiment_shift: -0.5 },
    regression_flag: true,
    reasons: [{ code: hostile ? HOSTILE : 'modal-weakened', message: hostile ? `changed ${SCRIPT}` : 'changed' }],
    review: hostile ? { status: 'accepted', by: `Eve ${HOSTILE}`, at: '2026-01-03T00:00:00Z', note: SCRIPT } : { status: 'pending', by: null, at: null, note: null },
    prompt_delta: { citing: [{ prompt: hostile ? `lab/${HOSTILE}` : 'a/b', version: 2 }], changed_in_commit: [{ prompt: 'c/d', version: null }], changed_in_commit_total: 9 },
    commit: hostile ? `${HOSTILE}0000000` : '0123456789abcdef', committed_at: null, reverts: hostile ? HOSTILE : null, guard_version: hostile ? `0.1.0+${SCRIPT}` : '0.1.0+3fa9c2d1e0ab',
    ...(hostile ? { renamed_from: `old/${HOSTILE}` } : {}),
    ...fields,
  } as unknown as SiteAudit;
}

function model(clause: string, audits: SiteAudit[], open: string[], file?: { title: string; body: string; tone?: string }): Pick<SiteModel, 'clauseFiles' | 'auditsByClause' | 'openAuditIds'> {
  const files = new Map(file ? [[clause, { id: clause, path: `codex/${clause}.md`, text: '', body: file.body, content_hash: '', front_matter: { title: file.title, ...(file.tone ? { tone: file.tone } : {}) } }]] : []);
  return { clauseFiles: files as SiteModel['clauseFiles'], auditsByClause: new Map([[clause, audits]]), openAuditIds: new Set(open) };
}

describe('a clause\'s regression page', () => {
  it('lists the open audits first and every audit newest first, each open one with the command that closes it', () => {
    const audits = [audit('p/c', 'a1', false, { created_at: '2026-01-01T00:00:00Z' }), audit('p/c', 'a2', false)];
    const html = regressionMainHtml('p/c', model('p/c', audits, ['a1'], { title: 'Clause', body: 'text' }), url);
    expect(html).toContain('<span class="badge open">1 open</span> <a href="#a1"');
    expect(html.indexOf('id="a2"')).toBeLessThan(html.indexOf('id="a1"'));
    expect(html.match(/To close it: <code>/g)).toHaveLength(1);
    expect(html).toContain(`href="${url(routes.codex())}"`);
    expect(html).toContain(`href="${url(routes.prompt('a/b'))}"`);
    expect(html).toContain('9 prompt versions were recorded in that commit; the first 1 are listed.');
    expect(html).toContain('judged by guard <span class="mono" data-testid="guard-version">0.1.0+3fa9c2d1e0ab</span>');
    // An audit written before audits recorded their guard says nothing of it.
    expect(regressionMainHtml('p/c', model('p/c', [audit('p/c', 'a3', false, { guard_version: undefined })], []), url)).not.toContain('judged by guard');
    expect(regressionPageTitle('p/c')).toBe('Regressions of p/c');
  });

  it('says who may close an open audit: the reviewers .promptvault.yaml names, not the change\'s author', () => {
    const html = regressionMainHtml('p/c', model('p/c', [audit('p/c', 'a1', false)], ['a1'], { title: 'Clause', body: 'text' }), url, { reviewers: ['Dana Lee <dana@example.com>'], allow_self_review: false });
    expect(html).toContain('(or --reject), run by a reviewer named in .promptvault.yaml review.reviewers (Dana Lee &lt;dana@example.com&gt;) other than the change&#39;s author and committed as themselves</code>');
  });

  it('asks for a rejection of a flagged change that a later audit changed back, as check does', () => {
    const flagged = audit('p/c', 'a1', false, { created_at: '2026-01-01T00:00:00Z', previous_hash: 'sha256-old', new_hash: 'sha256-weak' } as Partial<SiteAudit>);
    const back = audit('p/c', 'a2', false, { regression_flag: false, previous_hash: 'sha256-weak', new_hash: 'sha256-old' } as Partial<SiteAudit>);
    const html = regressionMainHtml('p/c', model('p/c', [flagged, back], ['a1'], { title: 'Clause', body: 'text' }), url);
    expect(html).toContain('To close it: <code>npx promptvault review p/c --audit a1 --reject --note &quot;changed back by audit a2&quot;  (a rejection of a change undone since closes it)</code>');
  });

  it('links a revert\'s audit to the flagged audit it undoes only when that one is on the page (a squash can leave it out)', () => {
    const flagged = audit('p/c', 'a1', false, { created_at: '2026-01-01T00:00:00Z' });
    const back = audit('p/c', 'a2', false, { regression_flag: false, reverts: 'a1' } as Partial<SiteAudit>);
    expect(regressionMainHtml('p/c', model('p/c', [flagged, back], [], { title: 'Clause', body: 'text' }), url)).toContain('the flagged audit <a href="#a1">');
    const alone = regressionMainHtml('p/c', model('p/c', [back], [], { title: 'Clause', body: 'text' }), url);
    expect(alone).not.toContain('href="#a1"');
    expect(alone).toContain('<p data-testid="reverts-missing">Restores the text that the flagged audit <span class="mono">a1</span> replaced, so it is not flagged; that audit is not in this vault');
    // The flagged audit of the id the clause had before a move is on that id's page.
    const moved = regressionMainHtml('p/new', { ...model('p/new', [back], [], { title: 'Clause', body: 'text' }), auditsByClause: new Map([['p/new', [back]], ['p/c', [flagged]]]) }, url);
    expect(moved).toContain(`the flagged audit <a href="${url(routes.regression('p/c'))}#a1"><span class="mono">a1</span></a> (of p/c, before the clause moved) replaced`);
  });

  it('says a clause without a file was deleted and a clause without audits has none', () => {
    expect(regressionMainHtml('p/gone', model('p/gone', [audit('p/gone', 'a1', false)], []), url)).toContain('deleted: no file in the working tree');
    const empty = regressionMainHtml('p/empty', model('p/other', [], [], { title: 'Empty', body: 'x' }), url);
    expect(empty).toContain('No audit recorded for this clause yet.');
  });

  it('escapes every value from a clause or an audit, in text and in attributes', () => {
    const id = `a-${HOSTILE}`;
    const html = regressionMainHtml('p/c', model('p/c', [audit('p/c', id, true)], [id], { title: `Title ${SCRIPT}`, body: `Body ${HOSTILE}`, tone: HOSTILE }), url);
    // Inside a double-quoted value `<` is text (Astro escapes only & and " there): outside the values no markup of the record's.
    const outsideValues = html.replace(/="[^"]*"/g, '=""');
    expect(outsideValues).not.toContain('<img');
    expect(outsideValues).not.toContain('<script');
    expect(outsideValues).toContain('&gt;&lt;img src=x onerror=alert(1)&gt;');
    for (const name of ['id', 'data-audit', 'aria-labelledby', 'href', 'title']) expect(html).toMatch(new RegExp(` ${name}="[^"]*&quot;><img src=x onerror=alert\\(1\\)>`));
    expect(html).toContain(`href="${url(routes.regression(`old/${HOSTILE}`))}"`);
    expect(routes.regression(`old/${HOSTILE}`)).toMatch(/^codex\/regression\/old\/[A-Za-z0-9~._-]+\/$/);
  });
});

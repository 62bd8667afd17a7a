// The site built from a fixture vault (edits, a fork, a merge, clause audits, a prompt full of
// script payloads), served under a base path: what each route's HTML holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/commands/build/index.ts';
import { readConfig } from '../scripts/lib/config/read-fs.ts';
import { formatProblems, type Problem } from '../scripts/lib/errors.ts';
import { buildFixtureSite, FIXTURE_BASE, readBuiltGridRows, removeAtExit, type BuiltFixture } from '../scripts/lib/site/test-build-fixture.ts';
import { GRID_SHARD_ROWS } from '../scripts/lib/site/grid-shards.ts';
import { CLEAN_AUDIT_ID, FIXTURE_PAGE_SIZE, FLAGGED_AUDIT_ID, MONOREPO_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import { readSnapshotFromDisk } from '../scripts/lib/vault/read-all.ts';
import { openAudits } from '../scripts/lib/guard/open-audits.ts';
import { createRepo, PROJECT_ROOT } from '../scripts/test-utils/repo.ts';

let site: BuiltFixture;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => {
  site?.cleanup();
  for (const cleanup of cleanups) cleanup();
});

const ROUTES = [
  'index.html',
  'belief/mutations/index.html',
  'belief/mutations/2/index.html',
  'codex/index.html',
  'browse/prompts/index.html',
  'labels/index.html',
  'codex/regression/privacy/account-numbers/index.html',
  'prompts/checkpoints/index.html',
  'prompts/checkpoints.json',
  'grid/rows-1.json',
  'prompts/support/refund/index.html',
  'prompts/support/refund-vip/index.html',
  'prompts/sales/greeting/index.html',
  'prompts/lab/payload/index.html',
];

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** Visible text of an HTML fragment, tags dropped and entities decoded, whitespace collapsed. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x2F;/g, '/').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

describe('every route is written as static files', () => {
  it('writes each page and the grid data', () => {
    for (const route of ROUTES) expect(fs.existsSync(path.join(site.outDir, route)), route).toBe(true);
  });

  it('keeps every internal link and asset under the base path', () => {
    for (const file of htmlFiles(site.outDir)) {
      const html = site.read(file);
      const absolute = [...html.matchAll(/(?:href|src|component-url|renderer-url)="(\/[^"]*)"/g)].map((match) => match[1]!);
      expect(absolute.length, file).toBeGreaterThan(0);
      for (const link of absolute) expect(link.startsWith(FIXTURE_BASE), `${file}: ${link}`).toBe(true);
    }
  });
});

describe('prompt and clause text renders inert everywhere', () => {
  it('never lets a payload through as markup, in text, titles, SVG or diffs', () => {
    for (const file of htmlFiles(site.outDir)) {
      const html = site.read(file);
      expect(html, file).not.toMatch(/<script>window\.__pwned/);
      expect(html, file).not.toMatch(/<img src=x/i);
      expect(html, file).not.toMatch(/<svg onload/i);
      expect(html, file).not.toMatch(/<b>bold\?<\/b>/);
    }
  });

  it('shows the payload prompt as text on its page', () => {
    const html = site.read('prompts/lab/payload/index.html');
    expect(html).toContain('&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;');
    expect(text(html)).toContain('<svg onload="window.__pwned=\'svg\'">');
    // The diff of v2 against v1 holds the payload too, escaped by diff2html.
    expect(html).toMatch(/d2h-wrapper[\s\S]*&lt;svg onload=/);
  });
});

describe('overview', () => {
  it('counts the vault and lists the open regression and the latest mutations', () => {
    const html = site.read('index.html');
    expect(html).toMatch(/data-count="prompts">6</); // prompt files: the moved one counted once
    expect(html).toMatch(/data-count="checkpoints">12</);
    // The guard may add audits of its own to the fixture's clause changes: count what is there.
    const audits = readSnapshotFromDisk(site.repo.dir, readConfig(site.repo.dir)).audits;
    const open = audits.filter((audit) => audit.regression_flag && audit.review.status !== 'accepted');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(html.match(/data-count="open regressions">(\d+)</)?.[1]).toBe(String(open.length));
    expect(html.match(/data-count="audits">(\d+)</)?.[1]).toBe(String(audits.length));
    // An open regression links to its audit on the clause page, not just to the page.
    expect(html).toContain(`href="${FIXTURE_BASE}codex/regression/privacy/account-numbers/#${FLAGGED_AUDIT_ID}"`);
    expect(text(html)).toMatch(/Latest mutations Prompt Version Kind Tags Date Commit support\/refund v4·[0-9a-f]{6} merge/);
    expect(html).toContain(`href="${FIXTURE_BASE}codex/"`);
  });

  it('ships no JavaScript', () => {
    expect(site.read('index.html')).not.toContain('<script');
  });
});

describe('/browse/prompts', () => {
  it('lists every prompt with its title and version count, site.page_size a page', () => {
    const idsOf = (html: string) => [...html.match(/<ul id="prompt-list">[\s\S]*?<\/ul>/)![0].matchAll(/<li><a href="[^"]*prompts\/([^"]+)\/">/g)].map((match) => match[1]);
    const html = site.read('browse/prompts/index.html');
    const second = site.read('browse/prompts/2/index.html');
    // A moved prompt's old id keeps its page (its versions, "moved to"), so it is listed too.
    expect([...idsOf(html), ...idsOf(second)]).toEqual(['lab/payload', 'ops/handoff', 'ops/handover', 'sales/greeting', 'support-bot/claude-agents/escalation-to-a-human-supervisor', 'support/refund', 'support/refund-vip']);
    expect(text(html)).toContain('sales/greeting Greeting · 1 version(s) support-bot/claude-agents/escalation-to-a-human-supervisor Escalation · 1 version(s)');
    expect(text(second)).toContain('support/refund Refund request · 5 version(s) support/refund-vip VIP refund · 1 version(s)');
    expect(html).toContain('aria-label="Prompt pages (top)"');
    expect(fs.existsSync(path.join(site.outDir, 'browse/prompts/3/index.html'))).toBe(false);
    expect(site.read('belief/mutations/index.html')).toContain(`href="${FIXTURE_BASE}browse/prompts/"`);
  });
});

describe('/belief/mutations', () => {
  const page = (n = 1) => site.read(n === 1 ? 'belief/mutations/index.html' : `belief/mutations/${n}/index.html`);
  const itemsOf = (html: string) => [...html.matchAll(/<li data-tags="([^"]*)" data-assistant="([^"]*)"[^>]*>([\s\S]*?)<\/li>(?=<li data-tags|<\/ol>)/g)];
  const items = () => [...itemsOf(page(1)), ...itemsOf(page(2)), ...itemsOf(page(3))];

  it('lists every mutation log newest first, site.page_size a page, with kind, parents, tags, assistant and commit', () => {
    expect(itemsOf(page(1))).toHaveLength(FIXTURE_PAGE_SIZE);
    expect(itemsOf(page(2))).toHaveLength(FIXTURE_PAGE_SIZE);
    expect(itemsOf(page(3))).toHaveLength(12 - 2 * FIXTURE_PAGE_SIZE);
    expect(fs.existsSync(path.join(site.outDir, 'belief/mutations/4/index.html'))).toBe(false);
    expect(page(1)).toContain(`href="${FIXTURE_BASE}belief/mutations/2/"`);
    expect(page(2)).toContain(`href="${FIXTURE_BASE}belief/mutations/"`);
    const list = items();
    const heads = list.map((item) => text(item[3]!).trim().split(' ').slice(0, 3).join(' '));
    expect(heads[0]).toMatch(/^support\/refund v4·[0-9a-f]{6} merge$/);
    expect(heads.at(-1)).toMatch(/v1·[0-9a-f]{6} new$/);
    const merge = list[0]!;
    expect(merge[1]).toContain('@merge');
    expect(merge[2]).toBe('support-bot');
    // Both parents of the merge link to their versions, and their labels differ.
    const parents = [...merge[3]!.matchAll(/href="[^"]*#v3-([0-9a-f]{6})">(v3·[0-9a-f]{6})</g)];
    expect(parents).toHaveLength(2);
    expect(parents[0]![2]).not.toBe(parents[1]![2]);
    for (const parent of parents) expect(parent[2]).toBe(`v3·${parent[1]}`);
    const fork = list.find((item) => item[3]!.includes('refund-vip/"'))!;
    expect(text(fork[3]!)).toMatch(/fork from support\/refund v2·[0-9a-f]{6}/);
    expect(fork[3]).toMatch(/<code class="mono" title="[0-9a-f]{40}">[0-9a-f]{7}<\/code>/);
    expect(text(fork[3]!)).toMatch(/2026-01-04 \d\d:\d\d UTC/);
  });

  it('shows trait deltas signed and coloured', () => {
    const fork = items().find((item) => item[3]!.includes('refund-vip/"'))!;
    expect(fork[3]).toMatch(/class="delta down"[^>]*>.*token count −14/);
    expect(fork[3]).toMatch(/class="delta up"[^>]*>.*readability \+11\.72/);
  });

  it('offers filters by tag and assistant, and the diff of the body against the parent as HTML', () => {
    const html = page(1) + page(2);
    expect(html).toMatch(/<select name="tag">[\s\S]*<option value="@fork">@fork<\/option>/);
    expect(html).toMatch(/<select name="assistant">[\s\S]*<option value="vip-bot">vip-bot<\/option>/);
    const edit = items().find((item) => / edit from /.test(text(item[3]!)))!;
    expect(edit[3]).toContain('class="d2h-diff-table pv-diff"');
    // Bodies are diffed, not the front matter.
    expect(text(edit[3]!)).not.toContain('title:');
  });

  it('leaves the lineage pictures to the prompt pages', () => {
    expect(page(1)).not.toContain('<svg class="lineage"');
  });
});

describe('/codex/regression/<clauseId>', () => {
  const page = () => site.read('codex/regression/privacy/account-numbers/index.html');
  const audit = (id: string) => page().match(new RegExp(`<li class="([^"]*)" id="${id}"[\\s\\S]*?</li>(?=<li class|</ol>)`))!;

  it('makes the flagged, unreviewed audit stand out, and says when no review is needed', () => {
    const flagged = audit(FLAGGED_AUDIT_ID);
    expect(flagged[1]).toBe('card needs-review');
    expect(text(flagged[0])).toContain('regression: needs review');
    expect(audit(CLEAN_AUDIT_ID)[1]).toBe('card');
    // The guard audits the clause's first commit (an added clause): nothing to review, and said so.
    const states = [...page().matchAll(/data-audit="([^"]+)" data-open="(true|false)" data-state="([a-z-]+)"/g)].map((m) => [m[1], m[3]]);
    expect(states).toContainEqual([FLAGGED_AUDIT_ID, 'open']);
    expect(states).toContainEqual([CLEAN_AUDIT_ID, 'accepted']);
    const unflagged = states.filter(([, state]) => state === 'no-review-needed');
    for (const [id] of unflagged) expect(text(audit(id!)[0])).toContain('no review needed');
    expect(text(page())).not.toContain('review: pending');
  });

  it('shows the similarity with its threshold (never in green when below), the tone, each reason once, the review and the prompts affected', () => {
    const flagged = text(audit(FLAGGED_AUDIT_ID)[0]);
    expect(flagged).toContain('Similarity 0.620 below threshold is below the threshold 0.8');
    expect(audit(FLAGGED_AUDIT_ID)[0]).not.toMatch(/class="delta up"/);
    expect(flagged).toContain('Tone: declared formal; measured formal → neutral; formality −0.20, sentiment ±0');
    expect(flagged).toContain('modal-weakened : "must never" became "should avoid"');
    expect(flagged).toContain('semantic-drift : similarity 0.62 is below');
    expect(flagged).toContain('Review: needs review');
    expect(audit(FLAGGED_AUDIT_ID)[0]).toContain(`href="${FIXTURE_BASE}prompts/support/refund/"`);
    expect(audit(FLAGGED_AUDIT_ID)[0]).toContain(`href="${FIXTURE_BASE}prompts/sales/greeting/"`);
    const clean = text(audit(CLEAN_AUDIT_ID)[0]);
    expect(clean).toContain('Similarity 0.910 is at or above the threshold 0.8');
    expect(clean).toContain('Review: accepted by Ada Reviewer on 2026-01-03 11:00 UTC: Masking is stricter, fine.');
  });

  it('renders a diff of previous vs new text, escaped, in a region with a label of its own', () => {
    const flagged = audit(FLAGGED_AUDIT_ID)[0];
    expect(flagged).toContain('class="d2h-diff-table pv-diff"');
    const labels = [...page().matchAll(/<div class="diff" aria-label="([^"]+)" role="region">/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
    expect(flagged).toMatch(/<del>[^<]*<\/del>|<ins>[^<]*<\/ins>/);
    expect(flagged).toContain('&lt;script&gt;window.__pwned');
  });
});

describe('/codex', () => {
  it('lists every clause with its audits counted by state, open first, open audits linked by anchor', () => {
    const html = site.read('codex/index.html');
    const rows = [...html.matchAll(/<tr data-clause="([^"]+)" data-open="(\d+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((row) => row[1])).toContain('privacy/account-numbers');
    const audits = readSnapshotFromDisk(site.repo.dir, readConfig(site.repo.dir)).audits.filter((a) => a.clause === 'privacy/account-numbers');
    const row = rows.find((r) => r[1] === 'privacy/account-numbers')!;
    const cells = [...row[3]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!).trim());
    const open = new Set(openAudits(audits).map((a) => a.id));
    const closed = audits.filter((a) => !open.has(a.id));
    const expected = [open.size, closed.filter((a) => a.review.status === 'accepted').length, closed.filter((a) => a.review.status === 'rejected').length, closed.filter((a) => a.review.status === 'pending').length];
    expect(open.has(FLAGGED_AUDIT_ID)).toBe(true);
    expect(expected[3]).toBeGreaterThan(0); // the guard's audit of the added clause
    expect(cells.slice(0, 4)).toEqual(expected.map(String));
    expect(row[3]).toContain(`href="${FIXTURE_BASE}codex/regression/privacy/account-numbers/#${FLAGGED_AUDIT_ID}"`);
    expect(Number(rows[0]![2])).toBeGreaterThanOrEqual(Number(rows.at(-1)![2]));
    expect(html).toMatch(/<a href="[^"]*codex\/" aria-current="page">Codex<\/a>/);
  });
});

describe('/prompts/checkpoints', () => {
  it('has the plain table of recent checkpoints for readers without JavaScript', () => {
    const html = site.read('prompts/checkpoints/index.html');
    const table = html.match(/<table class="data" id="fallback-table">[\s\S]*?<\/table>/)![0];
    expect((table.match(/<tr data-key=/g) ?? []).length).toBe(12);
    expect(text(table)).toMatch(/support\/refund-vip v1·[0-9a-f]{6}/);
  });

  it('cuts a long monorepo id in the middle in the table without JavaScript, as the grid island does, the whole id for screen readers and in the title', () => {
    const html = site.read('prompts/checkpoints/index.html');
    const table = html.match(/<table class="data" id="fallback-table">[\s\S]*?<\/table>/)![0];
    const row = table.match(new RegExp(`<tr data-key="${MONOREPO_ID}@[^"]*">[\\s\\S]*?</tr>`))![0];
    const cell = row.match(/<td[^>]*>([\s\S]*?)<\/td>/)!;
    // The island's cut (browser.test.ts asserts the same text in its cell): the package and the file name's end.
    expect(cell[0]).toContain(`title="${MONOREPO_ID}"`);
    expect(cell[1]).toContain('<span aria-hidden="true">support-bot/…-a-human-supervisor</span>');
    expect(cell[1]).toContain(`<span class="visually-hidden">${MONOREPO_ID}</span>`);
    // An id that fits is shown whole, with no title.
    expect(table).toMatch(/<td><a href="[^"]*">support\/refund-vip<\/a><\/td>/);
  });

  it('gives the island its data as a static JSON file, not as an inlined prop', () => {
    const html = site.read('prompts/checkpoints/index.html');
    expect(html).toMatch(/<astro-island[^>]*client="only"/);
    expect(html).toContain(`&quot;dataUrl&quot;:[0,&quot;${FIXTURE_BASE}prompts/checkpoints.json&quot;]`);
    expect(JSON.parse(site.read('prompts/checkpoints.json'))).toEqual({ total: 12, shard_rows: GRID_SHARD_ROWS, shards: ['grid/rows-1.json'] });
    const rows = site.gridRows();
    expect(rows).toHaveLength(12);
    const merge = rows.find((row) => row.prompt === 'support/refund' && row.version === 4)!;
    expect(merge.parents).toHaveLength(2);
    expect(merge.symbolic_tags).toContain('@merge');
    const vip = rows.find((row) => row.prompt === 'support/refund-vip')!;
    expect(vip).toMatchObject({ tone: 'formal', tags: ['billing', 'vip'], assistant: 'vip-bot', kind: 'fork', label: expect.stringMatching(/^v1·[0-9a-f]{6}$/), parents: [expect.stringMatching(/^support\/refund@2-/)], parent_labels: [expect.stringMatching(/^support\/refund v2·[0-9a-f]{6}$/)] });
    expect(Object.keys(vip.traits)).toContain('readability');
    expect(vip.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('/prompts/<id>', () => {
  const page = () => site.read('prompts/support/refund/index.html');

  it('shows the current body apart from its front matter, every version and a labelled token chart with the current one marked', () => {
    const html = page();
    const body = html.match(/<pre class="text" data-testid="prompt-text">([\s\S]*?)<\/pre>/)![1]!;
    expect(text(body)).toContain('You must never refund more than the order total.');
    expect(body).not.toContain('title:');
    expect(html).toMatch(/data-testid="prompt-front-matter">[^<]*title: Refund request/);
    expect((html.match(/<section class="card" id="v\d+-[0-9a-f]{6}"/g) ?? []).length).toBe(5);
    const chart = html.match(/<svg class="token-chart"[\s\S]*?<\/svg>/)![0];
    expect((chart.match(/<circle /g) ?? []).length).toBe(5);
    expect(chart.match(/<circle class="current"/g)).toHaveLength(1);
    expect((chart.match(/>v\d·[0-9a-f]{6}<\/text>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(chart).toContain('>tokens</text>');
    expect(html.match(/<span class="badge current">current<\/span>/g)).toHaveLength(2);
  });

  it('diffs each version body against its parent, and a merge against both, under distinct headings', () => {
    const merge = page().match(/<section class="card" id="v4-[\s\S]*?<\/section>/)![0];
    const headings = [...merge.matchAll(/<h4>Diff against (v3·[0-9a-f]{6})<\/h4>/g)].map((m) => m[1]);
    expect(headings).toHaveLength(2);
    expect(headings[0]).not.toBe(headings[1]);
    expect(merge.match(/d2h-wrapper/g)).toHaveLength(2);
    // Line numbers count from the body: the front matter is not part of the diff.
    expect(merge).not.toContain('title: Refund request');
    const vip = site.read('prompts/support/refund-vip/index.html');
    expect(vip).toMatch(/<h4>Diff against support\/refund v2·[0-9a-f]{6}<\/h4>/);
  });

  it('draws the lineage with edit, fork and merge edges, links outside any role="img", and as a list', () => {
    const html = page();
    const svg = html.match(/<svg class="lineage"[\s\S]*?<\/svg>/)![0];
    expect(svg).not.toContain('role="img"');
    expect(svg).toContain('edge-merge');
    expect(svg).toContain('edge-edit');
    expect(svg).toContain('edge-fork');
    expect((svg.match(/<rect /g) ?? []).length).toBe(6); // five own versions and the VIP fork
    expect(svg).toContain(`href="${FIXTURE_BASE}prompts/support/refund-vip/#v1-`);
    expect(text(svg)).toMatch(/support\/refund-vip v1·[0-9a-f]{6}/); // full names, not cut
    const list = html.match(/<details class="lineage-list">[\s\S]*?<\/details>/)![0];
    expect((list.match(/<li>/g) ?? []).length).toBe(6);
  });

  it('carries every version body for the comparison, escaped inside its script element', () => {
    const payload = site.read('prompts/lab/payload/index.html');
    const json = payload.match(/<script type="application\/json" id="compare-data">([\s\S]*?)<\/script>/)![1]!;
    expect(json).not.toContain('<');
    const versions = JSON.parse(json) as { label: string; body: string }[];
    expect(versions).toHaveLength(2);
    expect(versions[1]!.body).toContain('<svg onload=');
  });
});

describe('comparing versions of a moved prompt', () => {
  it("offers the versions from before the move, as `promptvault diff` walks them, each named with the id it had", () => {
    const html = site.read('prompts/ops/handover/index.html');
    const from = html.match(/<form class="compare filters" id="compare-form"[\s\S]*?<select name="from">([\s\S]*?)<\/select>/)![1]!;
    expect(from.match(/<option[^>]*>[^<]*<\/option>/g)!.map((option) => text(option).trim())).toEqual([expect.stringMatching(/^ops\/handoff v1·[0-9a-f]{6}$/), expect.stringMatching(/^v2·[0-9a-f]{6}$/)]);
    const versions = JSON.parse(html.match(/<script type="application\/json" id="compare-data">([\s\S]*?)<\/script>/)![1]!) as { label: string; body: string }[];
    expect(versions.map((v) => v.body.trim().split('\n')[0])).toEqual(['Write the handoff note for the next shift.', 'Write the handover note for the next shift.']);
    // The CLI compares the same two texts across the move.
    const cli = site.repo.cli(['diff', 'ops/handover@1', 'ops/handover@2']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('+Write the handover note for the next shift.');
  });
});

describe("the repository's own sample vault", () => {
  it('builds, as `npm run build` does on a fresh clone', async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-sample-'));
    removeAtExit(temp);
    const { files } = await buildSite({ cwd: PROJECT_ROOT, outDir: path.join(temp, 'dist'), cacheDir: path.join(temp, 'cache'), logLevel: 'error' });
    expect(files).toEqual(expect.arrayContaining(['index.html', 'belief/mutations/index.html', 'prompts/checkpoints/index.html', 'prompts/checkpoints.json']));
    const rows = readBuiltGridRows(path.join(temp, 'dist'));
    expect(rows.length).toBe(readSnapshotFromDisk(PROJECT_ROOT, readConfig(PROJECT_ROOT)).checkpoints.length);
  });
});

describe('a bad record fails the build', () => {
  it('with the same problems `promptvault check` prints', async () => {
    const repo = createRepo();
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-bad-'));
    try {
      // A wrongly typed optional key is only a warning now (issue 8); an unknown fork source still blocks.
      repo.write('prompts/bad.md', '---\ntitle: Bad\nforked_from: support/nowhere\n---\nbody\n');
      repo.write('vault/checkpoints/bad/0001-aaaaaaaaaaaa.yaml', 'prompt: bad\nversion: zero\n');
      repo.commit('bad files, hook skipped', '2026-01-02', { args: ['--no-verify'] });
      const expected = formatProblems(readSnapshotFromDisk(repo.dir, readConfig(repo.dir)).problems);
      expect(expected).toContain('prompts/bad.md:3: forked_from names "support/nowhere"');
      const error = await buildSite({ cwd: repo.dir, outDir: path.join(temp, 'dist'), cacheDir: path.join(temp, 'cache'), logLevel: 'silent' }).then(() => null, (e: unknown) => e as Error);
      expect(error).not.toBeNull();
      // A UserError: the heading, and the problems exactly as check lists them.
      expect(error!.message).toMatch(/^promptvault build: the site was not built, \d+ problem\(s\) to fix first \(`promptvault check` reports the same\)$/);
      expect(formatProblems((error as unknown as { problems: Problem[] }).problems)).toBe(expected);
      expect(repo.cli(['check']).stdout).toContain(expected);
      expect(fs.existsSync(path.join(temp, 'dist', 'index.html'))).toBe(false);
    } finally {
      repo.cleanup();
      // Astro still writes its content cache a moment after a failed build: removed at exit.
      removeAtExit(temp);
    }
  });
});

describe('prompt pages written by the build from the page Astro rendered', () => {
  it('carry the same head, frame and script as that page, with their own title', () => {
    const prompts = ['support/refund', 'support/refund-vip', 'sales/greeting', 'lab/payload'];
    const frames = prompts.map((id) => {
      const html = site.read(`prompts/${id}/index.html`);
      expect(html).toContain(`<title>${id} · promptvault</title>`);
      return html.replace(/<title>[^<]*<\/title>/, '').replace(/<main id="main">[\s\S]*<\/main>/, '');
    });
    expect(frames[0]).toMatch(/<link rel="stylesheet" href="[^"]+\.css">[\s\S]*<header class="site">[\s\S]*<footer class="site">[\s\S]*<script type="module" src="[^"]+"><\/script>$/);
    for (const frame of frames) expect(frame).toBe(frames[0]);
  });
});

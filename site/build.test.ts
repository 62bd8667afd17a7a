// The site built from a fixture vault (edits, a fork, a merge, clause audits, a prompt full of
// script payloads), served under a base path: what each route's HTML holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/commands/build/index.ts';
import { readConfig } from '../scripts/lib/config/read-fs.ts';
import { formatProblems } from '../scripts/lib/errors.ts';
import { buildFixtureSite, FIXTURE_BASE, removeAtExit, type BuiltFixture } from '../scripts/lib/site/test-build-fixture.ts';
import { CLEAN_AUDIT_ID, FLAGGED_AUDIT_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import type { GridRow } from '../scripts/lib/site/grid-rows.ts';
import { readSnapshotFromDisk } from '../scripts/lib/vault/read-all.ts';
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
  'codex/regression/privacy/account-numbers/index.html',
  'prompts/checkpoints/index.html',
  'prompts/checkpoints.json',
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
    expect(html).toMatch(/data-count="prompts">4</);
    expect(html).toMatch(/data-count="checkpoints">9</);
    // The guard may add audits of its own to the fixture's clause changes: count what is there.
    const audits = readSnapshotFromDisk(site.repo.dir, readConfig(site.repo.dir)).audits;
    const open = audits.filter((audit) => audit.regression_flag && audit.review.status !== 'accepted');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(html.match(/data-count="open regressions">(\d+)</)?.[1]).toBe(String(open.length));
    expect(html.match(/data-count="audits">(\d+)</)?.[1]).toBe(String(audits.length));
    expect(html).toContain(`href="${FIXTURE_BASE}codex/regression/privacy/account-numbers/"`);
    expect(text(html)).toMatch(/Latest mutations Prompt Version Kind Tags Date Commit support\/refund v4 merge/);
  });

  it('ships no JavaScript', () => {
    expect(site.read('index.html')).not.toContain('<script');
  });
});

describe('/belief/mutations', () => {
  const page = () => site.read('belief/mutations/index.html');
  const items = () => [...page().matchAll(/<li data-tags="([^"]*)" data-assistant="([^"]*)"[^>]*>([\s\S]*?)<\/li>(?=<li data-tags|<\/ol>)/g)];

  it('lists every mutation log newest first, with kind, parents, tags, assistant and commit', () => {
    const list = items();
    expect(list).toHaveLength(9);
    const heads = list.map((item) => text(item[3]!).trim().split(' ').slice(0, 3).join(' '));
    expect(heads[0]).toBe('support/refund v4 merge');
    expect(heads.at(-1)).toMatch(/v1 new$/);
    const merge = list[0]!;
    expect(merge[1]).toContain('@merge');
    expect(merge[2]).toBe('support-bot');
    // Both parents of the merge link to their versions.
    expect([...merge[3]!.matchAll(/href="([^"]*#v3-[0-9a-f]{12})"/g)]).toHaveLength(2);
    const fork = list.find((item) => item[3]!.includes('refund-vip/"'))!;
    expect(text(fork[3]!)).toContain('fork from support/refund v2');
    expect(fork[3]).toMatch(/<code class="mono" title="[0-9a-f]{40}">[0-9a-f]{7}<\/code>/);
  });

  it('shows trait deltas signed and coloured', () => {
    const fork = items().find((item) => item[3]!.includes('refund-vip/"'))!;
    expect(fork[3]).toMatch(/class="delta down"[^>]*>.*token count −14/);
    expect(fork[3]).toMatch(/class="delta up"[^>]*>.*readability \+11\.72/);
  });

  it('offers filters by tag and assistant, and the diff against the parent as HTML', () => {
    const html = page();
    expect(html).toMatch(/<select name="tag">[\s\S]*<option value="@fork">@fork<\/option>/);
    expect(html).toMatch(/<select name="assistant">[\s\S]*<option value="vip-bot">vip-bot<\/option>/);
    const edit = items().find((item) => item[1]!.includes('@edit') || text(item[3]!).includes('v2 edit'))!;
    expect(edit[3]).toContain('d2h-wrapper');
  });

  it('draws a lineage SVG per prompt with edit, fork and merge edges', () => {
    const html = page();
    const svgs = [...html.matchAll(/<svg class="lineage"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(svgs).toHaveLength(4);
    const refund = svgs.find((svg) => svg.includes('Lineage of support/refund:'))!;
    expect(refund).toContain('edge-merge');
    expect(refund).toContain('edge-edit');
    expect(refund).toContain('edge-fork');
    expect((refund.match(/<rect /g) ?? []).length).toBe(6); // five own versions and the VIP fork
    expect(refund).toContain(`href="${FIXTURE_BASE}prompts/support/refund-vip/#v1-`);
  });
});

describe('/codex/regression/<clauseId>', () => {
  const page = () => site.read('codex/regression/privacy/account-numbers/index.html');
  const audit = (id: string) => page().match(new RegExp(`<li class="([^"]*)" id="${id}"[\\s\\S]*?</li>(?=<li class|</ol>)`))!;

  it('makes the flagged, unreviewed audit stand out', () => {
    const flagged = audit(FLAGGED_AUDIT_ID);
    expect(flagged[1]).toBe('card needs-review');
    expect(text(flagged[0])).toContain('regression: needs review');
    expect(audit(CLEAN_AUDIT_ID)[1]).toBe('card');
  });

  it('shows the similarity with its threshold, each reason, the review and the prompts affected', () => {
    const flagged = text(audit(FLAGGED_AUDIT_ID)[0]);
    expect(flagged).toContain('Similarity 0.620 below the threshold 0.8');
    expect(flagged).toContain('modal-weakened : "must never" became "should avoid"');
    expect(flagged).toContain('semantic-drift');
    expect(flagged).toContain('Review: pending');
    expect(audit(FLAGGED_AUDIT_ID)[0]).toContain(`href="${FIXTURE_BASE}prompts/support/refund/"`);
    expect(audit(FLAGGED_AUDIT_ID)[0]).toContain(`href="${FIXTURE_BASE}prompts/sales/greeting/"`);
    const clean = text(audit(CLEAN_AUDIT_ID)[0]);
    expect(clean).toContain('Similarity 0.910 at or above the threshold 0.8');
    expect(clean).toContain('Review: accepted by Ada Reviewer on 2026-01-03: Masking is stricter, fine.');
  });

  it('renders a side-by-side diff of previous vs new text, escaped', () => {
    const flagged = audit(FLAGGED_AUDIT_ID)[0];
    expect(flagged).toContain('d2h-file-side-diff');
    expect(flagged).toMatch(/<del>[^<]*<\/del>|<ins>[^<]*<\/ins>/);
    expect(flagged).toContain('&lt;script&gt;window.__pwned');
  });
});

describe('/prompts/checkpoints', () => {
  it('has the plain table of recent checkpoints for readers without JavaScript', () => {
    const html = site.read('prompts/checkpoints/index.html');
    const table = html.match(/<table class="data" id="fallback-table">[\s\S]*?<\/table>/)![0];
    expect((table.match(/<tr data-key=/g) ?? []).length).toBe(9);
    expect(text(table)).toContain('support/refund-vip v1');
  });

  it('gives the island its data as a static JSON file, not as an inlined prop', () => {
    const html = site.read('prompts/checkpoints/index.html');
    expect(html).toMatch(/<astro-island[^>]*client="only"/);
    expect(html).toContain(`&quot;dataUrl&quot;:[0,&quot;${FIXTURE_BASE}prompts/checkpoints.json&quot;]`);
    const rows = JSON.parse(site.read('prompts/checkpoints.json')) as GridRow[];
    expect(rows).toHaveLength(9);
    const merge = rows.find((row) => row.prompt === 'support/refund' && row.version === 4)!;
    expect(merge.parents).toHaveLength(2);
    expect(merge.symbolic_tags).toContain('@merge');
    const vip = rows.find((row) => row.prompt === 'support/refund-vip')!;
    expect(vip).toMatchObject({ tone: 'formal', tags: ['billing', 'vip'], assistant: 'vip-bot', parents: [expect.stringMatching(/^support\/refund@2-/)] });
    expect(vip.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('/prompts/<id>', () => {
  const page = () => site.read('prompts/support/refund/index.html');

  it('shows the current text, every version and a token chart', () => {
    const html = page();
    expect(text(html)).toContain('You must never refund more than the order total.');
    expect((html.match(/<section class="card" id="v\d+-[0-9a-f]{12}"/g) ?? []).length).toBe(5);
    expect(html).toMatch(/<svg class="token-chart"[\s\S]*?<circle/);
    expect((html.match(/<circle /g) ?? []).length).toBe(5);
  });

  it('diffs each version against its parent, and a merge against both', () => {
    const merge = page().match(/<section class="card" id="v4-[\s\S]*?<\/section>/)![0];
    expect(merge.match(/<h4>Diff against v3<\/h4>/g)).toHaveLength(2);
    expect(merge.match(/d2h-wrapper/g)).toHaveLength(2);
    const vip = site.read('prompts/support/refund-vip/index.html');
    expect(vip).toContain('<h4>Diff against support/refund v2</h4>');
  });
});

describe("the repository's own sample vault", () => {
  it('builds, as `npm run build` does on a fresh clone', async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-sample-'));
    removeAtExit(temp);
    const { files } = await buildSite({ cwd: PROJECT_ROOT, outDir: path.join(temp, 'dist'), cacheDir: path.join(temp, 'cache'), logLevel: 'error' });
    expect(files).toEqual(expect.arrayContaining(['index.html', 'belief/mutations/index.html', 'prompts/checkpoints/index.html', 'prompts/checkpoints.json']));
    const rows = JSON.parse(fs.readFileSync(path.join(temp, 'dist/prompts/checkpoints.json'), 'utf8')) as GridRow[];
    expect(rows.length).toBe(readSnapshotFromDisk(PROJECT_ROOT, readConfig(PROJECT_ROOT)).checkpoints.length);
  });
});

describe('a bad record fails the build', () => {
  it('with the same problems `promptvault check` prints', async () => {
    const repo = createRepo();
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-bad-'));
    try {
      repo.write('prompts/bad.md', '---\ntitle: Bad\ntags: 5\n---\nbody\n');
      repo.write('vault/checkpoints/bad/0001-aaaaaaaaaaaa.yaml', 'prompt: bad\nversion: zero\n');
      repo.commit('bad files, hook skipped', '2026-01-02', { args: ['--no-verify'] });
      const expected = formatProblems(readSnapshotFromDisk(repo.dir, readConfig(repo.dir)).problems);
      expect(expected).toContain('prompts/bad.md:3: tags:');
      const error = await buildSite({ cwd: repo.dir, outDir: path.join(temp, 'dist'), cacheDir: path.join(temp, 'cache'), logLevel: 'silent' }).then(() => null, (e: unknown) => e as Error);
      expect(error).not.toBeNull();
      const [heading, ...rest] = error!.message.split('\n');
      expect(heading).toMatch(/^promptvault: the site cannot be built, \d+ problem\(s\) in .* \(`promptvault check` reports the same\):$/);
      expect(rest.join('\n')).toBe(expected);
      expect(repo.cli(['check']).stdout).toContain(expected);
      expect(fs.existsSync(path.join(temp, 'dist', 'index.html'))).toBe(false);
    } finally {
      repo.cleanup();
      // Astro still writes its content cache a moment after a failed build: removed at exit.
      removeAtExit(temp);
    }
  });
});

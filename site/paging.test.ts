// Every list that grows with the repository is paged by `site.page_size`: built once from a vault
// written directly (scripts/bench/synthetic-vault.ts: 5 prompts of 5 versions, 3 clauses) with a
// page size of 2, so each list has several pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../scripts/commands/build/index.ts';
import { removeAtExit, readBuiltGridRows } from '../scripts/lib/site/test-build-fixture.ts';
import { writeSyntheticVault } from '../scripts/bench/synthetic-vault.ts';
import { GRID_SHARD_ROWS } from '../scripts/lib/site/grid-shards.ts';
import { BROWSER_WAIT, CHROMIUM_PATH, launchChromium } from '../scripts/lib/site/test-browser.ts';
import { serveStatic } from '../scripts/lib/site/test-static-server.ts';
import type { CompareVersion } from '../scripts/lib/site/compare-data.ts';
import { serializeLabelFile } from '../scripts/lib/labels/parse.ts';
import { labelPath } from '../scripts/lib/labels/schema.ts';
import type { LabelEntry } from '../scripts/lib/labels/schema.ts';
import { as, gitIn, mustSucceed, NO_HOOKS } from '../scripts/test-utils/repo.ts';

const PAGE_SIZE = 2;
let temp: string;
let out: string;
const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const exists = (file: string) => fs.existsSync(path.join(out, file));
/** Link targets of a page's list items, base removed. */
const links = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
/** The prompt list of a page (the overview's or a /browse/prompts/ page's). */
const promptList = (html: string) => links(html.match(/<ul id="prompt-list">[\s\S]*?<\/ul>/)![0], /<li><a href="\/prompts\/([^"]+)\/">/g);

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-paging-'));
  removeAtExit(temp);
  const vault = path.join(temp, 'repo');
  fs.mkdirSync(vault);
  writeSyntheticVault({ dir: vault, seed: 1, prompts: 5, checkpoints: 25, clauses: 3, audits: 6 });
  fs.writeFileSync(path.join(vault, '.promptvault.yaml'), `site:\n  page_size: ${PAGE_SIZE}\n`);
  labelEveryPrompt(vault);
  out = path.join(temp, 'dist');
  await buildSite({ cwd: vault, outDir: out, cacheDir: path.join(temp, 'cache'), logLevel: 'error' });
});
afterAll(() => fs.rmSync(path.join(temp, 'repo'), { recursive: true, force: true }));

/** `production` names every prompt, moved in three commits (v3, then v4, then v5): 5 prompts and 3 commits to page. */
function labelEveryPrompt(vault: string): void {
  const checkpoints = path.join(vault, 'vault/checkpoints');
  const files = fs.readdirSync(checkpoints, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
  for (const version of [3, 4, 5]) {
    const prompts: Record<string, LabelEntry> = {};
    for (const file of files.filter((name) => path.basename(name).startsWith(`000${version}-`))) {
      const text = fs.readFileSync(path.join(checkpoints, file), 'utf8');
      prompts[path.dirname(file).split(path.sep).join('/')] = { version, key: path.basename(file, '.yaml'), content_hash: /^content_hash: (\S+)$/m.exec(text)![1]! };
    }
    fs.mkdirSync(path.join(vault, 'vault/labels'), { recursive: true });
    fs.writeFileSync(path.join(vault, labelPath('production')), serializeLabelFile({ label: 'production', prompts }));
    mustSucceed(gitIn(vault, ['add', '-A']), 'git add');
    mustSucceed(gitIn(vault, [...NO_HOOKS, 'commit', '-q', '-m', `production at v${version}`], { env: as('Bench', 'bench@example.com') }), 'git commit');
  }
}

describe('paged lists', () => {
  it('pages the prompt list: every prompt exactly once over 3 pages, the overview shows the first page and links to the rest', () => {
    const pages = ['browse/prompts/index.html', 'browse/prompts/2/index.html', 'browse/prompts/3/index.html'];
    expect(exists('browse/prompts/4/index.html')).toBe(false);
    const ids = pages.flatMap((page) => promptList(read(page)));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(read('browse/prompts/index.html')).toContain('aria-label="Prompt pages (top)"');
    const overview = read('index.html');
    expect(promptList(overview)).toEqual(ids.slice(0, PAGE_SIZE));
    expect(overview).toContain('href="/browse/prompts/">All 5 prompts</a>');
  });

  it('pages the codex: 3 clauses over 2 pages', () => {
    const clauses = ['codex/index.html', 'codex/2/index.html'].flatMap((page) => links(read(page), /<th scope="row"><a href="\/codex\/regression\/([^"]+)\/">/g));
    expect(clauses.sort()).toEqual(['area-0/rule-0', 'area-1/rule-1', 'area-2/rule-2']);
    expect(exists('codex/3/index.html')).toBe(false);
  });

  it('pages the mutation list: 25 logs, 2 per page', () => {
    expect(exists('belief/mutations/13/index.html')).toBe(true);
    expect(exists('belief/mutations/14/index.html')).toBe(false);
    expect((read('belief/mutations/13/index.html').match(/<li data-tags=/g) ?? []).length).toBe(1);
  });

  it("puts a prompt's newest versions on its page and the older ones on history pages, each card exactly once", () => {
    const id = 'prompt-00000';
    const cards = (html: string) => links(html, /<section class="card" id="(v\d+)-[0-9a-f]{6}"/g);
    expect(cards(read(`prompts/support/${id}/index.html`))).toEqual(['v5', 'v4']);
    expect(cards(read(`history/support/${id}/2/index.html`))).toEqual(['v3', 'v2']);
    expect(cards(read(`history/support/${id}/3/index.html`))).toEqual(['v1']);
    expect(exists(`history/support/${id}/4/index.html`)).toBe(false);
    // The versions table still lists all five; an older one links to its card on its history page.
    const page = read(`prompts/support/${id}/index.html`);
    expect(page).toMatch(new RegExp(`<tr id="v1-[0-9a-f]{6}"><td><a href="/history/support/${id}/3/#v1-[0-9a-f]{6}">v1·`));
  });

  it("pages a label's prompts and history: the first page of each label on /labels/, the rest on labels/<label>/2/, /3/", () => {
    const prompts = (html: string) => links(html, /<tr data-prompt="([^"]+)">/g);
    const commits = (html: string) => links(html, /<q>production at (v\d)<\/q>/g);
    const pages = ['labels/index.html', 'labels/production/2/index.html', 'labels/production/3/index.html'].map(read);
    expect(exists('labels/production/4/index.html')).toBe(false);
    expect(exists('labels/production/1/index.html')).toBe(false);
    const all = pages.flatMap(prompts);
    expect(pages.map((page) => prompts(page).length)).toEqual([2, 2, 1]);
    expect(new Set(all).size).toBe(5);
    expect(pages.map(commits)).toEqual([['v5', 'v4'], ['v3'], []]);
    expect(pages[0]).toContain('href="/labels/production/2/"');
    expect(pages[2]).toContain('<span aria-current="page">3</span>');
  });

  it("keeps a long history's version bodies out of the prompt page: the compare form names a file holding them all", () => {
    const page = read('prompts/support/prompt-00000/index.html');
    expect(page).toContain('<script type="application/json" id="compare-data" data-src="/compare/support/prompt-00000.json"></script>');
    expect(page).not.toContain('Version 1 of prompt 0');
    const versions = JSON.parse(read('compare/support/prompt-00000.json')) as CompareVersion[];
    expect(versions.map((v) => v.label.split('·')[0])).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    // This vault is one commit: only the current version's text is in history.
    expect(versions.map((v) => v.body)).toEqual([null, null, null, null, 'Version 5 of prompt 0: help the customer with billing and refunds. <script>alert(0)</script>\n']);
    // One file per prompt whose bodies are not inline, and none for any other path.
    expect(fs.readdirSync(path.join(out, 'compare'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'))).toHaveLength(5);
  });

  it.skipIf(!fs.existsSync(CHROMIUM_PATH))('compares two versions of a long history in Chromium, fetching the bodies on the first comparison', async () => {
    const server = await serveStatic({ dir: out });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(BROWSER_WAIT);
      const fetched: string[] = [];
      page.on('request', (request) => { if (request.url().includes('/compare/')) fetched.push(new URL(request.url()).pathname); });
      await page.goto(new URL('prompts/support/prompt-00000/', server.url).href);
      const versions = JSON.parse(read('compare/support/prompt-00000.json')) as CompareVersion[];
      await page.locator('#compare-form').getByLabel('From').selectOption(versions[0]!.key);
      await page.locator('#compare-form').getByLabel('To').selectOption(versions[4]!.key);
      expect(fetched).toEqual([]);
      await page.getByRole('button', { name: 'Compare' }).click();
      // The vault is one commit, so v1's text is not in history: the answer says so, from the fetched file.
      await page.getByText("The text of one of these versions is not in this clone's history.").waitFor();
      // The same pair with v5 on both sides: same body.
      await page.locator('#compare-form').getByLabel('From').selectOption(versions[4]!.key);
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.getByText(`${versions[4]!.label} and ${versions[4]!.label} have the same body.`).waitFor();
      expect(fetched).toEqual(['/compare/support/prompt-00000.json']);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('splits the grid rows into shards listed by the manifest', () => {
    expect(JSON.parse(read('prompts/checkpoints.json'))).toEqual({ total: 25, shard_rows: GRID_SHARD_ROWS, shards: ['grid/rows-1.json'] });
    expect(readBuiltGridRows(out)).toHaveLength(25);
  });
});

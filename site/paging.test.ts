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
  out = path.join(temp, 'dist');
  await buildSite({ cwd: vault, outDir: out, cacheDir: path.join(temp, 'cache'), logLevel: 'error' });
});
afterAll(() => fs.rmSync(path.join(temp, 'repo'), { recursive: true, force: true }));

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

  it('splits the grid rows into shards listed by the manifest', () => {
    expect(JSON.parse(read('prompts/checkpoints.json'))).toEqual({ total: 25, shard_rows: GRID_SHARD_ROWS, shards: ['grid/rows-1.json'] });
    expect(readBuiltGridRows(out)).toHaveLength(25);
  });
});

// The built site in a real headless Chromium: axe-core on every route at a laptop and a phone
// width; the grid's search, token range, ancestry, sorting, URL state and exports; payload
// prompts that must not run; wrapped diffs whose flagged words stay in view; the codex page,
// version comparison and paging; and the pages with JavaScript turned off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { buildFixtureSite, FIXTURE_BASE, type BuiltFixture } from '../scripts/lib/site/test-build-fixture.ts';
import { FLAGGED_AUDIT_ID, FLAGGED_WORD, FIXTURE_PAGE_SIZE, MONOREPO_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import { BROWSER_WAIT, launchChromium } from '../scripts/lib/site/test-browser.ts';
import { serveStatic, type StaticServer } from '../scripts/lib/site/test-static-server.ts';
import type { GridRow } from '../scripts/lib/site/grid-rows.ts';
import { gridManifest, shardRows } from '../scripts/lib/site/grid-shards.ts';

let site: BuiltFixture;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  site = await buildFixtureSite();
  server = await serveStatic({ dir: site.outDir, base: FIXTURE_BASE });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
});

/** A page that records every dialog, page error and console error, for asserting nothing ran. */
async function openPage(route: string, options: { javaScript?: boolean; width?: number; dark?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true, acceptDownloads: true,
    viewport: { width: options.width ?? 1366, height: 900 }, colorScheme: options.dark ? 'dark' : 'light',
  });
  context.setDefaultTimeout(BROWSER_WAIT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(new URL(route, server.url).href);
  return { page, errors };
}

async function gridKeys(page: Page): Promise<string[]> {
  return page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.map((row) => row.getAttribute('data-key')!));
}

async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="grid-count"][data-loaded="all"]');
}

const allRows = () => site.gridRows();

describe('the checkpoint grid', () => {
  it('finds exactly the rows of a tag (with or without @), a commit and an exact id', async () => {
    const { page, errors } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    const rows = allRows();
    const search = page.getByLabel('Search');
    const expectRows = async (query: string, expected: string[]) => {
      await search.fill(query);
      await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
      // The URL takes the query before the rows are drawn, and consecutive queries can match as
      // many rows (`merge` and `vip` one each): wait for these rows, not a count, then assert
      // (a wrong answer times the wait out and fails the assertion below with both lists).
      const want = [...expected].sort();
      await page
        .waitForFunction((keys) => JSON.stringify([...document.querySelectorAll('.grid-table tbody tr[data-key]')].map((row) => row.getAttribute('data-key')).sort()) === JSON.stringify(keys), want, { timeout: BROWSER_WAIT })
        .catch(() => undefined);
      expect((await gridKeys(page)).sort(), query).toEqual(want);
    };
    const merge = rows.filter((row) => row.symbolic_tags.includes('@merge')).map((row) => row.key);
    expect(merge).toHaveLength(1);
    await expectRows('@merge', merge);
    await expectRows('merge', merge);
    const vip = rows.filter((row) => row.tags.includes('vip')).map((row) => row.key);
    await expectRows('vip', vip);
    const withCommit = rows.find((row) => row.prompt === 'sales/greeting')!;
    await expectRows(withCommit.commit!.slice(0, 8), rows.filter((row) => row.commit === withCommit.commit).map((row) => row.key));
    await expectRows('support/refund', rows.filter((row) => row.prompt === 'support/refund').map((row) => row.key));
    const v2 = rows.find((row) => row.prompt === 'support/refund' && row.version === 2)!;
    await expectRows(`support/refund@${v2.label}`, [v2.key]);
    // Export buttons say how many rows they export, and are disabled when there are none.
    expect(await page.getByRole('button', { name: 'Export 1 row as CSV' }).isEnabled()).toBe(true);
    await search.fill('zzzzqqq');
    await page.waitForSelector('text=No checkpoint matches these filters.');
    expect(await page.getByRole('button', { name: 'Export 0 rows as CSV' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what is wrong with an unknown ancestry id and an inverted token range', async () => {
    const { page } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    await page.getByLabel('Descends from').fill('support/refnd');
    expect(await page.getByRole('alert').textContent()).toContain('No prompt has the id "support/refnd"');
    expect(await page.getByLabel('Descends from').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Descends from').fill('');
    await page.getByLabel('Min tokens').fill('50');
    await page.getByLabel('Max tokens').fill('10');
    expect(await page.getByRole('alert').textContent()).toContain('The minimum (50) is above the maximum (10)');
    await page.context().close();
  });

  it('shows the columns the reader chooses, with headers whole on a phone', async () => {
    const { page } = await openPage('prompts/checkpoints/', { width: 390 });
    await waitForGrid(page);
    const headers = () => page.$$eval('.grid-table thead th', (ths) => ths.map((th) => th.textContent!.replace(/[▲▼]/g, '').trim()));
    expect(await headers()).toEqual(expect.arrayContaining(['Prompt', 'Version', 'Title', 'Kind', 'Tokens', 'Date']));
    // No header is cut: each button's text fits its cell.
    expect(await page.$$eval('.grid-table thead th button', (buttons) => buttons.every((b) => b.scrollWidth <= b.clientWidth + 1))).toBe(true);
    await page.getByText(/^Columns \(/).click();
    await page.getByLabel('Assistant', { exact: true }).check();
    await page.getByLabel('readability').check();
    expect(await headers()).toEqual(expect.arrayContaining(['Assistant', 'readability']));
    await page.getByLabel('Title', { exact: true }).uncheck();
    expect(await headers()).not.toContain('Title');
    expect(await page.$$eval('.grid-table tbody tr[data-key] td', (tds) => tds.some((td) => /\d{4}-\d\d-\d\d \d\d:\d\d UTC/.test(td.textContent ?? '')))).toBe(true);
    await page.context().close();
  });

  it('shows a long monorepo id by its ends (package and file name), cut in the middle, the whole id in its title', async () => {
    const { page } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    const cell = await page.$eval(`.grid-table tbody tr[data-key^="${MONOREPO_ID}@"] td`, (td) => ({
      shown: td.querySelector('a [aria-hidden="true"]')?.textContent, title: td.getAttribute('title'), fits: td.scrollWidth <= td.clientWidth + 1,
    }));
    expect(cell).toEqual({ shown: 'support-bot/…-a-human-supervisor', title: MONOREPO_ID, fits: true });
    // Screen readers get the whole id as the link's name.
    await expect(page.getByRole('link', { name: MONOREPO_ID, exact: true }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('narrows the rows as one types a fuzzy search, and keeps it in the URL', async () => {
    const { page, errors } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    expect(await page.isHidden('#grid-fallback')).toBe(true);
    expect(await gridKeys(page)).toHaveLength(12);
    await page.getByLabel('Search').pressSequentially('vip refnd');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 1);
    expect(await gridKeys(page)).toEqual([expect.stringMatching(/^support\/refund-vip@1-/)]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vip refnd');
    expect(await page.textContent('[data-testid="grid-count"]')).toBe('1 of 12 checkpoints');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps only rows inside a token range', async () => {
    const { page } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    await page.getByLabel('Min tokens').fill('30');
    await page.getByLabel('Max tokens').fill('50');
    const expected = allRows().filter((row) => row.token_count >= 30 && row.token_count <= 50).map((row) => row.key).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(9);
    await page.waitForFunction((n) => document.querySelectorAll('.grid-table tbody tr[data-key]').length === n, expected.length);
    expect((await gridKeys(page)).sort()).toEqual(expected);
    const url = new URL(page.url());
    expect([url.searchParams.get('min'), url.searchParams.get('max')]).toEqual(['30', '50']);
    await page.context().close();
  });

  it('shows only the descendants of a chosen version, across the fork and the merge', async () => {
    const { page } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    await page.getByLabel('Descends from').fill('support/refund@2');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 5);
    const keys = (await gridKeys(page)).map((key) => key.replace(/-[0-9a-f]{12}$/, '')).sort();
    expect(keys).toEqual(['support/refund-vip@1', 'support/refund@2', 'support/refund@3', 'support/refund@3', 'support/refund@4']);
    await page.getByLabel('Descends from').fill('sales/greeting');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 1);
    await page.context().close();
  });

  it('restores a shared filtered view from its URL, and sorts by a column with the keyboard', async () => {
    const { page } = await openPage('prompts/checkpoints/?tag=billing&sort=token_count&dir=asc');
    await waitForGrid(page);
    expect(await page.locator('select[name="tag"]').inputValue()).toBe('billing');
    const billing = allRows().filter((row) => row.tags.includes('billing'));
    const ascending = [...billing].sort((a, b) => a.token_count - b.token_count || (a.key < b.key ? -1 : 1)).map((row) => row.key);
    expect(await gridKeys(page)).toEqual(ascending);
    expect(await page.getAttribute('th[aria-sort="ascending"]', 'aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: /^Tokens/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('th[aria-sort="descending"]');
    expect(await gridKeys(page)).toEqual([...ascending].reverse());
    expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');
    await page.context().close();
  });

  it('exports exactly the filtered, sorted rows as CSV and as JSON', async () => {
    const { page } = await openPage('prompts/checkpoints/?tag=billing&sort=version&dir=asc');
    await waitForGrid(page);
    const shown = await gridKeys(page);
    expect(shown.length).toBeGreaterThan(1);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${shown.length} rows as CSV` }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('checkpoints.csv');
    const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('prompt,version,label,title,kind,token_count,tone,tags,symbolic_tags,assistant,date,commit,parent_labels,key');
    expect(lines.slice(1).map((line) => line.split(',').at(-1))).toEqual(shown);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${shown.length} rows as JSON` }).click()]);
    const json = JSON.parse(fs.readFileSync((await jsonDownload.path())!, 'utf8')) as GridRow[];
    expect(json.map((row) => row.key)).toEqual(shown);
    expect(json.every((row) => row.tags.includes('billing'))).toBe(true);
    await page.context().close();
  });
});

describe('prompt text holding scripts', () => {
  for (const route of ['prompts/lab/payload/', 'belief/mutations/', 'codex/regression/privacy/account-numbers/', 'prompts/checkpoints/?q=payload', '']) {
    it(`runs none of them on /${route}`, async () => {
      const { page, errors } = await openPage(route);
      await page.waitForLoadState('load');
      if (route.startsWith('prompts/checkpoints')) await waitForGrid(page);
      await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      if (route === 'prompts/lab/payload/') {
        expect(await page.textContent('[data-testid="prompt-text"]')).toContain('<script>window.__pwned = "script"</script>');
        expect(await page.$$('main img')).toHaveLength(0);
      }
      await page.context().close();
    });
  }
});

describe('the mutation list and the regression page', () => {
  it('renders the diff of a mutation, pages the list, and filters a page by tag and assistant', async () => {
    const { page } = await openPage('belief/mutations/');
    const total = await page.$$eval('#mutation-list > li', (items) => items.length);
    expect(total).toBe(FIXTURE_PAGE_SIZE);
    const first = page.locator('#mutation-list > li details').first();
    await first.locator('summary').click();
    await expect(first.locator('.d2h-wrapper').isVisible()).resolves.toBe(true);
    expect(await first.locator('.d2h-ins, .d2h-del').count()).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Mutation pages (top)' }).getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/belief\/mutations\/2\/$/);
    expect(await page.$$eval('#mutation-list > li', (items) => items.length)).toBe(FIXTURE_PAGE_SIZE);
    expect(await page.textContent('nav[aria-label="Mutation pages (top)"] [aria-current="page"]')).toBe('2');
    await page.goto(new URL('belief/mutations/', server.url).href);
    const forks = await page.$$eval('#mutation-list > li', (items) => items.filter((item) => (item.getAttribute('data-tags') ?? '').split(' ').includes('@fork')).length);
    if (forks > 0) {
      await page.getByLabel('Tag').selectOption('@fork');
      expect(await page.$$eval('#mutation-list > li:not([hidden])', (items) => items.length)).toBe(forks);
      expect(new URL(page.url()).searchParams.get('tag')).toBe('@fork');
      await page.getByLabel('Tag').selectOption('');
    }
    await page.getByLabel('Assistant').selectOption('support-bot');
    const supportBot = await page.$$eval('#mutation-list > li:not([hidden])', (items) => items.map((item) => item.getAttribute('data-assistant')));
    expect(supportBot.length).toBeGreaterThan(1);
    expect(supportBot.length).toBeLessThan(total);
    expect(new Set(supportBot)).toEqual(new Set(['support-bot']));
    await page.context().close();
  });

  for (const width of [1366, 390]) {
    it(`shows the flagged word of the regression in view without scrolling sideways at ${width} px`, async () => {
      const { page } = await openPage('codex/regression/privacy/account-numbers/', { width });
      const flagged = page.locator(`[id="${FLAGGED_AUDIT_ID}"]`);
      expect(await flagged.getAttribute('class')).toBe('card needs-review');
      const word = flagged.locator('ins', { hasText: FLAGGED_WORD }).first();
      await word.scrollIntoViewIfNeeded();
      const box = (await word.boundingBox())!;
      expect(box.width).toBeGreaterThan(0);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // Nothing on the way to it scrolls sideways, and the page itself does not.
      expect(await word.evaluate((element) => {
        const clipped: string[] = [];
        for (let node = element.parentElement; node; node = node.parentElement) {
          if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') clipped.push(node.className || node.tagName);
        }
        return clipped;
      })).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      if (width === 390) {
        // Line by line on a phone: the old line above the new one, one column of text.
        const [oldCell, newCell] = await Promise.all([flagged.locator('tr.pv-change td.pv-old:not(.d2h-code-side-linenumber)').first().boundingBox(), flagged.locator('tr.pv-change td.pv-new:not(.d2h-code-side-linenumber)').first().boundingBox()]);
        expect(newCell!.y).toBeGreaterThan(oldCell!.y);
      }
      await page.context().close();
    });
  }
});

describe('the codex page', () => {
  it('lists the clauses, open first, and takes the reader to the open audit', async () => {
    const { page } = await openPage('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Codex' }).click();
    await page.waitForURL(/codex\/$/);
    const first = page.locator('#codex-table tbody tr').first();
    expect(await first.getAttribute('data-clause')).toBe('privacy/account-numbers');
    // The guard audits the same clause change too: follow the link to the fixture's flagged audit.
    await first.locator(`td a[href$="#${FLAGGED_AUDIT_ID}"]`).click();
    await page.waitForURL(new RegExp(`#${FLAGGED_AUDIT_ID}$`));
    expect(await page.locator(`[id="${FLAGGED_AUDIT_ID}"]`).isVisible()).toBe(true);
    expect(await page.evaluate((id) => { const r = document.getElementById(id)!.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; }, FLAGGED_AUDIT_ID)).toBe(true);
    await page.context().close();
  });
});

describe('comparing two versions', () => {
  it('diffs the two chosen versions of a prompt in the page, and keeps the choice in the URL', async () => {
    const { page, errors } = await openPage('prompts/support/refund/');
    const versions = allRows().filter((row) => row.prompt === 'support/refund').sort((a, b) => a.version - b.version);
    const v1 = versions[0]!;
    const v4 = versions.at(-1)!;
    await page.locator('#compare-form').getByLabel('From').selectOption(v1.key);
    await page.locator('#compare-form').getByLabel('To').selectOption(v4.key);
    await page.getByRole('button', { name: 'Compare' }).click();
    const region = page.getByRole('region', { name: `Comparison of ${v1.label} with ${v4.label}` });
    await region.waitFor();
    expect(await region.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Always apologise once')]));
    expect(await region.locator('th').allTextContents()).toEqual([v1.label, v4.label]);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([v1.key, v4.key]);
    // The same comparison opens from a shared link.
    await page.goto(url.href);
    await page.getByRole('region', { name: `Comparison of ${v1.label} with ${v4.label}` }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const ROUTES = ['', 'belief/mutations/', 'belief/mutations/2/', 'codex/', 'codex/regression/privacy/account-numbers/', 'prompts/checkpoints/', 'prompts/support/refund/', 'prompts/support/refund-vip/', 'prompts/sales/greeting/', 'prompts/lab/payload/', 'browse/prompts/', 'labels/'];
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('accessibility (axe-core)', () => {
  // Dark mode only where its colours differ most: diffs, the grid, badges.
  const DARK_ROUTES = new Set(['codex/', 'codex/regression/privacy/account-numbers/', 'prompts/checkpoints/', 'prompts/support/refund/']);
  for (const route of ROUTES) {
    const modes = [{ width: 1366, dark: false }, { width: 390, dark: false }, ...(DARK_ROUTES.has(route) ? [{ width: 1366, dark: true }] : [])];
    it(`finds no serious or critical violation on /${route} at 1366 and 390 px${DARK_ROUTES.has(route) ? ', and in dark mode' : ''}`, async () => {
      const found: string[] = [];
      for (const { width, dark } of modes) {
        const { page } = await openPage(route, { width, dark });
        if (route === 'prompts/checkpoints/') await waitForGrid(page);
        if (route === 'prompts/support/refund/') {
          await page.getByRole('button', { name: 'Compare' }).click();
          await page.waitForSelector('[data-testid="compare-diff"]');
        }
        // Diffs and lists inside <details> are checked open.
        await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        for (const violation of violations) found.push(`${width}px${dark ? ' dark' : ''}: ${violation}`);
        await page.context().close();
      }
      expect(found).toEqual([]);
    });
  }
});

describe('without JavaScript', () => {
  it('shows the most recent checkpoints as a plain table and the whole mutation list', async () => {
    const { page } = await openPage('prompts/checkpoints/', { javaScript: false });
    expect(await page.$$eval('#fallback-table tbody tr', (rows) => rows.length)).toBe(12);
    expect(await page.isVisible('#fallback-table')).toBe(true);
    // A long monorepo id cut in the middle as the grid island cuts it, the whole id the link's name.
    expect(await page.$eval(`#fallback-table tr[data-key^="${MONOREPO_ID}@"] td a`, (a) => ({
      shown: a.querySelector('[aria-hidden="true"]')?.textContent, wholeWidth: a.querySelector('.visually-hidden')?.getBoundingClientRect().width,
    }))).toEqual({ shown: 'support-bot/…-a-human-supervisor', wholeWidth: 1 });
    await expect(page.getByRole('link', { name: MONOREPO_ID, exact: true }).count()).resolves.toBe(1);
    await page.goto(new URL('belief/mutations/', server.url).href);
    expect(await page.$$eval('#mutation-list > li', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)).toBe(FIXTURE_PAGE_SIZE);
    expect(await page.isVisible('#mutation-filters')).toBe(false);
    await page.getByRole('link', { name: 'Page 2' }).first().click();
    expect(await page.$$eval('#mutation-list > li', (items) => items.length)).toBe(FIXTURE_PAGE_SIZE);
    await page.goto(new URL('prompts/support/refund/', server.url).href);
    expect(await page.isVisible('#compare-form')).toBe(false);
    expect(await page.locator('.pv-diff').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the grid with 50,000 checkpoints', () => {
  it('renders only the rows in view and filters on each keystroke (timings logged, not asserted)', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-50k-'));
    fs.cpSync(site.outDir, copy, { recursive: true });
    // The rows as the build writes them: a manifest and shards of GRID_SHARD_ROWS rows.
    const rows = syntheticRows(50_000);
    const manifest = gridManifest(rows.length);
    fs.writeFileSync(path.join(copy, 'prompts/checkpoints.json'), JSON.stringify(manifest));
    manifest.shards.forEach((shard, i) => fs.writeFileSync(path.join(copy, shard), JSON.stringify(shardRows(rows, i + 1))));
    const big = await serveStatic({ dir: copy, base: FIXTURE_BASE });
    try {
      const context = await browser.newContext();
      context.setDefaultTimeout(BROWSER_WAIT);
      const page = await context.newPage();
      await page.goto(new URL('prompts/checkpoints/', big.url).href);
      await page.waitForSelector('[data-testid="grid-count"][data-loaded="all"]');
      expect(await page.textContent('[data-testid="grid-count"]')).toBe('50000 checkpoints');
      expect(await page.isVisible('[data-testid="grid-loading"]')).toBe(false);
      expect(await page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.length)).toBeLessThan(80);
      const timings: number[] = [];
      const search = page.getByLabel('Search');
      for (const char of 'billing refnd') {
        await search.press(char === ' ' ? 'Space' : char);
        // The grid filters a deferred copy of the query and says which one it answered: the timing
        // read is this keystroke's, however long the busy machine took to get there.
        const typed = await search.inputValue();
        await page.waitForFunction((q) => document.querySelector('[data-testid="grid-count"]')?.getAttribute('data-query') === q, typed);
        timings.push(Number(await page.getAttribute('[data-testid="grid-count"]', 'data-filter-ms')));
      }
      expect(await page.textContent('[data-testid="grid-count"]')).toMatch(/^\d+ of 50000 checkpoints$/);
      expect(await page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.every((row) => row.getBoundingClientRect().height === 36))).toBe(true);
      await page.locator('.grid-scroll').evaluate((element) => { element.scrollTop = 20_000; });
      // Drawn once the row at the new scroll position is in the table (rows are 36 px; the header is row 1).
      await page.waitForFunction(() => document.querySelector(`.grid-table tbody tr[data-key][aria-rowindex="${Math.floor(document.querySelector('.grid-scroll')!.scrollTop / 36) + 2}"]`) !== null);
      expect(await page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.length)).toBeLessThan(80);
      console.log(`[grid 50k] filter ms per keystroke typing "billing refnd": ${timings.map((t) => t.toFixed(1)).join(', ')}`);
      await context.close();
    } finally {
      await big.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

/** Rows shaped like a real vault: 5,000 prompts of ten versions each, a fork now and then. */
function syntheticRows(count: number): GridRow[] {
  const tones = ['empathetic', 'formal', 'friendly', 'neutral', 'concise'];
  const areas = ['support', 'billing', 'sales', 'coding', 'general', 'legal', 'hr', 'ops'];
  const words = ['refund', 'greeting', 'invoice', 'dispute', 'escalation', 'summary', 'review', 'translate', 'status', 'cancel', 'onboarding', 'policy'];
  const rows: GridRow[] = [];
  for (let i = 0; i < count; i++) {
    const promptNo = Math.floor(i / 10);
    const version = (i % 10) + 1;
    const prompt = `${areas[promptNo % areas.length]}/${words[promptNo % words.length]}-${promptNo}`;
    const hash = (i * 2654435761 % 2 ** 32).toString(16).padStart(12, '0').slice(0, 12);
    const key = `${prompt}@${version}-${hash}`;
    const parentRow = version > 1 ? rows[i - 1]! : promptNo > 0 && promptNo % 7 === 0 ? rows[i - 5]! : null;
    const parent = parentRow?.key ?? null;
    const tokens = 50 + ((i * 37) % 2000);
    rows.push({
      key, prompt, version, label: `v${version}·${hash.slice(6, 12)}`, kind: version === 1 ? (parent ? 'fork' : 'new') : 'edit', format: null,
      parent_labels: parentRow ? [parentRow.label] : [], traits: { token_count: tokens, word_count: tokens * 0.7, readability: 55.5, formality: 0.2, sentiment: 0.1, hard_constraints: 2, template_variables: 1 },
      title: `${words[promptNo % words.length]} prompt ${promptNo}`, token_count: tokens,
      tone: tones[promptNo % tones.length]!, tags: [areas[promptNo % areas.length]!, words[(promptNo + 3) % words.length]!], symbolic_tags: [version === 1 ? '@new' : '@edit'],
      assistant: `${areas[promptNo % areas.length]}-bot`, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'), commit: hash.padEnd(40, '0'), parents: parent ? [parent] : [],
    });
  }
  return rows;
}

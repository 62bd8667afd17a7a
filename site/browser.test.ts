// The built site in a real headless Chromium: the grid's search, token range, ancestry, sorting,
// URL state and exports; payload prompts that must not run; diffs and filters on the mutation
// and regression pages; and the pages with JavaScript turned off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, FIXTURE_BASE, type BuiltFixture } from '../scripts/lib/site/test-build-fixture.ts';
import { launchChromium } from '../scripts/lib/site/test-browser.ts';
import { serveStatic, type StaticServer } from '../scripts/lib/site/test-static-server.ts';
import type { GridRow } from '../scripts/lib/site/grid-rows.ts';

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
async function openPage(route: string, options: { javaScript?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, acceptDownloads: true });
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
  await page.waitForSelector('[data-testid="grid-count"]');
}

const allRows = () => JSON.parse(site.read('prompts/checkpoints.json')) as GridRow[];

describe('the checkpoint grid', () => {
  it('narrows the rows as one types a fuzzy search, and keeps it in the URL', async () => {
    const { page, errors } = await openPage('prompts/checkpoints/');
    await waitForGrid(page);
    expect(await page.isHidden('#grid-fallback')).toBe(true);
    expect(await gridKeys(page)).toHaveLength(9);
    await page.getByLabel('Search').pressSequentially('vip refnd');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 1);
    expect(await gridKeys(page)).toEqual([expect.stringMatching(/^support\/refund-vip@1-/)]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vip refnd');
    expect(await page.textContent('[data-testid="grid-count"]')).toBe('1 of 9 checkpoints');
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
    expect(await page.getByLabel('Tag').inputValue()).toBe('billing');
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
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('checkpoints.csv');
    const csv = fs.readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('prompt,version,title,token_count,tone,tags,symbolic_tags,assistant,date,commit,key');
    expect(lines.slice(1).map((line) => line.split(',').at(-1))).toEqual(shown);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
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
  it('renders the diff of a mutation and filters the list by tag and assistant', async () => {
    const { page } = await openPage('belief/mutations/');
    const total = await page.$$eval('#mutation-list > li', (items) => items.length);
    const first = page.locator('#mutation-list > li details').first();
    await first.locator('summary').click();
    await expect(first.locator('.d2h-wrapper').isVisible()).resolves.toBe(true);
    expect(await first.locator('.d2h-ins, .d2h-del').count()).toBeGreaterThan(0);
    await page.getByLabel('Tag').selectOption('@fork');
    expect(await page.$$eval('#mutation-list > li:not([hidden])', (items) => items.length)).toBe(1);
    expect(new URL(page.url()).searchParams.get('tag')).toBe('@fork');
    await page.getByLabel('Tag').selectOption('');
    await page.getByLabel('Assistant').selectOption('support-bot');
    const supportBot = await page.$$eval('#mutation-list > li:not([hidden])', (items) => items.map((item) => item.getAttribute('data-assistant')));
    expect(supportBot.length).toBeGreaterThan(1);
    expect(supportBot.length).toBeLessThan(total);
    expect(new Set(supportBot)).toEqual(new Set(['support-bot']));
    await page.context().close();
  });

  it('shows a side-by-side diff on the regression page with the flagged audit standing out', async () => {
    const { page } = await openPage('codex/regression/privacy/account-numbers/');
    const flagged = page.locator('.card.needs-review').first();
    expect(await flagged.isVisible()).toBe(true);
    expect(await flagged.locator('.d2h-file-side-diff').count()).toBe(2);
    expect(await flagged.locator('.d2h-file-side-diff').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows the most recent checkpoints as a plain table and the whole mutation list', async () => {
    const { page } = await openPage('prompts/checkpoints/', { javaScript: false });
    expect(await page.$$eval('#fallback-table tbody tr', (rows) => rows.length)).toBe(9);
    expect(await page.isVisible('#fallback-table')).toBe(true);
    await page.goto(new URL('belief/mutations/', server.url).href);
    expect(await page.$$eval('#mutation-list > li', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)).toBe(9);
    expect(await page.isVisible('#mutation-filters')).toBe(false);
    await page.context().close();
  });
});

describe('the grid with 50,000 checkpoints', () => {
  it('renders only the rows in view and filters on each keystroke (timings logged, not asserted)', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-50k-'));
    fs.cpSync(site.outDir, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'prompts/checkpoints.json'), JSON.stringify(syntheticRows(50_000)));
    const big = await serveStatic({ dir: copy, base: FIXTURE_BASE });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('prompts/checkpoints/', big.url).href);
      await page.waitForSelector('[data-testid="grid-count"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="grid-count"]')).toBe('50000 checkpoints');
      expect(await page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.length)).toBeLessThan(80);
      const timings: number[] = [];
      const search = page.getByLabel('Search');
      for (const char of 'billing refnd') {
        await search.press(char === ' ' ? 'Space' : char);
        await page.waitForTimeout(30);
        timings.push(Number(await page.getAttribute('[data-testid="grid-count"]', 'data-filter-ms')));
      }
      expect(await page.textContent('[data-testid="grid-count"]')).toMatch(/^\d+ of 50000 checkpoints$/);
      expect(await page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.every((row) => row.getBoundingClientRect().height === 36))).toBe(true);
      await page.locator('.grid-scroll').evaluate((element) => { element.scrollTop = 20_000; });
      await page.waitForTimeout(50);
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
    const parent = version > 1 ? rows[i - 1]!.key : promptNo > 0 && promptNo % 7 === 0 ? rows[i - 5]!.key : null;
    rows.push({
      key, prompt, version, title: `${words[promptNo % words.length]} prompt ${promptNo}`, token_count: 50 + ((i * 37) % 2000),
      tone: tones[promptNo % tones.length]!, tags: [areas[promptNo % areas.length]!, words[(promptNo + 3) % words.length]!], symbolic_tags: [version === 1 ? '@new' : '@edit'],
      assistant: `${areas[promptNo % areas.length]}-bot`, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'), commit: hash.padEnd(40, '0'), parents: parent ? [parent] : [],
    });
  }
  return rows;
}

// The checkpoint grid in a real headless Chromium, on the built fixture site: search, token range,
// ancestry, columns, sorting, URL state and exports; and the grid with 50,000 checkpoints. The
// other pages: browser.test.ts; accessibility and pages without JavaScript: browser-accessibility.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_BASE } from '../scripts/lib/site/test-build-fixture.ts';
import { MONOREPO_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import { BROWSER_WAIT } from '../scripts/lib/site/test-browser.ts';
import { gridKeys, openFilePage, useBrowserSite, waitForGrid } from '../scripts/lib/site/test-browser-site.ts';
import { serveStatic } from '../scripts/lib/site/test-static-server.ts';
import type { GridRow } from '../scripts/lib/site/grid-rows.ts';
import { gridManifest, shardRows } from '../scripts/lib/site/grid-shards.ts';

const live = useBrowserSite();
const allRows = () => live.site.gridRows();

describe('the checkpoint grid', () => {
  it('finds exactly the rows of a tag (with or without @), a commit and an exact id', async () => {
    const { page, errors } = await openFilePage(live, 'prompts/checkpoints/');
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
  });

  it('says what is wrong with an unknown ancestry id and an inverted token range', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/');
    await waitForGrid(page);
    await page.getByLabel('Descends from').fill('support/refnd');
    expect(await page.getByRole('alert').textContent()).toContain('No prompt has the id "support/refnd"');
    expect(await page.getByLabel('Descends from').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Descends from').fill('');
    await page.getByLabel('Min tokens').fill('50');
    await page.getByLabel('Max tokens').fill('10');
    expect(await page.getByRole('alert').textContent()).toContain('The minimum (50) is above the maximum (10)');
  });

  it('shows the columns the reader chooses, with headers whole on a phone', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/', { width: 390 });
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
  });

  it('shows a long monorepo id by its ends (package and file name), cut in the middle, the whole id in its title', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/');
    await waitForGrid(page);
    const cell = await page.$eval(`.grid-table tbody tr[data-key^="${MONOREPO_ID}@"] td`, (td) => ({
      shown: td.querySelector('a [aria-hidden="true"]')?.textContent, title: td.getAttribute('title'), fits: td.scrollWidth <= td.clientWidth + 1,
    }));
    expect(cell).toEqual({ shown: 'support-bot/…-a-human-supervisor', title: MONOREPO_ID, fits: true });
    // Screen readers get the whole id as the link's name.
    await expect(page.getByRole('link', { name: MONOREPO_ID, exact: true }).count()).resolves.toBe(1);
  });

  it('narrows the rows as one types a fuzzy search, and keeps it in the URL', async () => {
    const { page, errors } = await openFilePage(live, 'prompts/checkpoints/');
    await waitForGrid(page);
    expect(await page.isHidden('#grid-fallback')).toBe(true);
    expect(await gridKeys(page)).toHaveLength(12);
    await page.getByLabel('Search').pressSequentially('vip refnd');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 1);
    expect(await gridKeys(page)).toEqual([expect.stringMatching(/^support\/refund-vip@1-/)]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('vip refnd');
    expect(await page.textContent('[data-testid="grid-count"]')).toBe('1 of 12 checkpoints');
    expect(errors).toEqual([]);
  });

  it('keeps only rows inside a token range', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/');
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
  });

  it('shows only the descendants of a chosen version, across the fork and the merge', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/');
    await waitForGrid(page);
    await page.getByLabel('Descends from').fill('support/refund@2');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 5);
    const keys = (await gridKeys(page)).map((key) => key.replace(/-[0-9a-f]{12}$/, '')).sort();
    expect(keys).toEqual(['support/refund-vip@1', 'support/refund@2', 'support/refund@3', 'support/refund@3', 'support/refund@4']);
    await page.getByLabel('Descends from').fill('sales/greeting');
    await page.waitForFunction(() => document.querySelectorAll('.grid-table tbody tr[data-key]').length === 1);
  });

  it('restores a shared filtered view from its URL, and sorts by a column with the keyboard', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/?tag=billing&sort=token_count&dir=asc');
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
  });

  it('exports exactly the filtered, sorted rows as CSV and as JSON', async () => {
    const { page } = await openFilePage(live, 'prompts/checkpoints/?tag=billing&sort=version&dir=asc');
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
  });
});


describe('the grid with 50,000 checkpoints', () => {
  it('renders only the rows in view and filters on each keystroke (timings logged, not asserted)', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-50k-'));
    fs.cpSync(live.site.outDir, copy, { recursive: true });
    // The rows as the build writes them: a manifest and shards of GRID_SHARD_ROWS rows.
    const rows = syntheticRows(50_000);
    const manifest = gridManifest(rows.length);
    fs.writeFileSync(path.join(copy, 'prompts/checkpoints.json'), JSON.stringify(manifest));
    manifest.shards.forEach((shard, i) => fs.writeFileSync(path.join(copy, shard), JSON.stringify(shardRows(rows, i + 1))));
    const big = await serveStatic({ dir: copy, base: FIXTURE_BASE });
    try {
      const context = await live.browser.newContext();
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

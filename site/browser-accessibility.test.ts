// The built site in a real headless Chromium: axe-core on every route at a laptop and a phone
// width (and dark mode where colours differ most), and the pages with JavaScript turned off.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGE_SIZE, MONOREPO_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import { openPage, useBrowserSite, waitForGrid } from '../scripts/lib/site/test-browser-site.ts';

const live = useBrowserSite();

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
        const { page } = await openPage(live, route, { width, dark });
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
    const { page } = await openPage(live, 'prompts/checkpoints/', { javaScript: false });
    expect(await page.$$eval('#fallback-table tbody tr', (rows) => rows.length)).toBe(12);
    expect(await page.isVisible('#fallback-table')).toBe(true);
    // A long monorepo id cut in the middle as the grid island cuts it, the whole id the link's name.
    expect(await page.$eval(`#fallback-table tr[data-key^="${MONOREPO_ID}@"] td a`, (a) => ({
      shown: a.querySelector('[aria-hidden="true"]')?.textContent, wholeWidth: a.querySelector('.visually-hidden')?.getBoundingClientRect().width,
    }))).toEqual({ shown: 'support-bot/…-a-human-supervisor', wholeWidth: 1 });
    await expect(page.getByRole('link', { name: MONOREPO_ID, exact: true }).count()).resolves.toBe(1);
    await page.goto(new URL('belief/mutations/', live.server.url).href);
    expect(await page.$$eval('#mutation-list > li', (items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)).toBe(FIXTURE_PAGE_SIZE);
    expect(await page.isVisible('#mutation-filters')).toBe(false);
    await page.getByRole('link', { name: 'Page 2' }).first().click();
    expect(await page.$$eval('#mutation-list > li', (items) => items.length)).toBe(FIXTURE_PAGE_SIZE);
    await page.goto(new URL('prompts/support/refund/', live.server.url).href);
    expect(await page.isVisible('#compare-form')).toBe(false);
    expect(await page.locator('.pv-diff').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});


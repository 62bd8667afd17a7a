// The built site in a real headless Chromium: axe-core on every route at a laptop and a phone
// width (and dark mode where colours differ most), and the pages with JavaScript turned off.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGE_SIZE, MONOREPO_ID } from '../scripts/lib/site/test-fixture-vault.ts';
import { openFilePage, openPage, useBrowserSite, waitForGrid } from '../scripts/lib/site/test-browser-site.ts';

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
      // One page per route, loaded once and axe injected once; each mode then sets the width and
      // the colour scheme before axe runs. The site lays out by CSS media queries alone (no script
      // reads the width; the grid reads its height, 900 px in every mode), so a page resized to a
      // width is laid out as one loaded at it, and a scheme emulated restyles it as a load would.
      const { page } = await openFilePage(live, route);
      if (route === 'prompts/checkpoints/') await waitForGrid(page);
      if (route === 'prompts/support/refund/') {
        await page.getByRole('button', { name: 'Compare' }).click();
        await page.waitForSelector('[data-testid="compare-diff"]');
      }
      // Diffs and lists inside <details> are checked open.
      await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
      await page.addScriptTag({ content: AXE });
      for (const { width, dark } of modes) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
        const violations = await page.evaluate(async () => {
          type Rule = { id: string; impact?: string };
          type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
          const axe = (window as unknown as { axe: { _audit: { rules: Rule[] }; run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
          // A rule that declares its impact gives every node it fails that impact (axe's
          // finalizeRuleResult): one declared minor or moderate can never report what this test
          // fails on, so it is not run. A rule without one runs. The passes, which nobody reads
          // here, are not serialised node by node (resultTypes).
          const belowSerious = axe._audit.rules.filter((rule) => rule.impact === 'minor' || rule.impact === 'moderate');
          const result = await axe.run(document, { resultTypes: ['violations'], rules: Object.fromEntries(belowSerious.map((rule) => [rule.id, { enabled: false }])) });
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        for (const violation of violations) found.push(`${width}px${dark ? ' dark' : ''}: ${violation}`);
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


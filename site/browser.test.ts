// The built site in a real headless Chromium: payload prompts that must not run; wrapped diffs
// whose flagged words stay in view; the mutation list's paging and filters; the codex page and
// version comparison. The checkpoint grid: browser-grid.test.ts; accessibility and pages without
// JavaScript: browser-accessibility.test.ts.
import { describe, expect, it } from 'vitest';
import { FLAGGED_AUDIT_ID, FLAGGED_WORD, FIXTURE_PAGE_SIZE } from '../scripts/lib/site/test-fixture-vault.ts';
import { openFilePage, useBrowserSite, waitForGrid } from '../scripts/lib/site/test-browser-site.ts';

const live = useBrowserSite();
const allRows = () => live.site.gridRows();

describe('prompt text holding scripts', () => {
  for (const route of ['prompts/lab/payload/', 'belief/mutations/', 'codex/regression/privacy/account-numbers/', 'prompts/checkpoints/?q=payload', '']) {
    it(`runs none of them on /${route}`, async () => {
      const { page, errors } = await openFilePage(live, route);
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
    });
  }
});

describe('the mutation list and the regression page', () => {
  it('renders the diff of a mutation, pages the list, and filters a page by tag and assistant', async () => {
    const { page } = await openFilePage(live, 'belief/mutations/');
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
    await page.goto(new URL('belief/mutations/', live.server.url).href);
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
  });

  for (const width of [1366, 390]) {
    it(`shows the flagged word of the regression in view without scrolling sideways at ${width} px`, async () => {
      const { page } = await openFilePage(live, 'codex/regression/privacy/account-numbers/', { width });
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
      });
  }
});

describe('the codex page', () => {
  it('lists the clauses, open first, and takes the reader to the open audit', async () => {
    const { page } = await openFilePage(live, '');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Codex' }).click();
    await page.waitForURL(/codex\/$/);
    const first = page.locator('#codex-table tbody tr').first();
    expect(await first.getAttribute('data-clause')).toBe('privacy/account-numbers');
    // The guard audits the same clause change too: follow the link to the fixture's flagged audit.
    await first.locator(`td a[href$="#${FLAGGED_AUDIT_ID}"]`).click();
    await page.waitForURL(new RegExp(`#${FLAGGED_AUDIT_ID}$`));
    expect(await page.locator(`[id="${FLAGGED_AUDIT_ID}"]`).isVisible()).toBe(true);
    expect(await page.evaluate((id) => { const r = document.getElementById(id)!.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; }, FLAGGED_AUDIT_ID)).toBe(true);
  });
});

describe('comparing two versions', () => {
  it('diffs the two chosen versions of a prompt in the page, and keeps the choice in the URL', async () => {
    const { page, errors } = await openFilePage(live, 'prompts/support/refund/');
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
  });
});


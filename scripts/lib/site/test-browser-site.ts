// Test helper (node-only): the fixture site served under its base path and a Chromium to read it
// with, for the browser suites (site/browser*.test.ts). Each suite file launches its own browser;
// the site is the run's one build (test-build-fixture.ts), so splitting the suite into files that
// the two workers run side by side costs a browser launch each, not a build.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildFixtureSite, FIXTURE_BASE, type BuiltFixture } from './test-build-fixture.ts';
import { BROWSER_WAIT, launchChromium } from './test-browser.ts';
import { serveStatic, type StaticServer } from './test-static-server.ts';

export interface BrowserSite {
  site: BuiltFixture;
  server: StaticServer;
  browser: Browser;
  /** The file's one page for the tests that open a route with JavaScript on (openFilePage). */
  filePage?: { page: Page; errors: string[] };
}

/** The site, its server and a browser for this file's tests: set in beforeAll, closed in afterAll. */
export function useBrowserSite(): BrowserSite {
  const live = {} as BrowserSite;
  beforeAll(async () => {
    live.browser = await launchChromium();
    live.site = await buildFixtureSite();
    live.server = await serveStatic({ dir: live.site.outDir, base: FIXTURE_BASE });
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
    live.site?.cleanup();
  });
  return live;
}

/** A page of `route` that records every dialog, page error and console error, for asserting nothing ran. */
export async function openPage({ browser, server }: BrowserSite, route: string, options: { javaScript?: boolean; width?: number; dark?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true, acceptDownloads: true,
    viewport: { width: options.width ?? 1366, height: 900 }, colorScheme: options.dark ? 'dark' : 'light',
  });
  context.setDefaultTimeout(BROWSER_WAIT);
  const page = await context.newPage();
  const errors: string[] = [];
  recordErrors(page, () => errors);
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(new URL(route, server.url).href);
  return { page, errors };
}

/** Pushes each dialog, page error and console error of `page` onto the list `list` gives at that moment. */
function recordErrors(page: Page, list: () => string[]): void {
  page.on('dialog', (dialog) => list().push(`dialog: ${dialog.message()}`));
  page.on('pageerror', (error) => list().push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') list().push(`console: ${message.text()}`);
  });
}

/**
 * `route` in the file's one page, navigated to afresh at `width` (900 px high), light, its storage
 * cleared first (the grid keeps the chosen columns in localStorage), with a new list of the
 * dialogs, page errors and console errors since. A page of its own per test started a renderer
 * process each time (a new page 2.2-3.2 s of wall at load 16-20 on the shared machine, a
 * navigation in a page 0.26 s); a navigation makes a new document, window and script state, which
 * is what each test starts from. Not for a test that turns JavaScript off (a context's setting):
 * openPage. Closed with the browser; a test leaves it open.
 */
export async function openFilePage(live: BrowserSite, route: string, options: { width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  if (!live.filePage) {
    const { page } = await openPage(live, 'about:blank');
    const shared = { page, errors: [] as string[] };
    // openPage's listeners fill the first list; these fill each test's own.
    recordErrors(page, () => shared.errors);
    live.filePage = shared;
  }
  const shared = live.filePage;
  const { page } = shared;
  if (page.url().startsWith(live.server.url)) await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.setViewportSize({ width: options.width ?? 1366, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  shared.errors = [];
  await page.goto(new URL(route, live.server.url).href);
  return { page, errors: shared.errors };
}

/** The keys of the grid's drawn rows. */
export async function gridKeys(page: Page): Promise<string[]> {
  return page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.map((row) => row.getAttribute('data-key')!));
}

/** Waits until the grid has loaded every shard. */
export async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="grid-count"][data-loaded="all"]');
}

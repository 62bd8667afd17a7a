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

/** The keys of the grid's drawn rows. */
export async function gridKeys(page: Page): Promise<string[]> {
  return page.$$eval('.grid-table tbody tr[data-key]', (rows) => rows.map((row) => row.getAttribute('data-key')!));
}

/** Waits until the grid has loaded every shard. */
export async function waitForGrid(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="grid-count"][data-loaded="all"]');
}

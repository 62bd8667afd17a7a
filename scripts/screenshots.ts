// `npm run screenshots`: the README's pictures, taken from the sample vault so they stay current.
// Builds the site of this repository into a temporary folder, serves it, and captures the main
// pages in Debian's Chromium (PROMPTVAULT_CHROMIUM to use another) at a laptop and a phone width.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from './commands/build/index.ts';
import { launchChromium } from './lib/site/test-browser.ts';
import { serveStatic } from './lib/site/test-static-server.ts';
import { PROJECT_ROOT } from './test-utils/repo.ts';

const OUT = path.join(PROJECT_ROOT, '.github/screenshots');

/** What each picture shows; `prepare` brings the page to the state worth showing. */
const SHOTS: { file: string; route: string; width: number; height: number; dark?: boolean; prepare?: (page: import('playwright-core').Page) => Promise<void> }[] = [
  { file: 'overview.jpg', route: '', width: 1366, height: 820 },
  { file: 'codex.jpg', route: 'codex/', width: 1366, height: 620 },
  { file: 'regression.jpg', route: 'codex/regression/privacy/account-numbers/', width: 1366, height: 1000, prepare: async (page) => { await page.locator('#history').scrollIntoViewIfNeeded(); } },
  { file: 'grid.jpg', route: 'prompts/checkpoints/?q=refund', width: 1366, height: 820, prepare: async (page) => { await page.waitForSelector('[data-testid="grid-count"]'); } },
  {
    file: 'prompt-compare.jpg', route: 'prompts/support/refund/', width: 1366, height: 1000,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForSelector('[data-testid="compare-diff"]');
      await page.locator('#compare-h').scrollIntoViewIfNeeded();
    },
  },
  { file: 'regression-phone-dark.jpg', route: 'codex/regression/privacy/account-numbers/', width: 390, height: 844, dark: true, prepare: async (page) => { await page.locator('.pv-diff').first().scrollIntoViewIfNeeded(); } },
];

async function main(): Promise<void> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-screenshots-'));
  const browser = await launchChromium();
  try {
    const outDir = path.join(temp, 'dist');
    await buildSite({ cwd: PROJECT_ROOT, outDir, cacheDir: path.join(temp, 'cache'), logLevel: 'warn' });
    const server = await serveStatic({ dir: outDir, base: '/' });
    fs.mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.dark ? 'dark' : 'light', deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(new URL(shot.route, server.url).href);
      await page.waitForLoadState('load');
      await shot.prepare?.(page);
      const file = path.join(OUT, shot.file);
      await page.screenshot({ path: file, type: 'jpeg', quality: 72 });
      process.stdout.write(`promptvault screenshots: ${path.relative(PROJECT_ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)\n`);
      await context.close();
    }
    await server.close();
  } finally {
    await browser.close();
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

await main();

// Test helper (node-only): Debian's Chromium driven by playwright-core. No test tool downloads a
// browser here: without /usr/bin/chromium (CI installs it) the browser tests fail, saying why.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PROMPTVAULT_CHROMIUM || '/usr/bin/chromium';

/**
 * How long a test waits for the browser (launch, navigation, a selector, a state): playwright's 30 s
 * default is not enough on a loaded 2-core CI machine running other suites beside the browser.
 * Waits are for conditions, so a passing test never waits this long; only a hang or a wrong
 * answer does.
 */
export const BROWSER_WAIT = 120_000;

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium; .ci/run does it) or point PROMPTVAULT_CHROMIUM at a Chromium binary.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: BROWSER_WAIT,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// When the site's code reads the vault again: a build reads it once, whatever the environment's
// DEV says (vitest sets it); `astro dev` (astro.config.mjs defines __PROMPTVAULT_DEV_SERVER__
// true) reads it again for a request after an edit, and the requests of one moment share a read.
// Driven on site/lib/vault.ts itself with a clock under the test's control, no server started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSyntheticVault } from '../../scripts/bench/synthetic-vault.ts';
import { removeAtExit } from '../../scripts/lib/site/test-build-fixture.ts';

const globals = globalThis as { __PROMPTVAULT_DEV_SERVER__?: boolean };
let vault: string;
const savedRoot = process.env.PROMPTVAULT_ROOT;

beforeAll(() => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-site-refresh-'));
  removeAtExit(temp);
  vault = path.join(temp, 'repo');
  fs.mkdirSync(vault);
  writeSyntheticVault({ dir: vault, seed: 2, prompts: 2, checkpoints: 4, clauses: 1, audits: 1 });
  process.env.PROMPTVAULT_ROOT = vault;
});
afterAll(() => {
  if (savedRoot === undefined) delete process.env.PROMPTVAULT_ROOT;
  else process.env.PROMPTVAULT_ROOT = savedRoot;
});
afterEach(() => {
  delete globals.__PROMPTVAULT_DEV_SERVER__;
  vi.useRealTimers();
});

/** A fresh copy of site/lib/vault.ts (its read is module state) under a fake clock. */
async function freshSiteModule() {
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['performance'] });
  return import('./vault.ts');
}

/** Adds a prompt file (no record yet), as an edit in the working tree does. */
function addPrompt(id: string): void {
  fs.writeFileSync(path.join(vault, 'prompts', `${id}.md`), `---\ntitle: ${id}\n---\nA new prompt.\n`);
}

describe('reading the vault for the site', () => {
  it('reads it once in a build, even with DEV set and long after the first read', async () => {
    expect(process.env.DEV).toBeTruthy(); // vitest's environment, the one a build under a test runner sees
    const site = await freshSiteModule();
    const first = await site.getSite();
    addPrompt('added-during-build');
    try {
      vi.advanceTimersByTime(60_000);
      const later = await site.getSite();
      expect(later).toBe(first);
      expect(later.model.promptIds).not.toContain('added-during-build');
    } finally {
      fs.rmSync(path.join(vault, 'prompts', 'added-during-build.md'));
    }
  });

  it('under astro dev, shares one read between requests of a moment and reads an edit on the next request after it', async () => {
    globals.__PROMPTVAULT_DEV_SERVER__ = true;
    const site = await freshSiteModule();
    const first = await site.getSite();
    const promptsBefore = first.model.promptIds.length;
    addPrompt('added-in-dev');
    try {
      vi.advanceTimersByTime(500);
      expect(await site.getSite()).toBe(first);
      vi.advanceTimersByTime(2_500);
      const refreshed = await site.getSite();
      expect(refreshed).not.toBe(first);
      expect(refreshed.model.promptIds).toContain('added-in-dev');
      expect(refreshed.model.promptIds).toHaveLength(promptsBefore + 1);
    } finally {
      fs.rmSync(path.join(vault, 'prompts', 'added-in-dev.md'));
    }
  });

  it('under astro dev, reads the page size again after .promptvault.yaml changes', async () => {
    globals.__PROMPTVAULT_DEV_SERVER__ = true;
    const config = path.join(vault, '.promptvault.yaml');
    const site = await freshSiteModule();
    try {
      fs.writeFileSync(config, 'site:\n  page_size: 7\n');
      expect(site.pageSize()).toBe(7);
      fs.writeFileSync(config, 'site:\n  page_size: 9\n');
      expect(site.pageSize()).toBe(7);
      vi.advanceTimersByTime(2_500);
      expect(site.pageSize()).toBe(9);
    } finally {
      fs.rmSync(config, { force: true });
    }
  });
});

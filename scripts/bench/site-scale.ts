// The site at scale: writes a synthetic vault of N prompts x M versions directly (synthetic-vault.ts,
// not through the hook), builds the site in a child process under GNU time (wall time, peak RSS of
// the build), and reports the pages written, the largest page and the output's size. Also the grid
// in Chromium at that many rows: milliseconds per keystroke, as the island itself measures them.
// run.ts (the bench table) calls `measureSiteBuild` and `measureGridKeystrokes`; the CLI prints both:
//   node scripts/bench/site-scale.ts --prompts 5000 --versions 10 [--clauses 500] [--grid] [--keep]
//   [--vault DIR: build a vault written before with --keep again, as it is]
//   node scripts/bench/site-scale.ts --grid-only SITE_DIR --rows 500000  (a built site's grid, its rows repeated)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticVault } from './synthetic-vault.ts';
import { gridManifest, readAllGridRows, shardRows } from '../lib/site/grid-shards.ts';
import type { GridRow } from '../lib/site/grid-rows.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The `promptvault` command as installed: bin.js runs the bundle from build/cli/ while it is
// current, else the sources (the site itself is compiled by Astro either way).
const CLI = path.join(ROOT, 'scripts/bin.js');

export interface SiteBuildFigures {
  /** Wall seconds of `promptvault build`. */
  seconds: number;
  /** User + system CPU seconds of the build: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  /** Peak resident memory of the build process, MB (GNU time's maximum RSS). */
  peakMb: number;
  /** HTML pages written. */
  pages: number;
  /** The largest HTML page written, KB. */
  largestPageKb: number;
  /** Path of that page, relative to the output folder. */
  largestPage?: string;
  /** The largest data file (a grid shard, the manifest), KB. */
  largestJsonKb?: number;
  /** Everything written, MB. */
  totalMb: number;
}

export interface SiteScaleOptions {
  prompts: number;
  versionsPerPrompt: number;
  /** Clauses in the codex (default: one per 100 checkpoints, at most 500). */
  clauses?: number;
  /** Keep the vault and the site here instead of a temporary folder (not removed). */
  dir?: string;
  /** A vault this script wrote before (kept with --keep): built again as it is, not rewritten. */
  vault?: string;
  /** Called with the site folder before it is removed (the grid measure uses it). */
  withSite?: (outDir: string) => Promise<void>;
}

/** Writes the vault, builds its site as a child process and measures the build and its output. */
export async function measureSiteBuild(opts: SiteScaleOptions): Promise<SiteBuildFigures> {
  const work = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pv-site-scale-'));
  const vault = opts.vault ?? path.join(work, 'vault-repo');
  const out = path.join(work, 'site');
  try {
    if (!opts.vault) {
      fs.mkdirSync(vault, { recursive: true });
      const checkpoints = opts.prompts * opts.versionsPerPrompt;
      const audits = Math.max(1, Math.round(checkpoints / 25));
      writeSyntheticVault({ dir: vault, seed: 3, prompts: opts.prompts, checkpoints, clauses: opts.clauses ?? Math.min(500, Math.max(1, Math.round(checkpoints / 100))), audits });
    }
    fs.rmSync(out, { recursive: true, force: true });
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, CLI, 'build', '--cwd', vault, '--out', out], { cwd: vault, encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`promptvault build failed (${result.status}):\n${result.stderr.slice(-4000)}`);
    const [peakKb, user, system] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    const figures = { seconds, cpuSeconds: (user ?? 0) + (system ?? 0), peakMb: (peakKb ?? 0) / 1024, ...measureOutput(out) };
    if (opts.withSite) await opts.withSite(out);
    return figures;
  } finally {
    if (!opts.dir) fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Pages, largest file and total size of a built site. */
export function measureOutput(outDir: string): Pick<SiteBuildFigures, 'pages' | 'largestPageKb' | 'largestPage' | 'largestJsonKb' | 'totalMb'> {
  let pages = 0;
  let total = 0;
  let largest = { size: 0, file: '' };
  let largestJson = 0;
  for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = fs.statSync(file).size;
    total += size;
    if (entry.name.endsWith('.html')) pages++;
    if (entry.name.endsWith('.html') && size > largest.size) largest = { size, file: path.relative(outDir, file) };
    if (entry.name.endsWith('.json')) largestJson = Math.max(largestJson, size);
  }
  return { pages, largestPageKb: largest.size / 1024, largestPage: largest.file, largestJsonKb: largestJson / 1024, totalMb: total / 2 ** 20 };
}

export interface GridFigures {
  /** Median milliseconds the grid took to filter per keystroke (its own `data-filter-ms`). */
  median: number;
  max: number;
  /** Rows the grid held when measured. */
  rows: number;
  /** Milliseconds from navigation until every row was loaded. */
  loadMs: number;
  /** A naive filter (substring of each row's JSON) over the same rows, median ms: the baseline. */
  baseline: number;
  /** JS heap of the page, MB. */
  heapMb: number;
}

/** Types a query into the grid of a built site in headless Chromium, one key at a time. */
export async function measureGridKeystrokes(siteDir: string, query = 'billing refnd'): Promise<GridFigures> {
  const { serveStatic } = await import('../lib/site/test-static-server.ts');
  const { launchChromium } = await import('../lib/site/test-browser.ts');
  const server = await serveStatic({ dir: siteDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(new URL('prompts/checkpoints/', server.url).href);
    await page.waitForSelector('[data-testid="grid-count"][data-loaded="all"]', { timeout: 600_000 });
    const loadMs = performance.now() - started;
    const rows = Number(await page.getAttribute('[data-testid="grid-count"]', 'data-total'));
    const timings: number[] = [];
    const search = page.getByLabel('Search');
    for (const char of query) {
      await search.press(char === ' ' ? 'Space' : char);
      await page.waitForFunction((q) => document.querySelector('[data-testid="grid-count"]')?.getAttribute('data-query') === q, (await search.inputValue()));
      timings.push(Number(await page.getAttribute('[data-testid="grid-count"]', 'data-filter-ms')));
    }
    const baseline = await page.evaluate(async (q) => {
      const manifest = (await (await fetch('../checkpoints.json')).json()) as { shards?: string[] } | unknown[];
      const all: unknown[] = [];
      if (Array.isArray(manifest)) all.push(...manifest);
      else for (const shard of manifest.shards ?? []) all.push(...((await (await fetch(`../../${shard}`)).json()) as unknown[]));
      const texts = all.map((row) => JSON.stringify(row).toLowerCase());
      const times: number[] = [];
      for (let i = 1; i <= q.length; i++) {
        const prefix = q.slice(0, i);
        const start = performance.now();
        texts.filter((text) => text.includes(prefix));
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1]!;
    }, query);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const sorted = [...timings].sort((a, b) => a - b);
    return { median: sorted[sorted.length >> 1] ?? 0, max: Math.max(...timings), rows, loadMs, baseline, heapMb: heap / 2 ** 20 };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A copy of a built site whose grid holds `rows` rows: its own rows repeated under renamed
 * prompts (`<id>-copy2`, ...) with fresh keys and commits, written as the build writes them (a
 * manifest and shards). For the grid's figure at a size whose build does not fit the time at hand.
 */
export function writeGridOfSize(siteDir: string, rows: number, into: string): void {
  fs.cpSync(siteDir, into, { recursive: true });
  const own = readAllGridRows<GridRow>((file) => fs.readFileSync(path.join(siteDir, file), 'utf8'));
  const all: GridRow[] = [];
  for (let copy = 1; all.length < rows; copy++) {
    for (const row of own) {
      if (all.length >= rows) break;
      if (copy === 1) {
        all.push(row);
        continue;
      }
      const prompt = `${row.prompt}-copy${copy}`;
      const hash = (all.length * 2654435761 % 2 ** 32).toString(16).padStart(12, '0');
      all.push({ ...row, prompt, key: `${prompt}@${row.version}-${hash}`, commit: hash.padEnd(40, '0'), parents: row.parents.map((parent) => parent.replace('@', `-copy${copy}@`)) });
    }
  }
  const manifest = gridManifest(all.length);
  fs.rmSync(path.join(into, 'grid'), { recursive: true, force: true });
  fs.mkdirSync(path.join(into, 'grid'), { recursive: true });
  fs.writeFileSync(path.join(into, 'prompts/checkpoints.json'), JSON.stringify(manifest));
  manifest.shards.forEach((shard, i) => fs.writeFileSync(path.join(into, shard), JSON.stringify(shardRows(all, i + 1))));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--grid-only')) {
    // --grid-only SITE_DIR --rows N: the grid of a built site, its rows repeated to N.
    const site = path.resolve(argv[argv.indexOf('--grid-only') + 1]!);
    const rows = Number(argv[argv.indexOf('--rows') + 1] ?? 0);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-grid-'));
    try {
      if (rows > 0) writeGridOfSize(site, rows, copy);
      const grid = await measureGridKeystrokes(rows > 0 ? copy : site);
      console.log(`grid, ${grid.rows} rows: ${grid.median.toFixed(1)} ms/keystroke median (max ${grid.max.toFixed(1)}), all rows loaded in ${(grid.loadMs / 1000).toFixed(1)} s; naive filter ${grid.baseline.toFixed(1)} ms; JS heap ${grid.heapMb.toFixed(0)} MB`);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
    return;
  }
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const prompts = value('--prompts', 500);
  const versionsPerPrompt = value('--versions', 10);
  const clauses = argv.includes('--clauses') ? value('--clauses', 500) : undefined;
  const reuse = argv.includes('--vault') ? path.resolve(argv[argv.indexOf('--vault') + 1]!) : undefined;
  const keep = argv.includes('--keep') ? fs.mkdtempSync(path.join(os.tmpdir(), 'pv-site-scale-')) : undefined;
  let grid: GridFigures | undefined;
  const figures = await measureSiteBuild({
    prompts, versionsPerPrompt, ...(clauses !== undefined ? { clauses } : {}), ...(keep ? { dir: keep } : {}), ...(reuse ? { vault: reuse } : {}),
    withSite: argv.includes('--grid') ? async (dir) => { grid = await measureGridKeystrokes(dir); } : undefined,
  });
  console.log(`site build, ${prompts * versionsPerPrompt} checkpoints (${prompts} prompts x ${versionsPerPrompt}): ${figures.seconds.toFixed(1)} s (cpu ${figures.cpuSeconds?.toFixed(1)} s), peak ${figures.peakMb.toFixed(0)} MB, ${figures.pages} pages, largest page ${figures.largestPageKb.toFixed(0)} KB (${figures.largestPage}), largest JSON ${figures.largestJsonKb?.toFixed(0)} KB, ${figures.totalMb.toFixed(0)} MB in all`);
  if (grid) console.log(`grid, ${grid.rows} rows: ${grid.median.toFixed(1)} ms/keystroke median (max ${grid.max.toFixed(1)}), all rows loaded in ${(grid.loadMs / 1000).toFixed(1)} s; naive filter ${grid.baseline.toFixed(1)} ms; JS heap ${grid.heapMb.toFixed(0)} MB`);
  if (keep) console.log(`kept ${keep}`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

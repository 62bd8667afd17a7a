// `npm run bench`: builds seeded synthetic repositories and measures the hook, backfill, the site
// build and the grid, each as a figure and as a ratio against a natural baseline measured in the
// same run. Prints a Markdown table (paste it into the README) and the machine it ran on.
// Options: --quick (small sizes, for a smoke run), --skip-site, --skip-grid, --keep (keep temp dirs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyntheticRepo, promptPath, seededRandom, writeFile } from './synthetic-repo.ts';
import { writeSyntheticVault } from './synthetic-vault.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What an installed copy runs: the JavaScript build (the checkout's hook runs the .ts sources,
// which adds Node's type stripping, about 40 ms).
const CLI = path.join(ROOT, 'build/scripts/cli.js');
const NODE = process.execPath;
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const SIZE = QUICK
  ? { prompts: 500, clauses: 50, otherFiles: 2000, commits: 100, shortCommits: 20, checkpoints: 5000, audits: 200, runs: 5 }
  : { prompts: 5000, clauses: 500, otherFiles: 20000, commits: 1000, shortCommits: 100, checkpoints: 50000, audits: 2000, runs: 11 };

interface Timed {
  seconds: number;
  /** Peak resident memory, MB (GNU time). */
  peakMb: number;
  stdout: string;
}

/** Runs a command under GNU time for wall time and peak RSS; throws on failure. */
function timed(command: string, argv: string[], cwd: string, env: Record<string, string> = {}): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  return { seconds, peakMb: Number(lines.at(-1)) / 1024, stdout: result.stdout };
}

function git(cwd: string, argv: string[]): string {
  const result = spawnSync('git', argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${argv.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rows: { what: string; figure: string; baseline: string; ratio: string; target: string; peak: string }[] = [];
const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-bench-'));
const compiled = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
if (compiled.status !== 0) throw new Error(`npm run build:cli failed:\n${compiled.stderr}`);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
try {
  // 1. Repositories: the full history and a short one, same size, to show no growth with age.
  log(`building synthetic repositories (${SIZE.prompts} prompts, ${SIZE.clauses} clauses, ${SIZE.otherFiles} other files)`);
  const long = createSyntheticRepo({ dir: path.join(work, 'long'), seed: 42, prompts: SIZE.prompts, clauses: SIZE.clauses, otherFiles: SIZE.otherFiles, commits: SIZE.commits });
  const short = createSyntheticRepo({ dir: path.join(work, 'short'), seed: 42, prompts: SIZE.prompts, clauses: SIZE.clauses, otherFiles: SIZE.otherFiles, commits: SIZE.shortCommits });

  // 2. Backfill over the long history vs native git log over the same commits.
  log(`backfilling ${SIZE.commits} commits`);
  const backfill = timed(NODE, [CLI, 'backfill', '--cwd', long.dir], long.dir);
  const gitLog = timed('git', ['log', '--name-status', '--format=%H', 'HEAD'], long.dir);
  const split = /first commit ([\d.]+) s, the other (\d+) commits ([\d.]+) s, writing and staging records ([\d.]+) s/.exec(backfill.stdout);
  const [firstS, others, replayS, writeS] = split ? [Number(split[1]), Number(split[2]), Number(split[3]), Number(split[4])] : [0, 0, 0, 0];
  const logRate = SIZE.commits / gitLog.seconds;
  rows.push({
    what: `backfill, ${SIZE.commits} commits, end to end`, figure: `${(SIZE.commits / backfill.seconds).toFixed(0)} commits/s (${backfill.seconds.toFixed(1)} s: first commit ${firstS.toFixed(1)} s, writing ${writeS.toFixed(1)} s)`,
    baseline: `git log --name-status: ${logRate.toFixed(0)} commits/s`, ratio: `${(backfill.seconds / gitLog.seconds).toFixed(0)}x`,
    target: '>= 100 commits/s', peak: `${backfill.peakMb.toFixed(0)} MB`,
  });
  rows.push({
    what: `backfill, replay of the ${others} commits after the first`, figure: `${(others / replayS).toFixed(0)} commits/s (${replayS.toFixed(1)} s)`,
    baseline: `git log --name-status: ${logRate.toFixed(0)} commits/s`, ratio: `${(replayS / others / (gitLog.seconds / SIZE.commits)).toFixed(0)}x`,
    target: '>= 100 commits/s', peak: '(same run)',
  });
  for (const repo of [long.dir, short.dir]) {
    if (repo === short.dir) timed(NODE, [CLI, 'backfill', '--cwd', repo], repo);
    git(repo, ['-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'backfill the vault']);
  }

  // 3. Hook latency: the command the pre-commit hook runs, on a staged change of 1 or 50 prompts.
  const random = seededRandom(7);
  const hookRuns = (repo: string, count: number) => {
    const times: number[] = [];
    const peaks: number[] = [];
    for (let run = 0; run < SIZE.runs; run++) {
      for (let k = 0; k < count; k++) {
        const file = promptPath(Math.floor(random() * SIZE.prompts));
        writeFile(repo, file, `${fs.readFileSync(path.join(repo, file), 'utf8')}Run ${run} adds a sentence.\n`);
      }
      git(repo, ['add', '-A', 'prompts']);
      const result = timed(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo);
      times.push(result.seconds);
      peaks.push(result.peakMb);
      git(repo, ['reset', '-q', '--hard', 'HEAD']);
      git(repo, ['clean', '-fdq', 'vault']);
    }
    return { seconds: median(times), peakMb: Math.max(...peaks) };
  };
  log('measuring the hook');
  const nodeBoot = median(Array.from({ length: SIZE.runs }, () => timed(NODE, ['-e', '0'], long.dir).seconds));
  writeFile(long.dir, promptPath(1), `${fs.readFileSync(path.join(long.dir, promptPath(1)), 'utf8')}Staged.\n`);
  git(long.dir, ['add', '-A', 'prompts']);
  const diffCached = median(Array.from({ length: SIZE.runs }, () => timed('git', ['diff', '--cached', '--name-status'], long.dir).seconds));
  git(long.dir, ['reset', '-q', '--hard', 'HEAD']);
  const baseline = nodeBoot + diffCached;
  const noop = median(Array.from({ length: SIZE.runs }, () => timed(NODE, [CLI, 'record', '--hook', 'pre-commit'], long.dir).seconds));
  const one = hookRuns(long.dir, 1);
  const fifty = hookRuns(long.dir, 50);
  const oneShort = hookRuns(short.dir, 1);
  const baseText = `node -e 0 + git diff --cached: ${ms(baseline)}`;
  rows.push({ what: 'hook, commit touching no prompt', figure: ms(noop), baseline: baseText, ratio: `${(noop / baseline).toFixed(1)}x`, target: '-', peak: '-' });
  rows.push({ what: `hook, 1 prompt (history ${SIZE.commits})`, figure: ms(one.seconds), baseline: baseText, ratio: `${(one.seconds / baseline).toFixed(1)}x`, target: '< 150 ms median', peak: `${one.peakMb.toFixed(0)} MB` });
  rows.push({ what: `hook, 50 prompts (history ${SIZE.commits})`, figure: ms(fifty.seconds), baseline: baseText, ratio: `${(fifty.seconds / baseline).toFixed(1)}x`, target: '-', peak: `${fifty.peakMb.toFixed(0)} MB` });
  rows.push({ what: `hook, 1 prompt (history ${SIZE.shortCommits})`, figure: ms(oneShort.seconds), baseline: `history ${SIZE.commits}: ${ms(one.seconds)}`, ratio: `${(one.seconds / oneShort.seconds).toFixed(2)}x`, target: 'no growth with history', peak: `${oneShort.peakMb.toFixed(0)} MB` });

  // 4. Site build: 5,000 prompts, 50,000 checkpoints, 2,000 audits vs a one-prompt vault.
  let siteDir: string | undefined;
  if (!args.has('--skip-site')) {
    log(`writing a vault of ${SIZE.checkpoints} checkpoints and ${SIZE.audits} audits`);
    const big = path.join(work, 'site-vault');
    writeSyntheticVault({ dir: big, seed: 3, prompts: SIZE.prompts, checkpoints: SIZE.checkpoints, clauses: SIZE.clauses, audits: SIZE.audits });
    const tiny = path.join(work, 'site-tiny');
    writeSyntheticVault({ dir: tiny, seed: 3, prompts: 1, checkpoints: 1, clauses: 1, audits: 1 });
    log('building the sites');
    siteDir = path.join(work, 'site-out');
    const build = timed(NODE, [CLI, 'build', '--cwd', big, '--out', siteDir], big);
    const tinyBuild = timed(NODE, [CLI, 'build', '--cwd', tiny, '--out', path.join(work, 'site-tiny-out')], tiny);
    rows.push({
      what: `site build, ${SIZE.prompts} prompts / ${SIZE.checkpoints} checkpoints / ${SIZE.audits} audits`, figure: `${build.seconds.toFixed(1)} s`,
      baseline: `one-prompt vault: ${tinyBuild.seconds.toFixed(1)} s`, ratio: `${(build.seconds / tinyBuild.seconds).toFixed(1)}x`, target: '< 90 s', peak: `${build.peakMb.toFixed(0)} MB`,
    });
  }

  // 5. Grid filtering in headless Chromium, per keystroke, vs a naive substring filter in the same page.
  if (siteDir && !args.has('--skip-grid')) {
    log('measuring the grid in Chromium');
    const grid = await measureGrid(siteDir);
    rows.push({
      what: `grid filter, ${SIZE.checkpoints} rows (Chromium)`, figure: `${grid.median.toFixed(1)} ms/keystroke (max ${grid.max.toFixed(1)})`,
      baseline: `naive substring filter: ${grid.baseline.toFixed(1)} ms`, ratio: `${(grid.median / grid.baseline).toFixed(1)}x`, target: '< 30 ms', peak: `${grid.heapMb.toFixed(0)} MB JS heap`,
    });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${git(ROOT, ['--version']).trim()}${QUICK ? ' (--quick sizes)' : ''}\n`);
  console.log('| measure | figure | baseline (same run) | ratio | target | peak memory |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.what} | ${row.figure} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.peak} |`);
} finally {
  if (!args.has('--keep')) fs.rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

async function measureGrid(dir: string): Promise<{ median: number; max: number; baseline: number; heapMb: number }> {
  const { serveStatic } = await import('../lib/site/test-static-server.ts');
  const { launchChromium } = await import('../lib/site/test-browser.ts');
  const server = await serveStatic({ dir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('prompts/checkpoints/', server.url).href);
    await page.waitForSelector('[data-testid="grid-count"]', { timeout: 60_000 });
    const query = 'billing refnd';
    const timings: number[] = [];
    const search = page.getByLabel('Search');
    for (const char of query) {
      await search.press(char === ' ' ? 'Space' : char);
      await page.waitForTimeout(40);
      timings.push(Number(await page.getAttribute('[data-testid="grid-count"]', 'data-filter-ms')));
    }
    const baseline = await page.evaluate(async (q) => {
      const rows = (await (await fetch('../checkpoints.json')).json()) as unknown[];
      const texts = rows.map((row) => JSON.stringify(row).toLowerCase());
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
    return { median: median(timings), max: Math.max(...timings), baseline, heapMb: heap / 2 ** 20 };
  } finally {
    await browser.close();
    await server.close();
  }
}

// `npm run bench`: builds seeded realistic repositories (realistic-repo.ts: real prompt sizes and
// front-matter shapes, clauses, other files, a history with merges and moves) and measures the
// compiled CLI an installed copy runs: the hook (no prompt, 1 prompt, 50 prompts, at two
// repository sizes), the adoption commit, 1,000 clause edits in one commit, backfill and the site
// build. Every row has its figure, a baseline measured in the same run, the ratio, the peak memory
// of the measured process, the target and whether it was met. Prints a Markdown table (paste it
// into the README) and the machine it ran on.
//
// Options: --quick (small sizes, a smoke run of a few minutes), --skip-site, --grid (also the grid
// in Chromium), --keep (keep temp dirs). Sizes can be set one by one:
//   BENCH_PROMPTS=1000,10000 BENCH_COMMITS=5000 BENCH_CLAUSES=500 BENCH_OTHER_FILES=20000
//   BENCH_CHECKPOINTS=50000 BENCH_RUNS=7 npm run bench
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRealisticRepo, clauseIdOf, type RealisticRepo } from './realistic-repo.ts';
import { seededRandom, writeFile } from './synthetic-repo.ts';
import { writeSyntheticVault } from './synthetic-vault.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What an installed copy runs: the bundle build:cli makes (a checkout's hook runs it too while current;
// otherwise the .ts sources, which adds Node's type stripping and a hundred module loads).
const CLI = path.join(ROOT, 'build/cli/promptvault.js');
const NODE = process.execPath;
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const env = (name: string, fallback: number[]) => (process.env[name] ? process.env[name]!.split(',').map(Number) : fallback);
const SIZE = {
  prompts: env('BENCH_PROMPTS', QUICK ? [200, 1000] : [1000, 10000]),
  commits: env('BENCH_COMMITS', [QUICK ? 300 : 5000])[0]!,
  clauses: env('BENCH_CLAUSES', [QUICK ? 100 : 500])[0]!,
  otherFiles: env('BENCH_OTHER_FILES', [QUICK ? 2000 : 20000])[0]!,
  checkpoints: env('BENCH_CHECKPOINTS', [QUICK ? 5000 : 50000])[0]!,
  runs: env('BENCH_RUNS', [QUICK ? 5 : 7])[0]!,
};
const CLAUSE_EDITS = 1000;

interface Timed {
  seconds: number;
  /** User + system CPU seconds of the process and its waited-for children: steadier than wall time on a shared machine. */
  cpu: number;
  /** Peak resident memory of the process (and its largest child), MB, from GNU time. */
  peakMb: number;
  stdout: string;
}

/** Runs a command under GNU time for wall time and peak RSS; throws on failure. */
function timed(command: string, argv: string[], cwd: string, extraEnv: Record<string, string> = {}): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, ...extraEnv }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const [peakKb, user, system] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds, cpu: (user ?? 0) + (system ?? 0), peakMb: (peakKb ?? 0) / 1024, stdout: result.stdout };
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

interface Row { what: string; value: string; baseline: string; ratio: string; peak: string; target: string; met: string }
const rows: Row[] = [];
// Each row is also logged when measured, so a long run that is stopped still leaves its figures.
const push = rows.push.bind(rows);
rows.push = (...items: Row[]) => {
  for (const row of items) process.stderr.write(`bench: | ${row.what} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.peak} | ${row.target} | ${row.met} |\n`);
  return push(...items);
};
const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-bench-'));
const compiled = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
if (compiled.status !== 0) throw new Error(`npm run build:cli failed:\n${compiled.stderr}`);
const sizesSeen: string[] = [];
try {
  const repos: { prompts: number; repo: RealisticRepo }[] = [];
  for (const prompts of SIZE.prompts) {
    log(`building a realistic repository: ${prompts} prompts, ${SIZE.clauses} clauses, ${SIZE.otherFiles} other files, ${SIZE.commits} commits`);
    const started = performance.now();
    const repo = createRealisticRepo({ dir: path.join(work, `repo-${prompts}`), seed: 42, prompts, clauses: SIZE.clauses, otherFiles: SIZE.otherFiles, commits: SIZE.commits });
    log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s; prompt sizes median ${(repo.sizes.median / 1024).toFixed(1)} KB, largest ${(repo.sizes.max / 1024).toFixed(0)} KB`);
    sizesSeen.push(`${prompts} prompts (${repo.promptPaths.length} at HEAD, median ${(repo.sizes.median / 1024).toFixed(1)} KB, largest ${(repo.sizes.max / 1024).toFixed(0)} KB)`);
    repos.push({ prompts, repo });
  }
  const largest = repos.at(-1)!;

  // 1. Backfill of every repository (the vault the hooks below run against); the largest is timed.
  for (const { prompts, repo } of repos) {
    log(`backfilling ${SIZE.commits} commits of the ${prompts}-prompt repository`);
    const backfill = timed(NODE, [CLI, 'backfill', '--cwd', repo.dir], repo.dir);
    const gitLog = timed('git', ['log', '--name-status', '--format=%H', 'HEAD'], repo.dir);
    const commits = Number(git(repo.dir, ['rev-list', '--count', 'HEAD']).trim());
    const rate = commits / backfill.seconds;
    const split = /first commit ([\d.]+) s, the other (\d+) commits ([\d.]+) s, writing and staging records ([\d.]+) s/.exec(backfill.stdout);
    rows.push({
      what: `backfill, ${prompts} prompts, ${commits} commits, end to end`,
      value: `${rate.toFixed(1)} commits/s (${backfill.seconds.toFixed(1)} s, cpu ${backfill.cpu.toFixed(1)} s${split ? `: first commit ${Number(split[1]).toFixed(1)} s, replay ${Number(split[3]).toFixed(1)} s, writing ${Number(split[4]).toFixed(1)} s` : ''})`,
      baseline: `git log --name-status: ${(commits / gitLog.seconds).toFixed(0)} commits/s`, ratio: `${(backfill.seconds / gitLog.seconds).toFixed(0)}x`,
      peak: mb(backfill.peakMb), target: '>= 100 commits/s and <= 20x', met: verdict(rate >= 100 && backfill.seconds / gitLog.seconds <= 20),
    });

    // 2. The adoption commit: the hook on a commit that only adds the backfilled records.
    const nodeBoot = median(Array.from({ length: 3 }, () => timed(NODE, ['-e', '0'], repo.dir).seconds));
    const diff = timed('git', ['diff', '--cached', '--name-status'], repo.dir).seconds;
    const adoption = timed(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo.dir);
    const files = git(repo.dir, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean).length;
    rows.push({
      what: `hook, adoption commit (${files} record files), ${prompts} prompts`, value: `${ms(adoption.seconds)} (cpu ${ms(adoption.cpu)})`, baseline: `node -e 0 + git diff --cached: ${ms(nodeBoot + diff)}`,
      ratio: `${(adoption.seconds / (nodeBoot + diff)).toFixed(1)}x`, peak: mb(adoption.peakMb), target: '<= 5 s', met: verdict(adoption.seconds <= 5),
    });
    git(repo.dir, ['-c', 'core.hooksPath=/dev/null', 'commit', '-q', '-m', 'backfill the vault']);
  }

  // 3. The hook on ordinary commits, against `node -e 0` + `git diff --cached --name-status`.
  const hookFigures = new Map<number, number>();
  for (const { prompts, repo } of repos) {
    log(`measuring the hook on the ${prompts}-prompt repository`);
    const random = seededRandom(7);
    const measure = (stage: (run: number) => void) => {
      const times: number[] = [];
      const cpus: number[] = [];
      const baselines: number[] = [];
      const peaks: number[] = [];
      for (let run = 0; run < SIZE.runs; run++) {
        stage(run);
        baselines.push(timed(NODE, ['-e', '0'], repo.dir).seconds + timed('git', ['diff', '--cached', '--name-status'], repo.dir).seconds);
        const result = timed(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo.dir);
        times.push(result.seconds);
        cpus.push(result.cpu);
        peaks.push(result.peakMb);
        git(repo.dir, ['reset', '-q', '--hard', 'HEAD']);
        git(repo.dir, ['clean', '-fdq', 'vault']);
      }
      return { seconds: median(times), cpu: median(cpus), baseline: median(baselines), peakMb: Math.max(...peaks) };
    };
    const editPrompts = (count: number, run: number) => {
      const files = new Set<string>();
      for (let k = 0; k < count; k++) {
        const file = repo.promptPaths[Math.floor(random() * repo.promptPaths.length)]!;
        const text = fs.readFileSync(path.join(repo.dir, file), 'utf8');
        writeFile(repo.dir, file, `${text}\nRun ${run} adds a sentence about refunds.\n`);
        files.add(file);
      }
      git(repo.dir, ['add', '--', ...files]);
    };
    const none = measure((run) => {
      writeFile(repo.dir, `src/module-0/touched-${run}.ts`, `export const touched = ${run};\n`);
      git(repo.dir, ['add', '-A', 'src']);
    });
    const one = measure((run) => editPrompts(1, run));
    const fifty = measure((run) => editPrompts(50, run));
    hookFigures.set(prompts, one.seconds);
    const row = (what: string, figure: typeof one, limit: number) => rows.push({
      what: `hook, ${what}, ${prompts} prompts`, value: `${ms(figure.seconds)} (cpu ${ms(figure.cpu)})`, baseline: `node -e 0 + git diff --cached: ${ms(figure.baseline)}`,
      ratio: `${(figure.seconds / figure.baseline).toFixed(1)}x`, peak: mb(figure.peakMb), target: `<= ${limit}x`, met: verdict(figure.seconds / figure.baseline <= limit),
    });
    row('commit touching no prompt', none, 1.5);
    row('1 prompt edited', one, 3);
    row('50 prompts edited', fifty, 5);
  }
  if (repos.length > 1) {
    const small = repos[0]!;
    const ratio = hookFigures.get(largest.prompts)! / hookFigures.get(small.prompts)!;
    rows.push({
      what: `hook, 1 prompt: ${largest.prompts} vs ${small.prompts} prompts`, value: ms(hookFigures.get(largest.prompts)!), baseline: `${small.prompts} prompts: ${ms(hookFigures.get(small.prompts)!)}`,
      ratio: `${ratio.toFixed(2)}x`, peak: '-', target: 'no growth (<= 1.2x)', met: verdict(ratio <= 1.2),
    });
  }

  // 4. 1,000 clause changes in one commit: every clause edited, the rest added (a codex reorganisation).
  {
    const { repo, prompts } = largest;
    log(`measuring ${CLAUSE_EDITS} clause changes in one commit`);
    for (const [j, file] of repo.clausePaths.entries()) {
      if (j >= CLAUSE_EDITS) break;
      writeFile(repo.dir, file, `${fs.readFileSync(path.join(repo.dir, file), 'utf8')}Escalate to a human when unsure (bulk edit).\n`);
    }
    for (let j = repo.clausePaths.length; j < CLAUSE_EDITS; j++) {
      writeFile(repo.dir, `codex/${clauseIdOf(j)}.md`, `---\ntitle: Rule ${j}\ntone: formal\n---\nThe assistant must always confirm the order number before rule ${j} applies.\n`);
    }
    git(repo.dir, ['add', '-A', 'codex']);
    const changed = git(repo.dir, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean).length;
    const baseline = timed(NODE, ['-e', '0'], repo.dir).seconds + timed('git', ['diff', '--cached', '--name-status'], repo.dir).seconds;
    const bulk = timed(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo.dir);
    rows.push({
      what: `hook, ${changed} clause changes in one commit, ${prompts} prompts`, value: `${bulk.seconds.toFixed(1)} s (cpu ${bulk.cpu.toFixed(1)} s)`, baseline: `node -e 0 + git diff --cached: ${ms(baseline)}`,
      ratio: `${(bulk.seconds / baseline).toFixed(0)}x`, peak: mb(bulk.peakMb), target: '< 10 s', met: verdict(bulk.seconds < 10),
    });
    git(repo.dir, ['reset', '-q', '--hard', 'HEAD']);
    git(repo.dir, ['clean', '-fdq', 'vault', 'codex']);
  }

  // 5. Site build at N checkpoints vs a one-prompt vault.
  let siteDir: string | undefined;
  if (!args.has('--skip-site')) {
    const prompts = Math.max(1, Math.round(SIZE.checkpoints / 10));
    const audits = Math.round(SIZE.checkpoints / 25);
    log(`writing a vault of ${SIZE.checkpoints} checkpoints (${prompts} prompts) and ${audits} audits`);
    const big = path.join(work, 'site-vault');
    writeSyntheticVault({ dir: big, seed: 3, prompts, checkpoints: SIZE.checkpoints, clauses: Math.min(500, audits), audits });
    const tiny = path.join(work, 'site-tiny');
    writeSyntheticVault({ dir: tiny, seed: 3, prompts: 1, checkpoints: 1, clauses: 1, audits: 1 });
    log('building the sites');
    siteDir = path.join(work, 'site-out');
    const build = timed(NODE, [CLI, 'build', '--cwd', big, '--out', siteDir], big);
    const tinyBuild = timed(NODE, [CLI, 'build', '--cwd', tiny, '--out', path.join(work, 'site-tiny-out')], tiny);
    rows.push({
      what: `site build, ${SIZE.checkpoints} checkpoints (${prompts} prompts, ${audits} audits)`, value: `${build.seconds.toFixed(1)} s (cpu ${build.cpu.toFixed(1)} s)`,
      baseline: `one-prompt vault: ${tinyBuild.seconds.toFixed(1)} s`, ratio: `${(build.seconds / tinyBuild.seconds).toFixed(1)}x`, peak: mb(build.peakMb),
      target: SIZE.checkpoints >= 500_000 ? '<= 300 s, <= 4 GB' : '<= 20 s, <= 1 GB', met: verdict(SIZE.checkpoints >= 500_000 ? build.seconds <= 300 && build.peakMb <= 4096 : build.seconds <= 20 && build.peakMb <= 1024),
    });
  }

  // 6. Grid filtering in headless Chromium (the site helper's figure; run with --grid).
  if (siteDir && args.has('--grid')) {
    log('measuring the grid in Chromium');
    const grid = await measureGrid(siteDir);
    rows.push({
      what: `grid filter, ${SIZE.checkpoints} rows (Chromium)`, value: `${grid.median.toFixed(1)} ms/keystroke (max ${grid.max.toFixed(1)})`,
      baseline: `naive substring filter: ${grid.baseline.toFixed(1)} ms`, ratio: `${(grid.median / grid.baseline).toFixed(1)}x`, peak: `${grid.heapMb.toFixed(0)} MB JS heap`,
      target: '< 30 ms', met: verdict(grid.median < 30),
    });
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${os.cpus().length} cores (nproc ${os.availableParallelism()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.platform()} ${os.release()}, Node ${process.version}, ${git(ROOT, ['--version']).trim()}`);
  console.log(`Sizes: ${sizesSeen.join('; ')}; ${SIZE.clauses} clauses, ${SIZE.otherFiles} other files, ${SIZE.commits} commits; ${SIZE.runs} runs per hook figure (median)${QUICK ? ' (--quick)' : ''}\n`);
  console.log('| measure | value | baseline (same run) | ratio | peak memory | target | |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.what} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.peak} | ${row.target} | ${row.met} |`);
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

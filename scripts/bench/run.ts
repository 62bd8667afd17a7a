// `npm run bench`: builds seeded realistic repositories (test-utils/realistic-corpus.ts, the same
// generator the adoption test uses, here at full size: every front-matter shape, median about
// 7.5 KB, some 50 KB, a few 400 KB, 500 cited clauses, 20,000 other files, 5,000 commits with
// merges and moves) and measures the compiled CLI an installed copy runs. Rows: backfill, the
// adoption commit, the hook (no prompt, 1 prompt, 1 prompt with a front-matter id (one prompt in
// ten has one), the first commit staging an id (the hook's list of ids built), 1 prompt as a
// partial commit (`git commit -- <path>`), 50 prompts (drawn among all, so about five with an
// id)) at two repository sizes, 1,000 clause edits in one commit, the site build at 50,000 and 500,000 checkpoints, the grid in Chromium.
// Every row has its figure, a baseline measured in the same run, the ratio, peak memory, CPU time,
// the target and whether it was met. Prints progress to stderr and a Markdown table to stdout.
//
// Options:
//   --only hook,adoption,clauses,long-clause,backfill,site,grid   run a subset (grid implies the site build)
//   --quick          small sizes, a smoke run of a few minutes (not part of `npm test`)
//   --grid           add the grid row to a full run
//   --write-readme   replace the table between the bench markers in README.md with this run's
//   --keep           keep the temporary repositories (and what --reuse needs to find them again)
//   --reuse DIR      with --only hook: measure the repositories an earlier --keep run left in DIR
//                    (building and recording them takes minutes) instead of building new ones
// Sizes one by one: BENCH_PROMPTS=1000,10000 BENCH_COMMITS=5000 BENCH_CLAUSES=500
//   BENCH_OTHER_FILES=20000 BENCH_CHECKPOINTS=50000,500000 BENCH_RUNS=7 BENCH_BACKFILL_MINUTES=10
//   BENCH_GROWTH_RUNS=14 (the 1-prompt commits the growth rows compare; twice BENCH_RUNS unless given)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRealisticCorpus, corpusClausePath, type CorpusInfo } from '../test-utils/realistic-corpus.ts';
import { seededRandom, writeFile } from './synthetic-repo.ts';
import { asOneBlock, buildLongClause, buildLongSentence } from '../test-utils/long-clause.ts';
import { writeSyntheticVault } from './synthetic-vault.ts';
import { HOOK_EOL_ATTRIBUTE } from '../lib/config/hook-line-endings-fs.ts';
import { cloneWithShortHistory, writeLocalReflog } from './short-history.ts';
import { hookLines } from '../commands/init/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What an installed copy runs: the bundle build:cli makes (a checkout's hook runs it too while current;
// otherwise the .ts sources, which adds Node's type stripping and a hundred module loads).
const CLI = path.join(ROOT, 'build/cli/promptvault.js');
// This repository's own hook: .husky/pre-commit runs scripts/bin.js, which runs the bundle while
// no source is newer than it, and otherwise (PROMPTVAULT_SOURCES=1 forces it) the TypeScript sources.
const OWN_HOOK = path.join(ROOT, '.husky/pre-commit');
const NODE = process.execPath;
const argv = process.argv.slice(2);
const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
// An unknown flag (a `--help` among them) prints the options and stops: a full run takes minutes
// and loads the machine, and three engineers started one by asking for help.
const KNOWN_FLAGS = new Set(['--only', '--quick', '--grid', '--write-readme', '--keep', '--reuse']);
if ([...flags].some((flag) => !KNOWN_FLAGS.has(flag))) {
  const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  const header = lines.slice(0, lines.findIndex((line) => !line.startsWith('//'))).map((line) => line.slice(3)).join('\n');
  process.stdout.write(`${header}\n`);
  process.exit([...flags].every((flag) => flag === '--help' || flag === '-h') ? 0 : 2);
}
const QUICK = flags.has('--quick');
const ROWS = ['hook', 'adoption', 'clauses', 'long-clause', 'backfill', 'site', 'grid'] as const;
type RowKind = (typeof ROWS)[number];
const onlyArg = argv[argv.indexOf('--only') + 1];
const only = argv.includes('--only') ? new Set((onlyArg ?? '').split(',').filter(Boolean)) : null;
for (const name of only ?? []) if (!(ROWS as readonly string[]).includes(name)) throw new Error(`--only ${onlyArg}: unknown row "${name}"; rows are ${ROWS.join(', ')}`);
const reuseArg = argv.includes('--reuse') ? argv[argv.indexOf('--reuse') + 1] : undefined;
if (argv.includes('--reuse') && (!reuseArg || reuseArg.startsWith('--'))) throw new Error('--reuse needs the folder an earlier `--keep` run printed ("kept /tmp/promptvault-bench-...")');
if (reuseArg && !(only?.size === 1 && only.has('hook'))) throw new Error('--reuse measures the hook rows only: give it with --only hook (the other rows need repositories in their first state)');
const wanted = (row: RowKind) => (only ? only.has(row) || (row === 'site' && only.has('grid')) : row !== 'grid' || flags.has('--grid'));
const list = (name: string, fallback: number[]) => (process.env[name] ? process.env[name]!.split(',').map(Number) : fallback);
const SIZE = {
  prompts: list('BENCH_PROMPTS', QUICK ? [200, 1000] : [1000, 10000]),
  commits: list('BENCH_COMMITS', [QUICK ? 300 : 5000])[0]!,
  clauses: list('BENCH_CLAUSES', [QUICK ? 100 : 500])[0]!,
  otherFiles: list('BENCH_OTHER_FILES', [QUICK ? 2000 : 20000])[0]!,
  checkpoints: list('BENCH_CHECKPOINTS', QUICK ? [5000] : [50000, 500000]),
  runs: list('BENCH_RUNS', [QUICK ? 5 : 7])[0]!,
  growthRuns: list('BENCH_GROWTH_RUNS', [2 * list('BENCH_RUNS', [QUICK ? 5 : 7])[0]!])[0]!,
  backfillMinutes: list('BENCH_BACKFILL_MINUTES', [QUICK ? 1 : 10])[0]!,
};
const CLAUSE_EDITS = QUICK ? 200 : 1000;
const VERSIONS_PER_PROMPT = 10;

interface Timed {
  seconds: number;
  /** User + system CPU seconds of the process and its waited-for children: steadier than wall time on a shared machine. */
  cpu: number;
  /** Peak resident memory of the process (or its largest child), MB, from GNU time. */
  peakMb: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

const TIME_FORMAT = ['-f', '%M %U %S'];
function parseTime(stderr: string): { peakMb: number; cpu: number } {
  const [peakKb, user, system] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { peakMb: (peakKb ?? 0) / 1024, cpu: (user ?? 0) + (system ?? 0) };
}

/** Runs a command under GNU time for wall time, CPU time and peak RSS; throws on failure. */
function timed(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Timed {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', [...TIME_FORMAT, command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...extraEnv }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { seconds, ...parseTime(result.stderr), stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * A pre-commit hook run under `timed` in the index `git commit` hands its hooks: before it runs
 * them, git commit brings the index's tree cache up to date and writes its trees (builtin/commit.c,
 * prepare_index; checked with git 2.39.5: at the hook the cache's root is valid and names the tree
 * the commit gets). `git write-tree`, untimed, leaves the index so. Until session 33 the hook ran
 * on the index `git add` left (the cache invalid along the staged paths), which no commit shows it;
 * the hook's staged diff reads that cache since (lib/git/index-tree-fs.ts).
 */
function timedHook(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Timed {
  git(cwd, ['write-tree']);
  return timed(command, args, cwd, extraEnv);
}

/** Like `timed`, but sends SIGINT to the command after `budgetSeconds` (backfill saves and stops), echoing its progress. */
function timedWithBudget(command: string, args: string[], cwd: string, budgetSeconds: number): Promise<Timed & { stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', [...TIME_FORMAT, command, ...args], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stopped = false;
    let lastEcho = 0;
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (performance.now() - lastEcho > 30_000) {
        lastEcho = performance.now();
        const line = stderr.trim().split('\n').filter((l) => l.includes('commits/s')).at(-1);
        if (line) log(`  ${line}`);
      }
    });
    // GNU time ignores SIGINT while it waits; the signal goes to the whole group, so to the CLI.
    const timer = setTimeout(() => {
      stopped = true;
      log(`  budget of ${budgetSeconds} s reached: stopping backfill (it saves its state)`);
      try { process.kill(-child.pid!, 'SIGINT'); } catch { /* already gone */ }
    }, budgetSeconds * 1000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (status !== 0 && !stopped) return reject(new Error(`${command} ${args.join(' ')} failed (${status}):\n${stderr}`));
      resolve({ seconds, ...parseTime(stderr), stdout, stderr, status, stopped });
    });
  });
}

/** The hook's chunk folder (lib/traits/chunk-store-fs.ts) and where the cold rows set it aside. */
const chunkFolders = (dir: string) => ({ kept: path.join(dir, '.git', 'promptvault', 'chunks'), aside: path.join(dir, '.git', 'promptvault', 'chunks-set-aside') });

/** Sets the hook's chunk folder aside (once; a later call finds it aside already). */
function chunksAside(dir: string): void {
  const { kept, aside } = chunkFolders(dir);
  if (fs.existsSync(kept) && !fs.existsSync(aside)) fs.renameSync(kept, aside);
}

/** Removes the hook's list of front-matter ids (lib/recorder/stable-id-list-fs.ts): the next commit staging an id builds it. */
function idListAside(dir: string): void {
  for (const name of ['stable-ids.json', 'stable-ids']) fs.rmSync(path.join(dir, '.git', 'promptvault', name), { recursive: true, force: true });
}

/** Puts back what chunksAside set aside; a folder the hook made meanwhile is dropped. */
function chunksBack(dir: string): void {
  const { kept, aside } = chunkFolders(dir);
  if (!fs.existsSync(aside)) return;
  fs.rmSync(kept, { recursive: true, force: true });
  fs.renameSync(aside, kept);
}

function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The mean of the middle half of `values` (the lowest and highest quarter left out): GNU time gives
 * CPU in 10 ms steps, so the median of a handful of runs near 130 ms is one of a few steps (a ratio
 * of two such medians moved by up to 0.08 between runs, session 22), while this mean reads between
 * the steps and still leaves out the runs a passing load inflated.
 */
function middleMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = sorted.length >> 2;
  const middle = sorted.slice(cut, sorted.length - cut);
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
}

interface Row { what: string; value: string; baseline: string; ratio: string; peak: string; cpu: string; target: string; met: string }
const rows: Row[] = [];
const benchStarted = performance.now();
const log = (message: string) => process.stderr.write(`bench [${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(5)} s]: ${message}\n`);
/** Adds a row, logging it at once, so a long run that is stopped still leaves its figures. */
function addRow(row: Row): void {
  rows.push(row);
  log(`| ${Object.values(row).join(' | ')} |`);
}
const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
const secs = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'missed');
/** Wall seconds of the hook's baseline; `baselineTimes` gives its CPU seconds too. */
const baselineOf = (dir: string) => baselineTimes(dir, false).seconds;
/** GNU time reports CPU in 10 ms steps, a third of this baseline's: its CPU time is the mean of 10 runs in one shell. */
const BASELINE_CPU_RUNS = 10;
/**
 * The post-commit reflog read is about 1.5 ms of CPU: its figure is the mean of this many in one
 * shell. GNU time counts CPU in 10 ms steps, so a mean of n reads moves in steps of 10/n ms: at 50
 * it was 0.2 ms, and the row read 0.8 vs 0.6 ms (1.33x, "missed") for a line that costs the same at
 * 5,009 and at 3 reflog entries (`perf stat -r 200`: 1.43-1.56 vs 1.24-1.47 ms, session 24).
 */
const REFLOG_READS = 500;
function baselineTimes(dir: string, withCpu = true): { seconds: number; cpu: number } {
  const seconds = timed(NODE, ['-e', '0'], dir).seconds + timed('git', ['diff', '--cached', '--name-status'], dir).seconds;
  if (!withCpu) return { seconds, cpu: NaN };
  const loop = `for i in $(seq ${BASELINE_CPU_RUNS}); do "$0" -e 0 && git diff --cached --name-status > /dev/null || exit 1; done`;
  return { seconds, cpu: timed('sh', ['-c', loop, NODE], dir).cpu / BASELINE_CPU_RUNS };
}
const HOOK_BASELINE = 'node -e 0 + git diff --cached --name-status';

/** The machine, named before the run starts (the load average then is what a reader needs). */
function describeMachine(): string {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores (nproc ${os.availableParallelism()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, ${git(ROOT, ['--version']).trim()}, load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

interface BenchRepo {
  prompts: number;
  dir: string;
  info: CorpusInfo;
  /** What its vault was recorded from, set once it is: every commit's records (`backfill`) or HEAD's (`backfill --from HEAD`). */
  history?: 'whole history' | 'HEAD only';
  /** Record files committed under vault/ once recorded. */
  records?: number;
}

/** A realistic repository at full size, with `.promptvault.yaml` committed on top of its history. */
function buildRepo(dir: string, prompts: number): BenchRepo {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'user.email', 'bench@example.com']);
  git(dir, ['config', 'core.hooksPath', '/dev/null']);
  const initialShare = 0.6;
  const info = buildRealisticCorpus(dir, {
    seed: 42, prompts, commits: SIZE.commits, clauses: SIZE.clauses, otherFiles: SIZE.otherFiles,
    // A median near 7.5 KB once headers and the paragraph that overshoots are counted.
    medianBytes: 8_500, largeFiles: Math.max(3, Math.round(prompts * 0.03)), hugeFiles: Math.max(1, Math.round(prompts / 1000)),
    moveShare: 0.04, multilingual: true, initialShare,
    // One prompt in ten has a front-matter id (the hook then checks it is no other prompt's).
    stableIds: 0.1,
    // Spread the later prompts over the commits that add (about 15% of the history).
    addsPerCommit: Math.max(1, Math.ceil((prompts * (1 - initialShare)) / (SIZE.commits * 0.15))),
  });
  const config = ['prompts:', ...info.promptGlobs.map((glob) => `  - '${glob}'`), 'codex:', ...info.codexGlobs.map((glob) => `  - '${glob}'`), ''].join('\n');
  fs.writeFileSync(path.join(dir, '.promptvault.yaml'), config);
  // The root .gitattributes `init` writes (`.husky/* text eol=lf`): every adopter has it, and the
  // hook reads attribute files before staging its records in process, so the bench measures that path.
  fs.appendFileSync(path.join(dir, '.gitattributes'), `${HOOK_EOL_ATTRIBUTE}\n`);
  git(dir, ['add', '.promptvault.yaml', '.gitattributes']);
  git(dir, ['commit', '-q', '-m', 'Add the promptvault configuration']);
  return { prompts, dir, info };
}

function describeRepo({ prompts, info }: BenchRepo): string {
  const sizes = info.sizes;
  return `${prompts} prompts (${info.promptsAtHead.length} at HEAD, median ${(sizes[sizes.length >> 1]! / 1024).toFixed(1)} KB, ${sizes.filter((s) => s >= 45_000).length} of 45 KB or more, largest ${(sizes.at(-1)! / 1024).toFixed(0)} KB; ${info.clausePaths.length} clauses, ${info.otherFiles} other files, ${info.commits + 1} main-line commits of which ${info.merges} merges)`;
}

/** How many record files HEAD of `dir` holds under vault/. */
function recordFiles(dir: string): number {
  return git(dir, ['ls-tree', '-r', '--name-only', 'HEAD', '--', 'vault/mutations', 'vault/checkpoints', 'vault/audits']).split('\n').filter(Boolean).length;
}

/** Where a kept repository says how its vault was recorded (for --reuse). */
const historyFile = (dir: string) => path.join(dir, '.git', 'bench-history');

/** Clears what backfill or a hook run left: staged records, the vault folder, backfill's saved state. */
function resetRepo(dir: string): void {
  git(dir, ['reset', '-q', '--hard', 'HEAD']);
  git(dir, ['clean', '-fdxq', 'vault']);
  fs.rmSync(path.join(dir, '.git/promptvault'), { recursive: true, force: true });
}

const work = reuseArg ? path.resolve(reuseArg) : fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-bench-'));
const keep = flags.has('--keep') || reuseArg !== undefined;
/** Where a kept repository's CorpusInfo is saved, for --reuse. */
const infoFile = (prompts: number) => path.join(work, `repo-${prompts}.info.json`);
const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);
log(`machine: ${machine}`);
log(`rows: ${ROWS.filter(wanted).join(', ')}${QUICK ? ' (--quick)' : ''}`);
const compiled = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, encoding: 'utf8' });
if (compiled.status !== 0) throw new Error(`npm run build:cli failed:\n${compiled.stderr}`);
const sizesSeen: string[] = [];
try {
  const repos: BenchRepo[] = [];
  const needRepos = wanted('hook') || wanted('adoption') || wanted('clauses') || wanted('backfill');
  const repoSizes = wanted('hook') || wanted('adoption') ? SIZE.prompts : SIZE.prompts.slice(-1);
  for (const prompts of needRepos ? repoSizes : []) {
    let repo: BenchRepo;
    if (reuseArg) {
      const dir = path.join(work, `repo-${prompts}`);
      if (!fs.existsSync(infoFile(prompts))) throw new Error(`--reuse ${reuseArg}: no ${path.basename(infoFile(prompts))} there; keep a run of the same BENCH_PROMPTS with --keep first`);
      repo = { prompts, dir, info: JSON.parse(fs.readFileSync(infoFile(prompts), 'utf8')) as CorpusInfo };
      // Staged or half-written leftovers of a stopped run go; the hook's caches stay, as after any commit.
      git(dir, ['reset', '-q', '--hard', 'HEAD']);
      git(dir, ['clean', '-fdq', 'vault', 'src']);
      log(`reusing ${dir} (${Number(git(dir, ['rev-list', '--count', 'HEAD']).trim())} commits now)`);
    } else {
      log(`building a realistic repository: ${prompts} prompts, ${SIZE.clauses} clauses, ${SIZE.otherFiles} other files, ${SIZE.commits} commits`);
      const started = performance.now();
      repo = buildRepo(path.join(work, `repo-${prompts}`), prompts);
      if (keep) fs.writeFileSync(infoFile(prompts), JSON.stringify(repo.info));
      log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s: ${describeRepo(repo)}`);
    }
    sizesSeen.push(describeRepo(repo));
    repos.push(repo);
  }
  const largest = repos.at(-1);
  // Each repository once more, recorded from HEAD only while the bench's own are backfilled
  // whole: the hook's growth with the number of prompts is then stated for both ways of recording
  // a vault, and its growth with the records of a history (the same prompts, files and commits)
  // in a row of its own. Cloned before the backfill below writes anything (a local clone: its
  // objects are hard links).
  const twins = new Map<BenchRepo, BenchRepo>();
  for (const repo of wanted('hook') && (reuseArg !== undefined || wanted('backfill')) ? repos : []) {
    const dir = `${repo.dir}-head-only`;
    if (reuseArg) {
      if (!fs.existsSync(dir)) continue;
      git(dir, ['reset', '-q', '--hard', 'HEAD']);
      git(dir, ['clean', '-fdq', 'vault', 'src']);
    } else {
      git(work, ['clone', '-q', repo.dir, dir]);
      for (const [key, value] of [['user.name', 'Bench'], ['user.email', 'bench@example.com'], ['core.hooksPath', '/dev/null']]) git(dir, ['config', key!, value!]);
    }
    twins.set(repo, { ...repo, dir });
  }
  // The largest repository once more with a short history (its last three commits' trees made
  // again: the same HEAD, prompts and files, one pack of only what they reach), recorded from
  // HEAD only: against the largest's HEAD-only recording (its twin, or itself), what grows with a
  // repository's age (its packs, its reflog, the commits git walks) shows apart.
  let shortTwin: BenchRepo | undefined;
  if (largest && wanted('hook')) {
    const dir = `${largest.dir}-short-history`;
    if (reuseArg && fs.existsSync(dir)) {
      git(dir, ['reset', '-q', '--hard', 'HEAD']);
      git(dir, ['clean', '-fdq', 'vault', 'src']);
      shortTwin = { ...largest, dir };
    } else if (!reuseArg) {
      log(`cloning the ${largest.prompts}-prompt repository with a short history (the same HEAD)`);
      const started = performance.now();
      const commits = cloneWithShortHistory(largest.dir, dir);
      log(`  ${commits} commits, repacked, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      shortTwin = { ...largest, dir };
    }
  }
  const isTwin = (repo: BenchRepo) => [...twins.values()].includes(repo) || repo === shortTwin;

  // 1. Backfill of the whole history of the largest repository, within a time budget.
  let backfilledWhole = false;
  if (largest && wanted('backfill')) {
    const { dir, prompts } = largest;
    const commits = Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());
    log(`backfilling ${commits} commits of the ${prompts}-prompt repository (budget ${SIZE.backfillMinutes} min)`);
    const run = await timedWithBudget(NODE, [CLI, 'backfill', '--cwd', dir], dir, SIZE.backfillMinutes * 60);
    const progress = [...run.stderr.matchAll(/backfill: (\d+)\/(\d+) commits/g)].at(-1);
    const done = run.stopped ? Number(progress?.[1] ?? 0) : commits;
    const gitLog = timed('git', ['log', '--name-status', '--format=%H', 'HEAD'], dir);
    const rate = done / run.seconds;
    const ratio = run.seconds / done / (gitLog.seconds / commits);
    const split = /first commit ([\d.]+) s, the other (\d+) commits ([\d.]+) s, writing and staging records ([\d.]+) s/.exec(run.stdout);
    const reading = /history read in ([\d.]+) s/.exec(run.stdout);
    const phases = /CPU replaying ([\d.]+) s, measuring ([\d.]+) s; writing (\d+) files \(([\d.]+) MB, (\d+) folders made\): saves ([\d.]+) s, their backlog ([\d.]+) s, last files ([\d.]+) s, packs ([\d.]+) s, staging ([\d.]+) s/.exec(run.stdout);
    addRow({
      what: `backfill, ${prompts} prompts, ${commits} commits, end to end`,
      value: `${rate.toFixed(1)} commits/s (${run.stopped ? `stopped after ${done} of ${commits} commits at the ${SIZE.backfillMinutes}-minute budget` : secs(run.seconds)}${split ? `; ${reading ? `history read ${reading[1]} s, ` : ''}first commit ${split[1]} s, replay ${split[3]} s, writing ${split[4]} s` : ''})`,
      baseline: `git log --name-status: ${(commits / gitLog.seconds).toFixed(0)} commits/s`, ratio: `${ratio.toFixed(0)}x`,
      peak: mb(run.peakMb), cpu: secs(run.cpu), target: '>= 100 commits/s and <= 20x', met: verdict(rate >= 100 && ratio <= 20),
    });
    // The same run read apart: the history's work in CPU time (what a loaded machine does not
    // inflate), against git log's CPU, and the write phase's wall time, which the disk's state
    // decides (5-22 s for the same build in session 14).
    if (phases && !run.stopped) {
      const [replayCpu, measuringCpu, files, megabytes, folders, saves, backlog, lastFiles, packed, staging] = phases.slice(1).map(Number) as number[];
      const historyCpu = replayCpu! + measuringCpu!;
      addRow({
        what: `backfill, the same run: CPU of replaying and measuring (without writing)`,
        value: `${secs(historyCpu)} (replay thread ${secs(replayCpu!)}, measuring threads ${secs(measuringCpu!)})`,
        baseline: `git log --name-status: ${secs(gitLog.cpu)} of CPU`, ratio: `${(historyCpu / gitLog.cpu).toFixed(0)}x`,
        peak: '-', cpu: secs(historyCpu), target: '-', met: '-',
      });
      addRow({
        what: `backfill, the same run: writing ${files} record files (${megabytes!.toFixed(0)} MB, ${folders} folders)`,
        // The total as the first row gives it: the parts are each rounded to a tenth.
        value: `${split ? `${split[4]} s` : secs(saves! + backlog! + lastFiles! + packed! + staging!)} (saves during the replay ${secs(saves!)}; at the end: their files and packs not yet done ${secs(backlog!)}, then files ${secs(lastFiles!)}, packs ${secs(packed!)}, staging ${secs(staging!)})`,
        baseline: '-', ratio: '-', peak: '-', cpu: '-', target: '-', met: '-',
      });
    }
    backfilledWhole = !run.stopped;
    if (!backfilledWhole) resetRepo(dir);
  }

  // 2. The adoption commit: the hook on a commit that only adds the records backfill wrote (the
  // whole history's when backfill finished above, otherwise HEAD's: `backfill --from HEAD`).
  // (A reused repository had its records committed by the run that kept it.)
  // Every repository is recorded the same way, so that the rows comparing their sizes compare the
  // number of prompts, not one history recorded whole against another recorded from HEAD (until
  // session 22 the smaller one was always HEAD only: 2,131 records against 39,419): when the
  // largest was backfilled whole, so are the others (not timed: a row of its own would repeat the
  // backfill row at a smaller size); a backfill stopped at the budget leaves HEAD only.
  if (repos.length > 0 && !reuseArg && (wanted('adoption') || wanted('hook') || wanted('clauses'))) {
    for (const repo of [...repos, ...twins.values(), ...(shortTwin ? [shortTwin] : [])]) {
      let whole = backfilledWhole && repo === largest;
      if (backfilledWhole && repo !== largest && !isTwin(repo)) {
        log(`backfilling the whole history of the ${repo.prompts}-prompt repository too (not timed)`);
        const run = await timedWithBudget(NODE, [CLI, 'backfill', '--cwd', repo.dir], repo.dir, SIZE.backfillMinutes * 60);
        whole = !run.stopped;
        if (!whole) resetRepo(repo.dir);
      }
      if (!whole) {
        log(`recording HEAD of the ${repo.prompts}-prompt repository${repo === shortTwin ? ' (its short-history twin)' : isTwin(repo) ? ' (its HEAD-only twin)' : ''} (backfill --from HEAD)`);
        timed(NODE, [CLI, 'backfill', '--cwd', repo.dir, '--from', 'HEAD'], repo.dir);
      }
      repo.history = whole ? 'whole history' : 'HEAD only';
      const files = git(repo.dir, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean).length;
      if (wanted('adoption') && !isTwin(repo)) {
        log(`measuring the adoption commit (${files} record files)`);
        const baseline = baselineOf(repo.dir);
        const adoption = timedHook(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo.dir);
        addRow({
          what: `hook, adoption commit (${files} record files${whole ? ', whole history' : ', HEAD only'}), ${repo.prompts} prompts`, value: ms(adoption.seconds), baseline: `${HOOK_BASELINE}: ${ms(baseline)}`,
          ratio: `${(adoption.seconds / baseline).toFixed(1)}x`, peak: mb(adoption.peakMb), cpu: ms(adoption.cpu), target: '<= 5 s', met: verdict(adoption.seconds <= 5),
        });
      } else {
        // Through the hook all the same (untimed), as an adopter's `git commit` after backfill runs
        // it: that commit builds the hook's source list (and its config caches). Committed without
        // it, the first measured commit built them instead: in a run without the adoption rows
        // (`--only hook`), the 1-prompt row's peak memory at 10,000 prompts read 103 MB, its first
        // run's, against about 70 MB for every later commit (session 31), and the twins' first runs paid it in every run.
        timedHook(NODE, [CLI, 'record', '--hook', 'pre-commit'], repo.dir);
      }
      git(repo.dir, ['commit', '-q', '-m', 'Backfill the prompt vault']);
      repo.records = recordFiles(repo.dir);
      fs.writeFileSync(historyFile(repo.dir), repo.history);
    }
  }
  for (const repo of reuseArg ? [...repos, ...twins.values(), ...(shortTwin ? [shortTwin] : [])] : []) {
    repo.records = recordFiles(repo.dir);
    const history = fs.existsSync(historyFile(repo.dir)) ? fs.readFileSync(historyFile(repo.dir), 'utf8') : undefined;
    repo.history = history === 'whole history' || history === 'HEAD only' ? history : undefined;
  }
  /** A repository as the growth rows name it: its prompts, how it was recorded, its record files. */
  const recorded = (repo: BenchRepo) => `${repo.prompts} prompts${repo.history ? `, ${repo.history}` : ''}${repo.records !== undefined ? `, ${repo.records} record files` : ''}`;

  // 3. The hook on ordinary commits, against `node -e 0` + `git diff --cached --name-status`.
  interface HookSample { seconds: number; cpu: number; baseline: number; baselineCpu: number; peakMb: number }
  /** The medians of a series of runs (the peak memory its largest). */
  const summarize = (samples: HookSample[]): HookSample => ({
    seconds: median(samples.map((x) => x.seconds)), cpu: median(samples.map((x) => x.cpu)), baseline: median(samples.map((x) => x.baseline)),
    baselineCpu: median(samples.map((x) => x.baselineCpu)), peakMb: Math.max(...samples.map((x) => x.peakMb)),
  });
  /** What the growth rows compare: summarize's, with the CPU of the hook and of its baseline the mean of the middle half (middleMean). */
  const summarizeGrowth = (samples: HookSample[]): HookSample => ({
    ...summarize(samples), cpu: middleMean(samples.map((x) => x.cpu)), baselineCpu: middleMean(samples.map((x) => x.baselineCpu)),
  });
  /** The hook measured on `repo`'s next commits, each staged by `stage(run)`; and what stages an edit of `count` of its prompts. */
  const hookRunner = (repo: BenchRepo) => {
    const random = seededRandom(7);
    const HOOK = [NODE, CLI, 'record', '--hook', 'pre-commit'];
    /** One run: staged by `stage(run)`, the baseline, the hook, then the commit. */
    const sample = (stage: (run: number) => void, run: number, command: string[] = HOOK, env: Record<string, string> = {}): HookSample => {
      stage(run);
      const base = baselineTimes(repo.dir);
      const result = timedHook(command[0]!, command.slice(1), repo.dir, env);
      // Committed, as an adopter's commit is: the next run's hook starts from a new HEAD, whose
      // parent its caches (the source list) were saved at. Resetting instead kept every cache
      // current and hid what moving them to a new commit costs (session 14).
      git(repo.dir, ['commit', '-q', '--no-verify', '--allow-empty', '-m', `bench run ${run}`]);
      return { seconds: result.seconds, cpu: result.cpu, baseline: base.seconds, baselineCpu: base.cpu, peakMb: result.peakMb };
    };
    const measure = (stage: (run: number) => void, command: string[] = HOOK, env: Record<string, string> = {}) => summarize(Array.from({ length: SIZE.runs }, (_, run) => sample(stage, run, command, env)));
    /**
     * One run of a partial commit, `git commit -- <path>` (what JetBrains IDEs run, and VS Code
     * with nothing staged): git runs the hook on a temporary index (HEAD and the path, its tree
     * cache valid except along the path) and keeps the real one locked as index.lock, which the
     * hook stages its records into as well (lib/git/index.ts, stageFiles). Timed inside that
     * real commit by a hook script running it under GNU time. The edit is staged first for the
     * baseline, which reads as the 1-prompt row's.
     */
    const samplePartial = (run: number): HookSample => {
      const [file] = editPrompts(1, run);
      const base = baselineTimes(repo.dir);
      const hooks = path.join(work, 'partial-commit-hook');
      const times = path.join(hooks, 'time.txt');
      writeFile(hooks, 'pre-commit', `#!/bin/sh\nexec /usr/bin/time -o ${JSON.stringify(times)} -f '%e %M %U %S' ${JSON.stringify(NODE)} ${JSON.stringify(CLI)} record --hook pre-commit\n`);
      fs.chmodSync(path.join(hooks, 'pre-commit'), 0o755);
      fs.rmSync(times, { force: true });
      git(repo.dir, ['-c', `core.hooksPath=${hooks}`, 'commit', '-q', '-m', `bench partial run ${run}`, '--', file!]);
      const [seconds, peakKb, user, system] = fs.readFileSync(times, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      return { seconds: seconds!, cpu: user! + system!, baseline: base.seconds, baselineCpu: base.cpu, peakMb: peakKb! / 1024 };
    };
    const measurePartial = () => summarize(Array.from({ length: SIZE.runs }, (_, run) => samplePartial(run)));
    /** The prompt the last 1-prompt edit chose: `editAgain` edits it again. */
    let lastOne: string | undefined;
    // Kept repositories of session 29 and before have no ids (their info has no list of them).
    const withIds = new Set(repo.info.withStableIds ?? []);
    /**
     * Edits `count` prompts, drawn among those without a front-matter id (`withId` true: among those
     * with one; 'any': among all, about one in ten with an id, as the corpus makes them).
     */
    const editPrompts = (count: number, run: number, withId: boolean | 'any' = false) => {
      const files = new Set<string>();
      const pool = withId === true ? [...withIds] : repo.info.promptsAtHead;
      if (withId === true && pool.length === 0) throw new Error(`the ${repo.prompts}-prompt repository has no prompt with a front-matter id (built before session 30? build it again)`);
      while (files.size < count) {
        const file = pool[Math.floor(random() * pool.length)]!;
        if (!/\.(md|mdc|prompt|prompty)$/.test(file) || files.has(file) || (withId !== 'any' && withIds.has(file) !== withId)) continue;
        const text = fs.readFileSync(path.join(repo.dir, file), 'utf8');
        writeFile(repo.dir, file, `${text}\nRun ${run} adds a sentence about refunds.\n`);
        files.add(file);
      }
      if (count === 1 && !withId) lastOne = [...files][0];
      git(repo.dir, ['add', '--', ...files]);
      return [...files];
    };
    // The prompt a 1-prompt commit edited, edited again: its last version's chunks are in the
    // hook's cache as that commit left them (lib/traits/chunk-store-fs.ts), as for someone who
    // commits a prompt, tweaks it and commits it again. Never warmer: the cache holds what the
    // hook wrote at the prompt's last commit, nothing a commit would not have written.
    const editAgain = (run: number) => {
      const file = lastOne!;
      const text = fs.readFileSync(path.join(repo.dir, file), 'utf8');
      writeFile(repo.dir, file, `${text}\nRun ${run} adds another sentence about refunds.\n`);
      git(repo.dir, ['add', '--', file]);
    };
    return { measure, measurePartial, sample, editPrompts, editAgain };
  };
  /** The growth rows' figures (summarizeGrowth) of each repository, of its HEAD-only twin, of the largest's short-history twin. */
  const hookFigures = new Map<number, HookSample>();
  const twinFigures = new Map<number, HookSample>();
  const shortFigures = new Map<number, HookSample>();
  /** The 1-prompt-with-an-id commits' figures (summarizeGrowth), by repository size. */
  const idFigures = new Map<number, HookSample>();
  /** The 1-prompt rows' medians (summarize), from the same runs as hookFigures. */
  const oneFigures = new Map<number, HookSample>();
  const runners = new Map(repos.map((repo) => [repo, hookRunner(repo)]));
  // The short-history twin is compared with the largest repository as recorded from HEAD only:
  // the largest itself, or its HEAD-only twin when the largest was backfilled whole. That one gets
  // the reflog its history would have left in a clone where it was committed (writeLocalReflog).
  const longOfShort = largest && (largest.history === 'whole history' ? twins.get(largest) : largest);
  const reflogEntries = shortTwin && longOfShort ? writeLocalReflog(longOfShort.dir) : 0;
  // The 1-prompt commit of every repository, of its HEAD-only twin (when the repository was
  // backfilled whole) and of the largest's short-history twin, run for run (the same prompts in a
  // repository and its twins: each runner draws them alike): the growth rows compare these, and a
  // load that comes and goes on a shared machine then weighs on every side alike, not on
  // whichever series it met.
  const oneSeries = wanted('hook') ? [...runners].flatMap(([repo, runner]) => {
    const twin = twins.get(repo);
    return [
      { repo, runner, figures: hookFigures },
      ...(twin && repo.history === 'whole history' ? [{ repo: twin, runner: hookRunner(twin), figures: twinFigures }] : []),
      ...(repo === largest && shortTwin && longOfShort ? [{ repo: shortTwin, runner: hookRunner(shortTwin), figures: shortFigures }] : []),
    ];
  }) : [];
  if (oneSeries.length > 0) {
    log(`measuring the 1-prompt commit on ${oneSeries.map(({ repo }) => `${recorded(repo)}${repo === shortTwin ? ', short history' : ''}`).join('; ')}: ${SIZE.growthRuns} runs each, run for run`);
    const samples = oneSeries.map(() => [] as HookSample[]);
    for (let run = 0; run < SIZE.growthRuns; run++) {
      oneSeries.forEach(({ runner }, i) => samples[i]!.push(runner.sample((r) => runner.editPrompts(1, r), run)));
    }
    oneSeries.forEach(({ repo, figures }, i) => {
      figures.set(repo.prompts, summarizeGrowth(samples[i]!));
      if (figures === hookFigures) oneFigures.set(repo.prompts, summarize(samples[i]!));
    });
  }
  for (const repo of wanted('hook') ? repos : []) {
    log(`measuring the hook on the ${repo.prompts}-prompt repository (${SIZE.runs} runs per figure)`);
    const { measure, measurePartial, sample, editPrompts, editAgain } = runners.get(repo)!;
    const none = measure((run) => {
      writeFile(repo.dir, `src/module-0/touched-${run}.ts`, `export const touched = ${run};\n`);
      git(repo.dir, ['add', '-A', 'src']);
    });
    const one = oneFigures.get(repo.prompts)!;
    // The first commit staging a front-matter id where the hook has no list of ids yet (a
    // repository adopted before session 30, or the list lost): it builds the list from one `git
    // grep` of the tree and the blobs it names (lib/recorder/stable-id-list-fs.ts), once a
    // repository, so one run, its list set aside first. Before the 50-prompt rows, whose prompts
    // include some with ids: they, and the id row, then find the list built as every later commit does.
    const firstId = sample((run) => {
      idListAside(repo.dir);
      editPrompts(1, run, true);
    }, 0);
    // Drawn among all prompts, as the corpus makes them: about one in ten has a front-matter id.
    const fifty = measure((run) => editPrompts(50, run, 'any'));
    // The same commit with no chunk kept for its prompts: the hook's chunk folder set aside (as in
    // a repository adopted before backfill kept them, or after an upgrade of promptvault, whose
    // new measuring code reads none of the old files). The 50-prompt commit writes none, so the
    // folder put back afterwards is the one the warm rows run with.
    let fiftyCold: typeof fifty;
    try {
      fiftyCold = measure((run) => {
        chunksAside(repo.dir);
        editPrompts(50, run, 'any');
      });
    } finally {
      // Put back even when a run throws: a kept repository (--keep) must hold the folder it was built with.
      chunksBack(repo.dir);
    }
    // After the 1-prompt series: its last prompt, committed through the hook, edited again.
    const again = measure((run) => editAgain(run));
    // A prompt with a front-matter id: the hook checks that no other prompt has it (until session
    // 30 one `git grep` over every source blob of the index; the ids are kept by blob since).
    const idSamples = Array.from({ length: SIZE.runs }, (_, run) => sample((r) => editPrompts(1, r, true), run));
    const partial = measurePartial();
    const withId = summarize(idSamples);
    idFigures.set(repo.prompts, summarizeGrowth(idSamples));
    const row = (what: string, figure: typeof one, limit: number) => addRow({
      // CPU time beside wall time: under load the CPU ratio is the steadier reading (the target is read on wall time).
      what: `hook, ${what}, ${repo.prompts} prompts`, value: ms(figure.seconds), baseline: `${HOOK_BASELINE}: ${ms(figure.baseline)} (CPU ${ms(figure.baselineCpu)})`,
      ratio: `${(figure.seconds / figure.baseline).toFixed(1)}x (CPU ${(figure.cpu / figure.baselineCpu).toFixed(1)}x)`, peak: mb(figure.peakMb), cpu: ms(figure.cpu), target: `<= ${limit}x`, met: verdict(figure.seconds / figure.baseline <= limit),
    });
    row('commit touching no prompt', none, 1.5);
    // The prompts of these two rows have their chunks in the hook's cache as backfill left them
    // (until session 25 none: backfill kept no chunks), an adopter's state after `backfill`: the
    // file of each prompt holds the chunks of its version at the adoption commit, or of the
    // version a run of this bench edited last (a prompt edited again: a colleague's edit pulled
    // leaves most of them valid too, they are keyed by text).
    row('1 prompt edited', one, 3);
    row('1 prompt edited again (the one the last 1-prompt commit edited: its chunks cached by that commit)', again, 3);
    row('1 prompt edited, a partial commit (`git commit -- <path>`, as JetBrains IDEs commit: a temporary index, the real one locked)', partial, 3);
    row('1 prompt with a front-matter id edited', withId, 3);
    addRow({
      what: `hook, first commit staging a front-matter id (no list of ids kept yet: built from one git grep of the tree), ${repo.prompts} prompts (1 run)`, value: ms(firstId.seconds),
      baseline: `${HOOK_BASELINE}: ${ms(firstId.baseline)} (CPU ${ms(firstId.baselineCpu)})`, ratio: `${(firstId.seconds / firstId.baseline).toFixed(1)}x (CPU ${(firstId.cpu / firstId.baselineCpu).toFixed(1)}x)`,
      peak: mb(firstId.peakMb), cpu: ms(firstId.cpu), target: '-', met: '-',
    });
    row('50 prompts edited', fifty, 5);
    row('50 prompts edited, no chunks kept (the hook\'s chunk folder set aside)', fiftyCold, 5);
    if (repo === largest) {
      // As a checkout of this repository commits: through the hook script, bin.js choosing the CLI.
      row("1 prompt edited, the repository's own hook (.husky/pre-commit, bundle current)", measure((run) => editPrompts(1, run), ['sh', OWN_HOOK]), 3);
      // As it commits after an edit of scripts/, until the next build:cli: the sources, through Node's type stripping.
      row("1 prompt edited, the repository's own hook after a source edit (scripts/cli.ts, type stripping)", measure((run) => editPrompts(1, run), ['sh', OWN_HOOK], { PROMPTVAULT_SOURCES: '1' }), 3);
    }
  }
  // CPU time, not wall time: on a shared machine the wall-time ratio of two medians moves by 2x.
  // The baseline (node -e 0 + git diff --cached --name-status) grows too, git reading a larger
  // index: the hook's cost beyond its baseline at each size is what the hook's own code adds.
  const beyond = (figure: { cpu: number; baselineCpu: number }) => figure.cpu - figure.baselineCpu;
  /** How the growth rows read CPU (summarizeGrowth). */
  const growthCpu = `CPU time, mean of the middle half of ${SIZE.growthRuns} runs`;
  if (hookFigures.size > 1) {
    const smallest = repos[0]!;
    const [small, big] = [smallest.prompts, largest!.prompts];
    const [a, b] = [hookFigures.get(big)!, hookFigures.get(small)!];
    // The two repositories share their history's length and shape, and are recorded alike (see above).
    const sizes = `${recorded(largest!)} vs ${recorded(smallest)}`;
    const ratio = a.cpu / b.cpu;
    addRow({
      what: `hook, 1 prompt edited: ${sizes} (${growthCpu}, raw: git's own reading of the larger index included)`, value: `${ms(a.cpu)} (wall ${ms(a.seconds)})`, baseline: `${small} prompts: ${ms(b.cpu)} (wall ${ms(b.seconds)})`,
      ratio: `${ratio.toFixed(2)}x`, peak: '-', cpu: ms(a.cpu), target: 'no growth (<= 1.2x)', met: verdict(ratio <= 1.2),
    });
    const beyondRatio = beyond(a) / beyond(b);
    addRow({
      what: `hook, 1 prompt edited: ${sizes}, beyond the baseline ((hook - baseline) CPU at ${big} / at ${small}, ${growthCpu})`,
      value: `${ms(beyond(a))} (${ms(a.cpu)} - ${ms(a.baselineCpu)})`,
      baseline: `${small} prompts: ${ms(beyond(b))} (${ms(b.cpu)} - ${ms(b.baselineCpu)}); the baseline itself grew ${(a.baselineCpu / b.baselineCpu).toFixed(2)}x`,
      ratio: `${beyondRatio.toFixed(2)}x`, peak: '-', cpu: ms(a.cpu), target: 'no growth (<= 1.2x)', met: verdict(beyondRatio <= 1.2),
    });
  }
  // The same for a prompt with a front-matter id (its uniqueness checked: until session 30 a grep of every source blob).
  const [smallId, bigId] = [repos[0] && idFigures.get(repos[0].prompts), largest && idFigures.get(largest.prompts)];
  if (repos.length > 1 && smallId && bigId) {
    const small = repos[0]!.prompts;
    const idRuns = `CPU time, mean of the middle half of ${SIZE.runs} runs`;
    addRow({
      what: `hook, 1 prompt with a front-matter id edited: ${recorded(largest!)} vs ${recorded(repos[0]!)} (${idRuns}, raw and beyond the baseline)`,
      value: `${ms(bigId.cpu)} (beyond the baseline ${ms(beyond(bigId))})`, baseline: `${small} prompts: ${ms(smallId.cpu)} (beyond the baseline ${ms(beyond(smallId))}); the baseline itself grew ${(bigId.baselineCpu / smallId.baselineCpu).toFixed(2)}x`,
      ratio: `${(bigId.cpu / smallId.cpu).toFixed(2)}x (beyond the baseline ${(beyond(bigId) / beyond(smallId)).toFixed(2)}x)`, peak: '-', cpu: ms(bigId.cpu), target: 'no growth (<= 1.2x)', met: verdict(bigId.cpu / smallId.cpu <= 1.2),
    });
  }
  // The same growth between the HEAD-only twins (fewer records at each size, ten times as many at the larger).
  const [smallTwin, bigTwin] = [repos[0] && twins.get(repos[0]), largest && twins.get(largest)];
  const [smallTwinOne, bigTwinOne] = [repos[0] && twinFigures.get(repos[0].prompts), largest && twinFigures.get(largest.prompts)];
  if (repos.length > 1 && smallTwin && bigTwin && smallTwinOne && bigTwinOne) {
    const ratio = bigTwinOne.cpu / smallTwinOne.cpu;
    addRow({
      what: `hook, 1 prompt edited: ${recorded(bigTwin)} vs ${recorded(smallTwin)} (${growthCpu}, raw and beyond the baseline)`,
      value: `${ms(bigTwinOne.cpu)} (beyond the baseline ${ms(beyond(bigTwinOne))})`, baseline: `${smallTwin.prompts} prompts: ${ms(smallTwinOne.cpu)} (beyond the baseline ${ms(beyond(smallTwinOne))}); the baseline itself grew ${(bigTwinOne.baselineCpu / smallTwinOne.baselineCpu).toFixed(2)}x`,
      ratio: `${ratio.toFixed(2)}x (beyond the baseline ${(beyond(bigTwinOne) / beyond(smallTwinOne)).toFixed(2)}x)`, peak: '-', cpu: ms(bigTwinOne.cpu), target: 'no growth (<= 1.2x)', met: verdict(ratio <= 1.2),
    });
  }
  // The growth with the records a history leaves (the same prompts, files and commits): the
  // largest repository backfilled whole against its twin recorded from HEAD only.
  const wholeOne = largest && hookFigures.get(largest.prompts);
  if (bigTwin && bigTwinOne && wholeOne) {
    const ratio = wholeOne.cpu / bigTwinOne.cpu;
    addRow({
      what: `hook, 1 prompt edited, ${largest!.prompts} prompts: ${largest!.records} record files (whole history) vs ${bigTwin.records} (HEAD only) (${growthCpu}, raw and beyond the baseline)`,
      value: `${ms(wholeOne.cpu)} (beyond the baseline ${ms(beyond(wholeOne))})`, baseline: `HEAD only: ${ms(bigTwinOne.cpu)} (beyond the baseline ${ms(beyond(bigTwinOne))})`,
      ratio: `${ratio.toFixed(2)}x (beyond the baseline ${(beyond(wholeOne) / beyond(bigTwinOne)).toFixed(2)}x)`, peak: '-', cpu: ms(wholeOne.cpu), target: 'no growth (<= 1.2x)', met: verdict(ratio <= 1.2),
    });
  }
  // The growth with a repository's age: the same HEAD (prompts, files, records from HEAD only)
  // with the bench's whole history against three commits.
  const longOne = longOfShort && (longOfShort === largest ? hookFigures : twinFigures).get(longOfShort.prompts);
  const shortOne = largest && shortFigures.get(largest.prompts);
  if (shortTwin && longOfShort && longOne && shortOne) {
    const commits = (repo: BenchRepo) => Number(git(repo.dir, ['rev-list', '--count', 'HEAD']).trim());
    const ratio = longOne.cpu / shortOne.cpu;
    addRow({
      what: `hook, 1 prompt edited, ${recorded(longOfShort)}: ${commits(longOfShort)} commits (a reflog of ${reflogEntries} commits, packs of the whole history) vs ${commits(shortTwin)} commits (the same HEAD, one pack) (${growthCpu}, raw and beyond the baseline)`,
      value: `${ms(longOne.cpu)} (beyond the baseline ${ms(beyond(longOne))})`, baseline: `short history: ${ms(shortOne.cpu)} (beyond the baseline ${ms(beyond(shortOne))}); the baseline itself grew ${(longOne.baselineCpu / shortOne.baselineCpu).toFixed(2)}x`,
      ratio: `${ratio.toFixed(2)}x (beyond the baseline ${(beyond(longOne) / beyond(shortOne)).toFixed(2)}x)`, peak: '-', cpu: ms(longOne.cpu), target: 'no growth (<= 1.2x)', met: verdict(ratio <= 1.2),
    });
    // What the post-commit hook runs on every commit (init's line, the CLI never reached on a
    // commit that is no revert): what made the commit, read from HEAD's reflog (until session 23
    // `git reflog -1`, which reads the whole reflog in git 2.39). Alternated (the side that goes
    // first flips every run), each figure the mean CPU of REFLOG_READS in one shell (a run is 1-4
    // ms: GNU time counts in 10 ms steps).
    const reflogRead = `for i in $(seq ${REFLOG_READS}); do ${hookLines('exit 70;')['post-commit']}; done`;
    const reads = { long: [] as number[], short: [] as number[] };
    for (let run = 0; run < SIZE.runs; run++) {
      const sides = [['long', longOfShort.dir], ['short', shortTwin.dir]] as const;
      for (const [side, dir] of run % 2 === 0 ? sides : [...sides].reverse()) reads[side].push(timed('sh', ['-c', reflogRead], dir).cpu / REFLOG_READS);
    }
    const [longRead, shortRead] = [median(reads.long), median(reads.short)];
    const entries = (repo: BenchRepo) => git(repo.dir, ['reflog', '--format=%H', 'HEAD']).split('\n').filter(Boolean).length;
    addRow({
      what: `post-commit hook on a commit that is no revert (init's line: what made the commit, from HEAD's reflog), ${longOfShort.prompts} prompts: ${entries(longOfShort)} reflog entries vs ${entries(shortTwin)} (CPU time, median of ${SIZE.runs} means of ${REFLOG_READS}, in steps of ${(10 / REFLOG_READS).toFixed(2)} ms)`,
      value: `${(longRead * 1000).toFixed(2)} ms`, baseline: `short history: ${(shortRead * 1000).toFixed(2)} ms`, ratio: `${(longRead / shortRead).toFixed(2)}x`, peak: '-', cpu: `${(longRead * 1000).toFixed(2)} ms`,
      target: 'no growth (<= 1.2x)', met: verdict(longRead / shortRead <= 1.2),
    });
  }

  // 4. 1,000 clause changes in one commit: every clause edited, the rest added (a codex reorganisation).
  if (largest && wanted('clauses')) {
    const { dir, prompts, info } = largest;
    log(`measuring ${CLAUSE_EDITS} clause changes in one commit`);
    for (const [j, file] of info.clausePaths.entries()) {
      if (j >= CLAUSE_EDITS) break;
      writeFile(dir, file, `${fs.readFileSync(path.join(dir, file), 'utf8')}Escalate to a human when unsure (bulk edit).\n`);
    }
    for (let j = info.clausePaths.length; j < CLAUSE_EDITS; j++) {
      writeFile(dir, corpusClausePath(j), `---\ntitle: Rule ${j}\ntone: formal\n---\n\nThe assistant must always confirm the order number before rule ${j} applies.\n`);
    }
    git(dir, ['add', '-A', 'codex']);
    const changed = git(dir, ['diff', '--cached', '--name-only']).split('\n').filter(Boolean).length;
    const baseline = baselineOf(dir);
    // Cold: no citation cache (.git/promptvault/citations.json), as on a fresh clone; every prompt's front matter is read.
    fs.rmSync(path.join(dir, '.git/promptvault/citations.json'), { force: true });
    const staged = fs.readFileSync(path.join(dir, '.git/index'));
    const bulk = timedHook(NODE, [CLI, 'record', '--hook', 'pre-commit'], dir);
    addRow({
      what: `hook, ${changed} clause changes in one commit, ${prompts} prompts (no citation cache)`, value: secs(bulk.seconds), baseline: `${HOOK_BASELINE}: ${ms(baseline)}`,
      ratio: `${(bulk.seconds / baseline).toFixed(0)}x`, peak: mb(bulk.peakMb), cpu: secs(bulk.cpu), target: '< 10 s', met: verdict(bulk.seconds < 10),
    });
    // Warm: the same staged change again, the cache the first run wrote in place (the next such commit).
    fs.writeFileSync(path.join(dir, '.git/index'), staged);
    git(dir, ['clean', '-fdq', 'vault']);
    const warm = timedHook(NODE, [CLI, 'record', '--hook', 'pre-commit'], dir);
    addRow({
      what: `hook, ${changed} clause changes in one commit, ${prompts} prompts (citation cache warm)`, value: secs(warm.seconds), baseline: `${HOOK_BASELINE}: ${ms(baseline)}`,
      ratio: `${(warm.seconds / baseline).toFixed(0)}x`, peak: mb(warm.peakMb), cpu: secs(warm.cpu), target: '< 10 s', met: verdict(warm.seconds < 10),
    });
    git(dir, ['reset', '-q', '--hard', 'HEAD']);
    git(dir, ['clean', '-fdq', 'vault', 'codex']);
  }

  // 4b. One long clause (a 400-sentence handbook: headings, lists, tables, repeated acronyms and
  // figures) with one figure changed in its middle, against the same edit in a 10-sentence clause of
  // the same repository: the guard's cost must follow the edit, not the clause's length.
  if (wanted('long-clause')) {
    const dir = path.join(work, 'long-clause');
    fs.mkdirSync(dir, { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    for (const [key, value] of [['user.name', 'Bench'], ['user.email', 'bench@example.com'], ['core.hooksPath', '/dev/null']]) git(dir, ['config', key!, value!]);
    writeFile(dir, '.promptvault.yaml', "prompts:\n  - 'prompts/**/*.md'\ncodex:\n  - 'codex/**/*.md'\n");
    writeFile(dir, 'prompts/support.md', '---\ntitle: Support\ncodex: [handbook, one-block, short, sentence]\n---\nAnswer the customer.\n');
    const long = buildLongClause({ sentences: 400, edit: 'number' });
    const short = buildLongClause({ sentences: 10, edit: 'number' });
    const clause = (text: string) => `---\ntitle: Handbook\n---\n\n${text}`;
    // The same handbook written with no blank lines and no headings: one block of some 340 lines.
    writeFile(dir, 'codex/handbook.md', clause(long.previous));
    writeFile(dir, 'codex/one-block.md', clause(asOneBlock(long.previous)));
    writeFile(dir, 'codex/short.md', clause(short.previous));
    // The handbook's rules run on as one sentence of 2,000 words, no stop until its end (round 29d).
    const sentence = buildLongSentence({ words: 2_000 });
    writeFile(dir, 'codex/sentence.md', clause(sentence.previous));
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Add the handbook']);
    log(`measuring one edit in a ${(long.previous.length / 1024).toFixed(0)} KB clause (${SIZE.runs} runs)`);
    const hookOn = (file: string, text: string) => {
      const times: number[] = [];
      const cpus: number[] = [];
      const peaks: number[] = [];
      for (let run = 0; run < SIZE.runs; run++) {
        writeFile(dir, file, clause(text));
        git(dir, ['add', file]);
        const result = timedHook(NODE, [CLI, 'record', '--hook', 'pre-commit'], dir);
        times.push(result.seconds);
        cpus.push(result.cpu);
        peaks.push(result.peakMb);
        git(dir, ['reset', '-q', '--hard', 'HEAD']);
        git(dir, ['clean', '-fdq', 'vault']);
      }
      return { seconds: median(times), cpu: median(cpus), peakMb: Math.max(...peaks) };
    };
    const longHook = hookOn('codex/handbook.md', long.next);
    const shortHook = hookOn('codex/short.md', short.next);
    // CPU time for the ratio: on a shared machine the wall-time ratio of two medians moves by 2x.
    const ratio = longHook.cpu / shortHook.cpu;
    addRow({
      what: `hook, one figure changed in a 400-sentence clause (${(long.previous.length / 1024).toFixed(0)} KB, CPU time)`, value: `${ms(longHook.cpu)} (wall ${ms(longHook.seconds)})`,
      baseline: `the same edit in a 10-sentence clause: ${ms(shortHook.cpu)} (wall ${ms(shortHook.seconds)})`, ratio: `${ratio.toFixed(2)}x`, peak: mb(longHook.peakMb), cpu: ms(longHook.cpu),
      target: 'follows the edit (<= 2x)', met: verdict(ratio <= 2),
    });
    // A clause with no blank lines was one block, read whole by the change window (round 21c).
    const blockHook = hookOn('codex/one-block.md', asOneBlock(long.next));
    const blockRatio = blockHook.cpu / shortHook.cpu;
    addRow({
      what: `hook, one figure changed in the same clause written as one block (${asOneBlock(long.previous).split('\n').length} lines, no blank line, CPU time)`, value: `${ms(blockHook.cpu)} (wall ${ms(blockHook.seconds)})`,
      baseline: `the same edit in a 10-sentence clause: ${ms(shortHook.cpu)} (wall ${ms(shortHook.seconds)})`, ratio: `${blockRatio.toFixed(2)}x`, peak: mb(blockHook.peakMb), cpu: ms(blockHook.cpu),
      target: 'follows the edit (<= 2x)', met: verdict(blockRatio <= 2),
    });
    // One sentence of thousands of words was read in full however slow: the pair bound counts
    // sentences (round 29d: readings quadratic in a sentence's words made linear, and a bound in words).
    const sentenceHook = hookOn('codex/sentence.md', sentence.next);
    const sentenceRatio = sentenceHook.cpu / shortHook.cpu;
    addRow({
      what: `hook, one figure changed in a ${(sentence.previous.split(/\s+/).length - 1).toLocaleString('en-US')}-word sentence (${(sentence.previous.length / 1024).toFixed(0)} KB, no stop until its end, CPU time)`, value: `${ms(sentenceHook.cpu)} (wall ${ms(sentenceHook.seconds)})`,
      baseline: `the same edit in a 10-sentence clause: ${ms(shortHook.cpu)} (wall ${ms(shortHook.seconds)})`, ratio: `${sentenceRatio.toFixed(2)}x`, peak: mb(sentenceHook.peakMb), cpu: ms(sentenceHook.cpu),
      target: 'follows the edit (<= 2x)', met: verdict(sentenceRatio <= 2),
    });
  }

  // 5. Site build at each checkpoint count, against a one-prompt vault; 6. the grid on the largest.
  if (wanted('site')) {
    let gridSite: { dir: string; rows: number } | undefined;
    const tiny = await measureSite({ prompts: 1, versionsPerPrompt: 1, clauses: 1, outDir: path.join(work, 'site-tiny-out') });
    for (const checkpoints of SIZE.checkpoints) {
      const prompts = Math.max(1, Math.round(checkpoints / VERSIONS_PER_PROMPT));
      log(`building the site of ${checkpoints} checkpoints (${prompts} prompts x ${VERSIONS_PER_PROMPT} versions)`);
      const outDir = path.join(work, `site-${checkpoints}-out`);
      const site = await measureSite({ prompts, versionsPerPrompt: VERSIONS_PER_PROMPT, clauses: Math.min(SIZE.clauses, 500), outDir });
      if (!site) {
        addRow({ what: `site build, ${checkpoints} checkpoints`, value: 'not measured: scripts/bench/site-scale.ts is missing and a synthetic vault this size is too slow to write', baseline: '-', ratio: '-', peak: '-', cpu: '-', target: '-', met: '-' });
        continue;
      }
      const big = checkpoints >= 500_000;
      const pages = site.pages !== undefined ? `, ${site.pages} pages, largest ${site.largestPageKb?.toFixed(0)} KB, ${site.totalMb?.toFixed(0)} MB in all` : '';
      addRow({
        what: `site build, ${checkpoints} checkpoints (${prompts} prompts)`, value: `${secs(site.seconds)}${pages}`,
        baseline: tiny ? `one-prompt vault: ${secs(tiny.seconds)}` : '-', ratio: tiny ? `${(site.seconds / tiny.seconds).toFixed(1)}x` : '-', peak: mb(site.peakMb), cpu: secs(site.cpu),
        target: big ? '<= 300 s, <= 4 GB' : '<= 20 s, <= 1 GB', met: verdict(big ? site.seconds <= 300 && site.peakMb <= 4096 : site.seconds <= 20 && site.peakMb <= 1024),
      });
      if (fs.existsSync(path.join(site.siteDir, 'prompts/checkpoints/index.html'))) gridSite = { dir: site.siteDir, rows: checkpoints };
    }
    if (wanted('grid')) {
      if (!gridSite) {
        addRow({ what: 'grid filter (Chromium)', value: 'not measured: no site was built', baseline: '-', ratio: '-', peak: '-', cpu: '-', target: '< 30 ms', met: '-' });
      } else {
        log(`measuring the grid in Chromium at ${gridSite.rows} rows`);
        const grid = await measureGrid(gridSite.dir);
        addRow({
          what: `grid filter, ${gridSite.rows} rows (Chromium)`, value: `${grid.median.toFixed(1)} ms/keystroke (max ${grid.max.toFixed(1)})`,
          baseline: `naive substring filter: ${grid.baseline.toFixed(1)} ms`, ratio: `${(grid.median / grid.baseline).toFixed(1)}x`, peak: `${grid.heapMb.toFixed(0)} MB JS heap`, cpu: '-',
          target: '< 30 ms', met: verdict(grid.median < 30),
        });
      }
    }
  }

  const sizes = `Sizes: ${sizesSeen.join('; ') || 'no repository built'}; ${SIZE.runs} runs per hook figure (median)${QUICK ? '; --quick' : ''}`;
  const table = [
    '| measure | value | baseline (same run) | ratio | peak memory | CPU time | target | |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.what} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.peak} | ${row.cpu} | ${row.target} | ${row.met} |`),
  ].join('\n');
  const report = `Run of ${date}, ${((performance.now() - benchStarted) / 60_000).toFixed(0)} minutes.\nMachine: ${machine}.\n${sizes}.\n\n${table}\n`;
  console.log(`\n${report}`);
  if (flags.has('--write-readme')) {
    writeReadmeTable(report);
    log('README.md: bench table replaced');
  }
} finally {
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

/** Replaces what lies between the two bench markers in README.md. */
function writeReadmeTable(report: string): void {
  const file = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- bench:table:start (npm run bench -- --write-readme replaces this) -->';
  const end = '<!-- bench:table:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: the bench markers are missing; put "${start}" and "${end}" on lines of their own where the table goes`);
  fs.writeFileSync(file, `${text.slice(0, from + start.length)}\n${report}${text.slice(to)}`);
}

interface SiteFigure { seconds: number; peakMb: number; cpu: number; pages?: number; largestPageKb?: number; totalMb?: number; siteDir: string }

/**
 * The site build at a size. Uses SITE's `scripts/bench/site-scale.ts` (`measureSiteBuild`) when it
 * exists, in a child process under GNU time so its CPU time counts the builds it starts; otherwise
 * writes a synthetic vault and builds it with the CLI (practical up to about 50,000 checkpoints).
 */
async function measureSite(options: { prompts: number; versionsPerPrompt: number; clauses: number; outDir: string }): Promise<SiteFigure | undefined> {
  const scale = path.join(ROOT, 'scripts/bench/site-scale.ts');
  if (fs.existsSync(scale)) {
    // site-scale.ts keeps the vault and the site (in `site/`) under `dir` when it is given.
    const request = { prompts: options.prompts, versionsPerPrompt: options.versionsPerPrompt, clauses: options.clauses, dir: options.outDir };
    const script = `const { measureSiteBuild } = await import(${JSON.stringify(scale)}); const result = await measureSiteBuild(${JSON.stringify(request)}); process.stdout.write('\\n' + JSON.stringify(result) + '\\n');`;
    const run = timed(NODE, ['--input-type=module', '-e', script], ROOT);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { seconds: number; cpuSeconds?: number; peakMb: number; pages: number; largestPageKb: number; totalMb: number };
    // The build's own CPU time, not the vault writing around it.
    return { ...result, cpu: result.cpuSeconds ?? run.cpu, siteDir: path.join(options.outDir, 'site') };
  }
  const checkpoints = options.prompts * options.versionsPerPrompt;
  if (checkpoints > 100_000) return undefined;
  const vault = `${options.outDir}-vault`;
  const audits = Math.max(1, Math.round(checkpoints / 25));
  writeSyntheticVault({ dir: vault, seed: 3, prompts: options.prompts, checkpoints, clauses: Math.min(options.clauses, audits), audits });
  const build = timed(NODE, [CLI, 'build', '--cwd', vault, '--out', options.outDir], vault);
  return { seconds: build.seconds, peakMb: build.peakMb, cpu: build.cpu, siteDir: options.outDir };
}

/** The grid's own per-keystroke filter time in Chromium (site-scale.ts waits until every row shard has loaded). */
async function measureGrid(dir: string): Promise<{ median: number; max: number; baseline: number; heapMb: number }> {
  const { measureGridKeystrokes } = await import('./site-scale.ts');
  return measureGridKeystrokes(dir);
}

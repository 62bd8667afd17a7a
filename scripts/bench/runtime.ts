// `npm run bench:runtime`: what serving prompts costs an application. Builds a seeded synthetic
// repository, backfills it and labels every prompt, then measures `promptvault bundle` (against
// `promptvault check`, which reads and validates the same snapshot) and the runtime's
// `get` + `render` per call (against a plain object lookup and String.replace). Prints Markdown
// rows; `runtimeBenchRows` is exported for the main bench runner. Options: --quick.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../runtime/index.ts';
import { createSyntheticRepo } from './synthetic-repo.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'build/scripts/cli.js');

export interface BenchRow {
  what: string;
  figure: string;
  baseline: string;
  ratio: string;
}

function run(command: string, args: string[], cwd: string, input?: string): { seconds: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Nanoseconds per call of `fn`, the median of a few timed batches after a warm-up. */
function perCall(fn: (i: number) => unknown, calls: number): number {
  let sink = 0;
  for (let i = 0; i < calls; i++) sink += String(fn(i)).length;
  const batches = Array.from({ length: 5 }, () => {
    const started = performance.now();
    for (let i = 0; i < calls; i++) sink += String(fn(i)).length;
    return ((performance.now() - started) * 1e6) / calls;
  });
  if (sink < 0) throw new Error('unreachable');
  return median(batches);
}

export async function runtimeBenchRows(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const size = options.quick ? { prompts: 200, commits: 40, calls: 20_000 } : { prompts: 1000, commits: 200, calls: 200_000 };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-bench-runtime-'));
  try {
    const repo = createSyntheticRepo({ dir: path.join(work, 'repo'), seed: 7, prompts: size.prompts, clauses: 0, otherFiles: 100, commits: size.commits });
    const node = process.execPath;
    run(node, [CLI, 'backfill'], repo.dir);
    run('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '--no-verify', '-m', 'Backfill the prompt vault'], repo.dir);
    run(node, [CLI, 'label', 'set', 'production', '--all'], repo.dir);
    run('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '--no-verify', '-m', 'production: everything'], repo.dir);
    const out = path.join(work, 'prompts.json');
    const bundleSeconds = median([0, 1, 2].map(() => run(node, [CLI, 'bundle', '--out', out, '--types', path.join(work, 'prompts.d.ts')], repo.dir).seconds));
    // `check` reads and validates the same snapshot of prompts and records: the floor for any command over the whole vault.
    const checkSeconds = median([0, 1, 2].map(() => run(node, [CLI, 'check'], repo.dir).seconds));
    const json = fs.readFileSync(out, 'utf8');

    const prompts = loadBundle(json);
    const ids = prompts.ids();
    const vars = { customer_name: 'Ada', order_id: 'A-42' };
    const plain: Record<string, string> = Object.fromEntries(ids.map((id) => [id, prompts.get(id).text]));
    const getRender = perCall((i) => prompts.get(ids[i % ids.length]!, { label: 'production' }).render(vars), size.calls);
    const getOnly = perCall((i) => prompts.get(ids[i % ids.length]!, { label: 'production' }).text, size.calls);
    const lookup = perCall((i) => plain[ids[i % ids.length]!]!.replace('{{customer_name}}', vars.customer_name).replace('{{order_id}}', vars.order_id), size.calls);
    const lookupOnly = perCall((i) => plain[ids[i % ids.length]!]!, size.calls);
    const kb = (Buffer.byteLength(json) / 1024).toFixed(0);
    return [
      { what: `bundle, ${ids.length} prompts (${size.commits}-commit history), JSON + types`, figure: `${(bundleSeconds * 1000).toFixed(0)} ms (${kb} KB)`, baseline: `promptvault check (the same vault read): ${(checkSeconds * 1000).toFixed(0)} ms`, ratio: `${(bundleSeconds / checkSeconds).toFixed(2)}x` },
      { what: 'runtime get(id, { label }) + render(vars), per call', figure: `${getRender.toFixed(0)} ns`, baseline: `object lookup + 2 String.replace: ${lookup.toFixed(0)} ns`, ratio: `${(getRender / lookup).toFixed(1)}x` },
      { what: 'runtime get(id, { label }), per call', figure: `${getOnly.toFixed(0)} ns`, baseline: `object lookup: ${lookupOnly.toFixed(0)} ns`, ratio: `${(getOnly / lookupOnly).toFixed(1)}x` },
    ];
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const rows = await runtimeBenchRows({ quick: process.argv.includes('--quick') });
  process.stdout.write(`| What | Figure | Baseline | Ratio |\n|---|---|---|---|\n${rows.map((r) => `| ${r.what} | ${r.figure} | ${r.baseline} | ${r.ratio} |`).join('\n')}\n`);
  process.stdout.write(`\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`);
}

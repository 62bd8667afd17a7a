// Node-only: tells V8 that this process is a short run (a hook commit of a few files), so it skips
// its optimizing compiler. TurboFan compiles hot functions on background threads; a run of a few
// hundred milliseconds pays for that compilation and exits before the optimized code earns it
// back. Measured on the bench's 10,000-prompt repository (CPU time, user + system with git's,
// median of 5 runs interleaved, load average 12): 50 prompts edited 860 -> 740 ms, 200 prompts
// 1,350 -> 1,260 ms, 1 prompt 290 -> 290 ms. Long runs (backfill, a codex reorganisation of
// 1,000 clauses, the adoption commit) keep it: there the optimized code pays.
//
// The flag is set at run time, not on the command line, because the hook's command line is the
// user's (`npx promptvault record`, a husky line); V8 reads it each time a function gets hot, so
// setting it after start-up takes effect for everything not yet optimized. Passing `--max-opt=2`
// on the command line cut as much; setting `--max-opt` at run time did nothing.
//
// Regular expressions keep V8's tier-up (bytecode first, machine code after one run): setting
// `--no-regexp-tier-up` here (session 27, for o200k's split pattern: 19.1-19.7 -> 13.9-14.3 ms of
// a 50-prompt commit) crashed the process. A pattern that had run once before the flag and ran
// again after it made Node 24's V8 die with a segmentation fault, no message: 6 of 6 runs of 2,000
// patterns (each run once, then 5 times), none without the flag or with it on the command line.
// The hooks died so at random, under load most often (exit 139, or a `record --all` that exited
// 1 with nothing on stderr: codex-globs-reroot-ids.test.ts); short-run-fs.test.ts keeps it out.
/** Up to this many changed files a commit is a short run; the 200-prompt commit above still gained. */
export const SHORT_RUN_FILES = 256;

/**
 * Turns V8's optimizing compiler off for the rest of this process when `changedFiles` (what the
 * commit changes under the sources and the vault) makes a short run; returns whether it did.
 * A longer run gets V8's lazy compilation back, which a hook run starts without
 * (eager-compile.js): what it loads next (the guard's modules, its threads' built-ins, which V8
 * compiles from source under other flags than Node's) is large and mostly not called.
 */
export function tuneForShortRun(changedFiles: number): boolean {
  // Taken here, not imported: every command loads this file, and only a recording commit needs v8.
  const v8 = process.getBuiltinModule('node:v8');
  if (changedFiles > SHORT_RUN_FILES) {
    v8.setFlagsFromString('--lazy');
    return false;
  }
  v8.setFlagsFromString('--no-turbofan');
  return true;
}

/**
 * Gives V8's lazy compilation back for the rest of this process, before it starts a worker thread:
 * a thread compiles Node's start-up modules for itself, and under the `--no-lazy` a hook run starts
 * with (eager-compile.js) it compiles them from source, whole (a thread that posts one message:
 * 68.7 -> 111.3 ms of CPU, 20 rounds). The flag is the process's, and the thread compiles after
 * `new Worker` returns, so it is not set back. Nothing changes where it was never turned off.
 */
export function compileLazilyForThreads(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--lazy');
}


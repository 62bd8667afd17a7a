// Node-only (process, child_process): `promptvault build` runs in a process whose young generation
// is capped. V8 grows a thread's young generation up to two semi-spaces of 64 MB each on this
// machine's 24 GB, and the build's main thread, which allocates every page it makes, keeps them
// grown to the end: 128 MB of the peak at any vault size. With 16 MB semi-spaces the bench's
// 50,000-checkpoint build peaked 45-145 MB lower (5 pairs side by side, each lower; CPU within the
// pairs' spread). The size is fixed when V8 starts (a flag set later from JavaScript is not read
// again), so the build is run again as a child with the flag, unless the process already has one
// (its own command line or NODE_OPTIONS: the user's choice is kept).
import { spawn } from 'node:child_process';

/** Megabytes of each of the build's two semi-spaces. */
export const BUILD_SEMI_SPACE_MB = 16;

/** Node's flags to run the build again with, or undefined when this process already caps its young generation. */
export function youngGenerationFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] | undefined {
  // V8 reads its flags with `_` or `-` between the words.
  const sets = (arg: string) => /^--max[-_]semi[-_]space[-_]size(=|$)/.test(arg);
  if (execArgv.some(sets) || (nodeOptions ?? '').split(/\s+/).some(sets)) return undefined;
  return [`--max-semi-space-size=${BUILD_SEMI_SPACE_MB}`];
}

/**
 * Runs this command line again in a child process with `flags` before the script, its standard
 * streams the same; answers its exit code (1 when it was stopped by a signal, which the terminal
 * sends this process too).
 */
export function runAgainWithFlags(flags: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

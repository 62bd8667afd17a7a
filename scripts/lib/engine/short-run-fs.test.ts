import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHORT_RUN_FILES } from './short-run-fs.ts';

const MODULE = fileURLToPath(new URL('./short-run-fs.ts', import.meta.url));

/**
 * Runs a hot function in a fresh Node after `tuneForShortRun(changedFiles)`, and says whether V8
 * optimized it with TurboFan (V8's optimization status bit 64). Compilation is made synchronous so
 * the answer does not depend on how busy the machine is.
 */
function turbofanUsedAfter(changedFiles: number): { tuned: boolean; turbofanned: boolean } {
  const script = `
    const { tuneForShortRun } = await import(${JSON.stringify(MODULE)});
    const tuned = tuneForShortRun(${changedFiles});
    function hot(n) { let sum = 0; for (let i = 0; i < n; i++) sum += i % 7; return sum; }
    %PrepareFunctionForOptimization(hot);
    hot(100); hot(100);
    %OptimizeFunctionOnNextCall(hot);
    hot(100);
    console.log(JSON.stringify({ tuned, turbofanned: (%GetOptimizationStatus(hot) & 64) !== 0 }));
  `;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { tuned: boolean; turbofanned: boolean };
}

describe('tuning the engine for a short hook run', () => {
  it('turns the optimizing compiler off for a commit of a few files', () => {
    expect(turbofanUsedAfter(1)).toEqual({ tuned: true, turbofanned: false });
    expect(turbofanUsedAfter(SHORT_RUN_FILES)).toEqual({ tuned: true, turbofanned: false });
  });

  it('keeps it for a long run (a codex reorganisation, the adoption commit)', () => {
    expect(turbofanUsedAfter(SHORT_RUN_FILES + 1)).toEqual({ tuned: false, turbofanned: true });
  });
});

/**
 * How a fresh Node ends that runs 2,000 patterns once (as the modules' start-up runs theirs), calls
 * `tuneForShortRun(changedFiles)`, and runs them again: its signal (null when it exited by itself)
 * and exit code. Setting `--no-regexp-tier-up` there crashed V8 on such patterns (SIGSEGV): the
 * hooks died at random.
 */
function patternsRunAcross(changedFiles: number): { signal: NodeJS.Signals | null; status: number | null; stdout: string } {
  const script = `
    const { tuneForShortRun } = await import(${JSON.stringify(MODULE)});
    const patterns = Array.from({ length: 2000 }, (_, i) => new RegExp(\`(\\\\p{L}+)\${i}|[a-z]{\${(i % 7) + 1}}\\\\d*x\${i}\`, 'gu'));
    const text = 'héllo wörld 123 abcx5 '.repeat(20);
    for (const pattern of patterns) pattern.exec(text);
    tuneForShortRun(${changedFiles});
    let found = 0;
    for (let round = 0; round < 5; round++) for (const pattern of patterns) { pattern.lastIndex = 0; while (pattern.exec(text)) found++; }
    console.log(found);
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { signal: run.signal, status: run.status, stdout: run.stdout };
}

/** Runs of patternsRunAcross per test: the crash races V8's own threads (none with `--single-threaded`): it came in 9 of 14 runs of such a script. */
const RUNS = 8;

describe('regular expressions across the tuning of a short run', () => {
  it('that ran before it run on after it (the process is not crashed)', () => {
    const runs = Array.from({ length: RUNS }, () => patternsRunAcross(1));
    expect(runs).toEqual(Array(RUNS).fill({ signal: null, status: 0, stdout: expect.stringMatching(/^[1-9]\d*\n$/) }));
  });
});

/**
 * In a Node started as a hook run starts (`--no-lazy`, eager-compile.js), the size of the code
 * cache of a script compiled after `tuneForShortRun(changedFiles)`: a function never called is in
 * it only when functions are compiled eagerly.
 */
function codeCacheSizeAfter(changedFiles: number): number {
  const script = `
    const { tuneForShortRun } = await import(${JSON.stringify(MODULE)});
    tuneForShortRun(${changedFiles});
    const vm = process.getBuiltinModule('node:vm');
    const body = Array.from({ length: 50 }, (_, i) => 'total += input.length * ' + i + ';').join(' ');
    console.log(new vm.Script('function neverCalled(input) { let total = 0; ' + body + ' return total; }').createCachedData().length);
  `;
  const run = spawnSync(process.execPath, ['--no-lazy', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return Number(run.stdout);
}

describe('the compilation a hook run starts with (eagerly, eager-compile.js)', () => {
  it('is kept for a short run, and lazy again for a long one, whose modules are large and mostly not called', () => {
    expect(codeCacheSizeAfter(1)).toBeGreaterThan(codeCacheSizeAfter(SHORT_RUN_FILES + 1));
  });
});

describe('before a worker thread starts', () => {
  it('gives lazy compilation back, so the thread does not compile its start-up modules whole', () => {
    const script = `
      const { compileLazilyForThreads } = await import(${JSON.stringify(MODULE)});
      const vm = process.getBuiltinModule('node:vm');
      // Two names: V8 would hand the second compile of the same text the first one's result.
      const size = (name) => new vm.Script('function ' + name + '(input) { let total = 0; ' + Array.from({ length: 50 }, (_, i) => 'total += input.length * ' + i + ';').join(' ') + ' return total; }').createCachedData().length;
      const eager = size('neverCalledOne');
      compileLazilyForThreads();
      console.log(JSON.stringify({ eager, lazy: size('neverCalledTwo') }));
    `;
    const run = spawnSync(process.execPath, ['--no-lazy', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { eager, lazy } = JSON.parse(run.stdout) as { eager: number; lazy: number };
    expect(lazy).toBeLessThan(eager);
  });
});

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
 * What V8 makes of a pattern made before `tuneForShortRun(changedFiles)` (as the modules' are) and
 * run once after: its trace (`--trace-regexp-tier-up`) says "bytecode" for V8's regexp bytecode,
 * "native code" for machine code.
 */
function regexpCodeAfter(changedFiles: number): string[] {
  const script = `
    const { tuneForShortRun } = await import(${JSON.stringify(MODULE)});
    const pattern = /[\\p{L}\\p{N}]+x/u;
    tuneForShortRun(${changedFiles});
    console.log('-- the pattern runs --');
    pattern.exec('one word and another x');
  `;
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  // Node's own patterns ran before (its loader's): only what follows the line is the pattern's.
  const traced = run.stdout.slice(run.stdout.indexOf('-- the pattern runs --'));
  return [...traced.matchAll(/(bytecode|native code) size/g)].map((match) => match[1]!);
}

describe('regular expressions in a short run', () => {
  it('are compiled to machine code at their first run, not to bytecode first', () => {
    expect(regexpCodeAfter(1)).toEqual(['native code']);
  });

  it('start as bytecode in a long run, as V8 does by default', () => {
    expect(regexpCodeAfter(SHORT_RUN_FILES + 1)[0]).toBe('bytecode');
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

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownString } from './own-string.ts';

// What ownString is for: a short string cut from a command's output (a path from `git ls-files`)
// and kept must not keep the whole output alive. Measured in a process of its own with the
// collector at hand: 100 outputs of 1 MB each, a 40-character path kept from each, the outputs
// dropped, then the heap after a full collection. V8's slices are views into their parent, so
// the plain slices hold the 100 MB; the owned copies hold next to nothing.

const MODULE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'own-string.ts');
const MB = 1024 * 1024;

/** Heap bytes in use after keeping a path cut from each of 100 one-megabyte outputs, owned or as V8 slices it. */
function heapKeeping(how: 'owned' | 'sliced'): number {
  const script = `
    const { ownString } = await import(${JSON.stringify(MODULE)});
    const kept = [];
    for (let i = 0; i < 100; i++) {
      const output = \`100644 \${String(i).padStart(40, '0')} 0\\tvault/checkpoints/p\${i}/0001-0d4cf2a1b2c3.yaml\\0\` + 'x'.repeat(${MB});
      const cut = output.slice(output.indexOf('\\t') + 1, output.indexOf('\\0'));
      kept.push(${JSON.stringify(how)} === 'owned' ? ownString(cut) : cut);
    }
    globalThis.gc(); globalThis.gc();
    process.stdout.write(JSON.stringify({ heap: process.memoryUsage().heapUsed, sample: kept[7] }));
  `;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const { heap, sample } = JSON.parse(result.stdout) as { heap: number; sample: string };
  expect(sample).toBe('vault/checkpoints/p7/0001-0d4cf2a1b2c3.yaml');
  return heap;
}

describe('a string kept apart from the output it was cut from', () => {
  it('has the same text, short or long, ASCII or not', () => {
    const output = `100644 ${'a'.repeat(40)} 0\tvault/checkpoints/support/réfund/v1-0d4cf2a1b2c3.yaml\0`;
    const cut = output.slice(output.indexOf('\t') + 1, -1);
    expect(ownString(cut)).toBe('vault/checkpoints/support/réfund/v1-0d4cf2a1b2c3.yaml');
    expect(ownString('v1')).toBe('v1');
    expect(ownString('')).toBe('');
  });

  it('does not keep the output alive: 100 kept paths of 1 MB outputs hold a few MB of heap, where V8\'s slices of them hold the 100 MB', () => {
    const sliced = heapKeeping('sliced');
    const owned = heapKeeping('owned');
    // The control: this measure sees the outputs a slice keeps.
    expect(sliced).toBeGreaterThan(90 * MB);
    expect(owned).toBeLessThan(20 * MB);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCliIsCurrent } from './packed-tarball.ts';

// The run's `npm pack` skips prepare's and prepack's rebuild only while build/ is current by
// bin.js's rule (bin-entry.js, whose own tests cover its cases): here, that it is that rule.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function builtPackage(): { root: string; touch: (file: string, seconds: number) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-packed-'));
  made.push(root);
  for (const [file, text] of [['scripts/bin.js', ''], ['scripts/cli.ts', ''], ['build/cli/promptvault.js', ''], ['build/cli/inputs.json', JSON.stringify({ inputs: ['scripts/cli.ts'] })]]) {
    fs.mkdirSync(path.dirname(path.join(root, file!)), { recursive: true });
    fs.writeFileSync(path.join(root, file!), text!);
  }
  const touch = (file: string, seconds: number) => fs.utimesSync(path.join(root, file), seconds, seconds);
  touch('scripts/cli.ts', 1000);
  touch('build/cli/promptvault.js', 2000);
  return { root, touch };
}

describe('whether the run packs without rebuilding the CLI', () => {
  it('packs without the rebuild while no source of the bundle is newer than it', () => {
    expect(builtCliIsCurrent(builtPackage().root)).toBe(true);
  });

  it('rebuilds when a source of the bundle is newer, or the bundle is missing', () => {
    const edited = builtPackage();
    edited.touch('scripts/cli.ts', 3000);
    expect(builtCliIsCurrent(edited.root)).toBe(false);
    const unbuilt = builtPackage();
    fs.rmSync(path.join(unbuilt.root, 'build/cli/promptvault.js'));
    expect(builtCliIsCurrent(unbuilt.root)).toBe(false);
  });
});

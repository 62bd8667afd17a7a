import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseEntry } from './bin-entry.js';

// bin.js runs the bundle an install or `npm run build:cli` made, but never one older than the
// sources it was built from: a checkout with an edited, moved or deleted source runs the sources.

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A package folder with sources, a bundle and its inputs list; `age` sets the bundle's mtime (s). */
function makePackage(parent = os.tmpdir()): { root: string; bin: string; touch: (file: string, seconds: number) => void } {
  const root = fs.mkdtempSync(path.join(parent, 'pv-bin-'));
  made.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('scripts/bin.js', '');
  write('scripts/cli.ts', '');
  write('scripts/lib/a.ts', '');
  write('build/cli/promptvault.js', '');
  write('build/cli/inputs.json', JSON.stringify({ inputs: ['scripts/cli.ts', 'scripts/lib/a.ts'] }));
  const touch = (file: string, seconds: number) => fs.utimesSync(path.join(root, file), seconds, seconds);
  touch('scripts/cli.ts', 1000);
  touch('scripts/lib/a.ts', 1000);
  touch('build/cli/promptvault.js', 2000);
  return { root, bin: pathToFileURL(path.join(root, 'scripts/bin.js')).href, touch };
}

describe('which CLI the promptvault command runs', () => {
  it('runs the bundle while no source is newer than it', () => {
    const { root, bin } = makePackage();
    expect(chooseEntry(bin, {})).toBe(pathToFileURL(path.join(root, 'build/cli/promptvault.js')).href);
  });

  it('runs the sources once a source was edited after the bundle was built', () => {
    const { root, bin, touch } = makePackage();
    touch('scripts/lib/a.ts', 3000);
    expect(chooseEntry(bin, {})).toBe(pathToFileURL(path.join(root, 'scripts/cli.ts')).href);
  });

  it('runs the sources when a source the bundle was built from is gone, or nothing was bundled', () => {
    const moved = makePackage();
    fs.rmSync(path.join(moved.root, 'scripts/lib/a.ts'));
    expect(chooseEntry(moved.bin, {})).toMatch(/scripts\/cli\.ts$/);
    const unbuilt = makePackage();
    fs.rmSync(path.join(unbuilt.root, 'build'), { recursive: true });
    expect(chooseEntry(unbuilt.bin, {})).toMatch(/scripts\/cli\.ts$/);
  });

  it('runs the sources when PROMPTVAULT_SOURCES=1 asks for them', () => {
    const { bin } = makePackage();
    expect(chooseEntry(bin, { PROMPTVAULT_SOURCES: '1' })).toMatch(/scripts\/cli\.ts$/);
  });

  it('always runs the bundle under node_modules, where Node strips no types', () => {
    const modules = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-nm-'));
    made.push(modules);
    fs.mkdirSync(path.join(modules, 'node_modules'));
    const { root, bin, touch } = makePackage(path.join(modules, 'node_modules'));
    touch('scripts/lib/a.ts', 3000);
    expect(chooseEntry(bin, { PROMPTVAULT_SOURCES: '1' })).toBe(pathToFileURL(path.join(root, 'build/cli/promptvault.js')).href);
  });
});

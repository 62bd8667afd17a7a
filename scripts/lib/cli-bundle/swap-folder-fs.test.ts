import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { swapFolderIn } from './swap-folder-fs.ts';

let temp: string;
afterEach(() => fs.rmSync(temp, { recursive: true, force: true }));

function folder(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const contents = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe('a folder built beside its place', () => {
  it('replaces the old folder whole (no old file stays), leaving nothing beside it', () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-swap-'));
    const target = folder(path.join(temp, 'cli'), { 'promptvault.js': 'old', 'chunks/old-1.js': 'old chunk' });
    const built = folder(path.join(temp, 'cli.building'), { 'promptvault.js': 'new', 'chunks/new-2.js': 'new chunk', 'vendor/zod.js': 'zod' });
    swapFolderIn(built, target);
    expect(contents(target)).toEqual({ 'chunks/new-2.js': 'new chunk', 'promptvault.js': 'new', 'vendor/zod.js': 'zod' });
    expect(fs.readdirSync(temp)).toEqual(['cli']);
  });

  it('puts the folder in place where there was none', () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-swap-'));
    swapFolderIn(folder(path.join(temp, 'cli.building'), { 'promptvault.js': 'new' }), path.join(temp, 'cli'));
    expect(contents(path.join(temp, 'cli'))).toEqual({ 'promptvault.js': 'new' });
  });

  it('lets the later of two builds win whole', () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-swap-'));
    const target = path.join(temp, 'cli');
    swapFolderIn(folder(path.join(temp, 'a'), { 'promptvault.js': 'a', 'a-only.js': 'a' }), target);
    swapFolderIn(folder(path.join(temp, 'b'), { 'promptvault.js': 'b' }), target);
    expect(contents(target)).toEqual({ 'promptvault.js': 'b' });
    expect(fs.readdirSync(temp)).toEqual(['cli']);
  });
});

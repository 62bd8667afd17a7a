import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMeasureCache } from '../traits/measure-cache-fs.ts';
import type { TokenCounter } from '../traits/token-counter-fs.ts';
import { cacheFilePath, loadCacheEntries, saveCacheEntries } from './json-cache-fs.ts';

// Every persistent cache (citations, measures) goes through one skeleton: a file is used only when
// its layout and the code that wrote it match, is written whole or not at all, and never fails a run.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-json-cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const HEADER = { format: 1, fingerprint: 'abc', encoding: 'o200k_base' };
// Counts characters: enough to tell a measure computed now from one read back.
const counter = (calls: { count: number }): TokenCounter => ({ encoding: 'o200k_base', count: async (text) => (calls.count++, text.length), preload: () => {}, close: () => {} });

describe('a cache file under the git common dir', () => {
  it('gives its entries back only to the same layout, code fingerprint and keys', () => {
    const file = cacheFilePath(path.join(root, 'a', '.git'), 'sub', 'cache.json');
    expect(file).toBe(path.join(root, 'a', '.git', 'promptvault', 'sub', 'cache.json'));
    expect(loadCacheEntries(file, HEADER)).toBeUndefined();
    expect(saveCacheEntries(file, HEADER, [['k', 1]])).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cache.json']);
    expect(loadCacheEntries(file, HEADER)).toEqual([['k', 1]]);
    expect(loadCacheEntries(file, { ...HEADER, fingerprint: 'other code' })).toBeUndefined();
    expect(loadCacheEntries(file, { ...HEADER, encoding: 'cl100k_base' })).toBeUndefined();
    fs.writeFileSync(file, '{"format": 1, "fingerp');
    expect(loadCacheEntries(file, HEADER)).toBeUndefined();
  });

  it('is written again after its folder was removed in the same process', () => {
    const file = cacheFilePath(path.join(root, 'again', '.git'), 'cache.json');
    expect(saveCacheEntries(file, HEADER, [])).toBe(true);
    fs.rmSync(path.dirname(file), { recursive: true });
    expect(saveCacheEntries(file, HEADER, [['k', 2]])).toBe(true);
    expect(loadCacheEntries(file, HEADER)).toEqual([['k', 2]]);
  });

  it('reports a file it cannot write instead of throwing', () => {
    const blocked = path.join(root, 'blocked');
    fs.writeFileSync(blocked, 'a file where a folder should be');
    expect(saveCacheEntries(path.join(blocked, 'cache.json'), HEADER, [])).toBe(false);
  });

  it('keeps the measures of bodies across runs, and reads a hand-edited file as empty where it is wrong', async () => {
    const gitdir = path.join(root, 'm', '.git');
    const calls = { count: 0 };
    const first = openMeasureCache({ gitdir, encoding: 'o200k_base' });
    const measured = await first.measure('Confirm the order number first.', counter(calls), { inferTone: true });
    first.save();
    const second = openMeasureCache({ gitdir, encoding: 'o200k_base' });
    expect(await second.measure('Confirm the order number first.', counter(calls), { inferTone: true })).toEqual(measured);
    expect(calls.count).toBe(1);
    expect(second.stats()).toEqual({ entries: 1, hits: 1, misses: 0, primed: 0 });
    // Another encoding counts tokens differently: its own file.
    expect(openMeasureCache({ gitdir, encoding: 'cl100k_base' }).stats().entries).toBe(0);
    const file = cacheFilePath(gitdir, 'measures', 'o200k_base.json');
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...saved, entries: [...saved.entries, 'junk', [1, 2], null] }));
    expect(openMeasureCache({ gitdir, encoding: 'o200k_base' }).stats().entries).toBe(1);
  });
});

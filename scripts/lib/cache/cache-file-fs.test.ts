import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openMeasureCache } from '../traits/measure-cache-fs.ts';
import type { TokenCounter } from '../traits/token-counter-fs.ts';
import { cacheFilePath, openCacheFileWriter, readCacheFile, readCacheJson, writeCacheFile, writeCacheJson, type CacheKind } from './cache-file-fs.ts';

// Every persistent cache (citations, measures, the hook's source list, records by blob id) goes
// through one skeleton: a file is used only when its first line names the same cache, layout and
// fingerprint (and, where asked, the checksum of the rest matches), is written whole or not at
// all, and never fails a run.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-cache-file-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const KIND: CacheKind = { name: 'test', format: 1, fingerprint: 'abc' };
// Counts characters: enough to tell a measure computed now from one read back.
const counter = (calls: { count: number }): TokenCounter => ({ encoding: 'o200k_base', count: async (text) => (calls.count++, text.length), preload: () => {}, close: () => {} });

describe('a cache file under the git common dir', () => {
  it('gives its entries back only to the same cache, layout and fingerprint', () => {
    const file = cacheFilePath(path.join(root, 'a', '.git'), 'sub', 'cache.json');
    expect(file).toBe(path.join(root, 'a', '.git', 'promptvault', 'sub', 'cache.json'));
    expect(readCacheJson(file, KIND)).toBeUndefined();
    expect(writeCacheJson(file, KIND, [['k', 1]])).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cache.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe('promptvault test 1 abc\n[["k",1]]\n');
    expect(readCacheJson(file, KIND)).toEqual([['k', 1]]);
    expect(readCacheJson(file, { ...KIND, fingerprint: 'other code' })).toBeUndefined();
    expect(readCacheJson(file, { ...KIND, format: 2 })).toBeUndefined();
    expect(readCacheJson(file, { ...KIND, name: 'other' })).toBeUndefined();
    // Cut short (no final newline), garbled JSON, or a file of the layout before this skeleton.
    for (const text of ['promptvault test 1 abc\n[["k",1]]', 'promptvault test 1 abc\n[["k",\n', '{"format":1,"fingerprint":"abc","entries":[["k",1]]}']) {
      fs.writeFileSync(file, text);
      expect(readCacheJson(file, KIND)).toBeUndefined();
    }
  });

  it('with a checksum, never takes an edited file for a cache', () => {
    const kind = { ...KIND, checksum: true };
    const file = cacheFilePath(path.join(root, 'sum', '.git'), 'cache.json');
    expect(writeCacheFile(file, kind, 'one\ntwo\n')).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^promptvault test 1 abc [0-9a-f]{64}\none\ntwo\n$/);
    expect(readCacheFile(file, kind)).toBe('one\ntwo\n');
    // Without the checksum the kind differs too: the first line is not that of an unchecked file.
    expect(readCacheFile(file, KIND)).toBeUndefined();
    fs.writeFileSync(file, text.replace('two', 'too'));
    expect(readCacheFile(file, kind)).toBeUndefined();
  });

  it('is written piece by piece into a temporary file, in place only once committed', () => {
    const file = cacheFilePath(path.join(root, 'stream', '.git'), 'shards', '0.jsonl');
    const writer = openCacheFileWriter(file, KIND);
    writer.write('a 1\n');
    expect(fs.existsSync(file)).toBe(false);
    writer.write('b 2\n');
    expect(writer.commit()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('promptvault test 1 abc\na 1\nb 2\n');
    const dropped = openCacheFileWriter(file, KIND);
    dropped.write('c 3\n');
    dropped.abort();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['0.jsonl']);
    expect(readCacheFile(file, KIND)).toBe('a 1\nb 2\n');
  });


  it('writes text and bytes in the order they were appended, bytes past the flush size included', () => {
    const file = cacheFilePath(path.join(root, 'mixed', '.git'), 'shards', '0.jsonl');
    const writer = openCacheFileWriter(file, KIND);
    const big = 'x'.repeat(700_000);
    writer.writeBytes(new TextEncoder().encode('a 1\n'));
    writer.write('b 2\n');
    writer.writeBytes(new TextEncoder().encode(`c ${big}\n`));
    writer.writeBytes(new TextEncoder().encode(`d ${big}\n`));
    writer.writeBytes(new TextEncoder().encode('e 5\n'));
    writer.write('f 6\n');
    writer.writeBytes(new TextEncoder().encode('g é\n'));
    expect(writer.commit()).toBe(true);
    expect(readCacheFile(file, KIND)).toBe(`a 1\nb 2\nc ${big}\nd ${big}\ne 5\nf 6\ng é\n`);
  });
  it('removes the temporary files a killed run left an hour ago, and only those', () => {
    const file = cacheFilePath(path.join(root, 'killed', '.git'), 'cache.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = `${file}.1234.1.tmp`;
    const recent = `${file}.1235.2.tmp`;
    fs.writeFileSync(old, 'half');
    fs.writeFileSync(recent, 'being written');
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(old, hoursAgo, hoursAgo);
    expect(writeCacheJson(file, KIND, [])).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['cache.json', path.basename(recent)]);
  });

  it('is written again after its folder was removed in the same process', () => {
    const file = cacheFilePath(path.join(root, 'again', '.git'), 'cache.json');
    expect(writeCacheJson(file, KIND, [])).toBe(true);
    fs.rmSync(path.dirname(file), { recursive: true });
    expect(writeCacheJson(file, KIND, [['k', 2]])).toBe(true);
    expect(readCacheJson(file, KIND)).toEqual([['k', 2]]);
  });

  it('reports a file it cannot write instead of throwing', () => {
    const blocked = path.join(root, 'blocked');
    fs.writeFileSync(blocked, 'a file where a folder should be');
    expect(writeCacheJson(path.join(blocked, 'cache.json'), KIND, [])).toBe(false);
    expect(() => openCacheFileWriter(path.join(blocked, 'cache.json'), KIND)).toThrow();
  });

  it('leaves neither a temporary file nor the old file changed when the disk fills while writing', () => {
    const file = cacheFilePath(path.join(root, 'full', '.git'), 'cache.json');
    expect(writeCacheJson(file, KIND, ['old'])).toBe(true);
    // A body over the writer's 1 MiB buffer is written before the commit: that write fails here.
    const full = vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    try {
      expect(writeCacheJson(file, KIND, ['x'.repeat(2 << 20)])).toBe(false);
    } finally {
      full.mockRestore();
    }
    expect(fs.readdirSync(path.dirname(file))).toEqual(['cache.json']);
    expect(readCacheJson(file, KIND)).toEqual(['old']);
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
    const text = fs.readFileSync(file, 'utf8');
    const header = text.slice(0, text.indexOf('\n'));
    const entries = JSON.parse(text.slice(header.length + 1));
    fs.writeFileSync(file, `${header}\n${JSON.stringify([...entries, 'junk', [1, 2], null])}\n`);
    expect(openMeasureCache({ gitdir, encoding: 'o200k_base' }).stats().entries).toBe(1);
    // The o200k_base file copied under another encoding's name is not taken for its measures.
    fs.copyFileSync(file, cacheFilePath(gitdir, 'measures', 'cl100k_base.json'));
    expect(openMeasureCache({ gitdir, encoding: 'cl100k_base' }).stats().entries).toBe(0);
  });
});

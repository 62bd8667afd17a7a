import { describe, expect, it } from 'vitest';
import { BUILTIN_MODEL, createBuiltinEmbedder } from './builtin-embedder.ts';
import { cosineSimilarity } from './embedder.ts';

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
});

describe('cosineSimilarity', () => {
  it('is 1 for parallel vectors, 0 for orthogonal ones and for a zero vector', () => {
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1);
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });
});

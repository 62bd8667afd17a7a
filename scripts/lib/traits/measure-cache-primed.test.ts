import { describe, expect, it } from 'vitest';
import { measureKey, memoryMeasureCache, type MeasureEntry } from './measure-cache-fs.ts';
import type { TokenCounter } from './token-counter-fs.ts';

// Counts the bodies it is asked to count: a measure computed here, not taken from the cache.
const counter = (calls: { count: number }): TokenCounter => ({ encoding: 'o200k_base', count: async (text) => (calls.count++, text.length), preload: () => {}, close: () => {} });
const BODY = 'Confirm the order number first.\n\nYou must never promise a date.';
const ENTRY: MeasureEntry = { traits: { token_count: 7, word_count: 11, readability: 70.1, formality: 0.2, sentiment: 0, hard_constraints: 1, template_variables: 0 }, variables: [], inferredTone: 'neutral' };

describe('a measure cache primed with the bodies it was given', () => {
  it('finds a primed body by its text, once, without making its digest again', async () => {
    const cache = memoryMeasureCache();
    // A key no digest gives: the body can only be found by its text.
    cache.prime('primed-under-another-key', ENTRY, { body: BODY, encoding: 'o200k_base' });
    const calls = { count: 0 };
    const measured = await cache.measure(BODY, counter(calls), { inferTone: true });
    expect(measured.traits).toEqual(ENTRY.traits);
    expect(measured.inferredTone).toBe('neutral');
    expect(calls.count).toBe(0);
    expect(cache.stats()).toMatchObject({ misses: 1, primed: 1 });
    // Taken once: the text is forgotten, and the body is looked up by its digest again.
    await cache.measure(BODY, counter(calls), { inferTone: true });
    expect(calls.count).toBe(1);
  });

  it('makes the digest when the body was primed under another encoding, or without its text', async () => {
    const cache = memoryMeasureCache();
    cache.prime('primed-under-another-key', ENTRY, { body: BODY, encoding: 'cl100k_base' });
    const calls = { count: 0 };
    await cache.measure(BODY, counter(calls), { inferTone: true });
    expect(calls.count).toBe(1);

    const other = memoryMeasureCache();
    other.prime(measureKey(`${BODY} `, 'o200k_base'), ENTRY);
    other.prime('no-text', ENTRY);
    await other.measure(`${BODY} `, counter(calls), { inferTone: true });
    expect(calls.count).toBe(1);
    expect(other.stats()).toMatchObject({ primed: 1 });
  });
});

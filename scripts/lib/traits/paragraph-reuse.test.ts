import { describe, expect, it } from 'vitest';
import { measureBody } from './measure.ts';
import { KeptVersions, measureBodyReusing, type ProseTotals } from './paragraph-reuse.ts';

// Paragraphs chosen for what looks across a blank line: code fences, inline code, comments and
// template tags that span one, a sentence wrapped over two lines, a negator or "is" before the next paragraph's word, "must" and
// "not" on either side, Windows line ends, lists, headings, abbreviations, emoji, other scripts.
const PARAGRAPHS = [
  'You are the refund assistant. Be kind, e.g. greet the customer first.',
  'Never be rude.',
  'Please read the order\ncarefully before you answer it. Thanks',
  'not',
  'helpful at all',
  'is',
  'done by the team',
  'You must',
  'not share data. Only answer billing questions.',
  '```json\n{"always": true}',
  '```',
  'Some `inline',
  'code` here, do not apologise',
  '<!-- a comment',
  '-->',
  '{{#if vip}}Thank you so much!! 🙂',
  '{{/if}} Glad to help :)',
  '- Always confirm the order.\n- Refund within 3 days.\r',
  '# Rules\r\n1. Respond only in English.',
  '| a | b |\n| --- | --- |\n| yes | no |',
  'Привет, клиент. Это важно.',
  "Don't worry, we're sorting it out. It's frustrating, I understand.",
  '',
  '\n',
  '> Quote: if you cannot find the order, ask.',
];

/** A seeded generator (mulberry32), so every run sees the same bodies. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = { encoding: 'test', countTokens: (text: string) => text.length };
const OPTIONS = { inferTone: true };

describe('measureBodyReusing', () => {
  it("gives measureBody's measures for each version of a prompt edited paragraph by paragraph", () => {
    const random = seeded(14);
    const pick = () => PARAGRAPHS[Math.floor(random() * PARAGRAPHS.length)]!;
    let compared = 0;
    for (let prompt = 0; prompt < 60; prompt++) {
      let paragraphs = Array.from({ length: 1 + Math.floor(random() * 12) }, pick);
      let previous: ProseTotals | undefined;
      for (let version = 0; version < 6; version++) {
        const body = paragraphs.join('\n\n');
        // First: measureBody would read what measureBodyReusing tells it of this body's prose.
        const expected = measureBody(body, TOKENS, OPTIONS);
        const reused = measureBodyReusing(body, TOKENS, OPTIONS, { previous, keep: true });
        expect(reused.measures).toEqual(expected);
        compared++;
        previous = reused.totals;
        // The next version: one paragraph changed, added or removed.
        const at = Math.floor(random() * (paragraphs.length + 1));
        const change = Math.floor(random() * 3);
        paragraphs = change === 0 ? paragraphs.toSpliced(at, 1, pick()) : change === 1 ? paragraphs.toSpliced(at, 0, pick()) : paragraphs.toSpliced(at, 1);
      }
    }
    expect(compared).toBe(360);
  });

  it("gives measureBody's measures whatever the previous version was", () => {
    const previous = measureBodyReusing(PARAGRAPHS.join('\n\n'), TOKENS, OPTIONS, { keep: true }).totals;
    for (const body of ['', 'Never be rude.', PARAGRAPHS.toReversed().join('\n\n'), PARAGRAPHS.join('\n')]) {
      const expected = measureBody(body, TOKENS, OPTIONS);
      expect(measureBodyReusing(body, TOKENS, OPTIONS, { previous, keep: false }).measures).toEqual(expected);
    }
  });
});

describe('KeptVersions', () => {
  it('hands each kept version over once and drops the oldest beyond its limit', () => {
    const kept = new KeptVersions(2);
    const totals = (prose: string): ProseTotals => ({ prose, facts: [], letters: 0, ease: { sentences: 0, words: 0, syllables: 0 } });
    const [a, b, c] = [totals('a'), totals('b'), totals('c')];
    kept.keep('a', a);
    kept.keep('b', b);
    kept.keep('c', c);
    expect(kept.take('a')).toBeUndefined();
    expect(kept.take('b')).toBe(b);
    expect(kept.take('b')).toBeUndefined();
    expect(kept.take('c')).toBe(c);
    expect(kept.take(undefined)).toBeUndefined();
  });
});

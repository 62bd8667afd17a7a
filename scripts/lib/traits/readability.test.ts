import { describe, expect, it } from 'vitest';
import { countSyllables, readingEase } from './readability.ts';

describe('readingEase', () => {
  it('scores simple text higher than dense jargon', () => {
    const simple = 'Be kind. Answer the question. Keep it short.';
    const jargon =
      'Notwithstanding contractual obligations, organisational representatives shall substantiate eligibility determinations pursuant to applicable regulatory documentation.';
    expect(readingEase(simple)).toBeGreaterThan(90);
    expect(readingEase(jargon)).toBeLessThan(0);
  });

  it('treats list items and headings as sentences, so an unpunctuated list is not one long sentence', () => {
    const list = '# Rules\n- Be brief\n- Use plain words\n- Ask one question at a time';
    const runOn = 'Rules be brief use plain words ask one question at a time';
    expect(readingEase(list)).toBeGreaterThan(readingEase(runOn));
  });

  it('ignores code blocks, link targets and template tags', () => {
    const prose = 'Greet the user by name. Then ask how you can help.';
    const decorated = `Greet the user by {{name}} name. Then ask how you can [help](https://example.com/a-very-long-path).\n\n\`\`\`json\n{"internationalisation": "configuration"}\n\`\`\``;
    expect(readingEase(decorated)).toBeCloseTo(readingEase(prose), 5);
  });

  it('is 0 for a body with no words', () => {
    expect(readingEase('')).toBe(0);
    expect(readingEase('{{name}}\n\n---')).toBe(0);
  });
});

describe('countSyllables', () => {
  it('follows the documented heuristic on common words', () => {
    const counts = Object.fromEntries(
      ['the', 'make', 'table', 'jumped', 'wanted', 'makes', 'boxes', 'appropriate', 'period', 'action', 'quality', 'reading', 'customer', 'information', 'HTTP', '2026'].map(
        (word) => [word, countSyllables(word)],
      ),
    );
    expect(counts).toEqual({
      the: 1, make: 1, table: 2, jumped: 1, wanted: 2, makes: 1, boxes: 2, appropriate: 4, period: 3,
      action: 2, quality: 3, reading: 2, customer: 3, information: 4, HTTP: 1, '2026': 1,
    });
  });
});

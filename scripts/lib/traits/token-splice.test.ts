import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-repo.ts';
import { createBpeCounter, type BpeCounter } from './bpe-table.ts';
import { loadBpeTable } from './bpe-table-fs.ts';
import { splitRegexOf } from './bpe-split.ts';
import { tokenLinesOf, type TokenLines } from './token-splice.ts';

// Stretches chosen to sit on the pattern's edges: line breaks before spaces, tabs, "/", other
// whitespace (U+00A0, U+2028, U+3000), punctuation runs ending in line breaks, contractions,
// capitals, digits, other scripts, surrogate pairs, CRLF.
const PARTS = [
  '\n', '\n', '\n\n', '\r\n', '\n ', '\n  ', '\n\t', '\n/', '/', '//', ' ', '  ', '   ', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff',
  'a', 'the', 'Refund', 'ORDER', 'CamelCase', "'s", "'LL", "we're", "’t", '.', '.\n', ':\n/', '!?', '---', '```', '#', '- ', '1.', '42', '12345',
  '{{ order_id }}', '<|endoftext|>', 'é', 'e\u0301', '日本語', 'Привет', '🚀', '👩‍👩‍👧', 'x', 'Y', '_', '"', '(', ')',
];

function randomText(random: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += PARTS[Math.floor(random() * PARTS.length)]!;
  return text;
}

/** A random edit: characters or whole parts replaced, inserted or deleted, sometimes whole lines, sometimes at either end. */
function edit(random: () => number, text: string): string {
  const at = Math.floor(random() * (text.length + 1));
  const span = Math.floor(random() * Math.min(40, text.length - at + 1));
  const inserted = random() < 0.3 ? '' : randomText(random, 1 + Math.floor(random() * 6));
  switch (Math.floor(random() * 5)) {
    case 0: return text.slice(0, at) + inserted + text.slice(at + span);
    case 1: return inserted + text.slice(span);
    case 2: return text.slice(0, text.length - span) + inserted;
    case 3: {
      // A whole line replaced, as an edit of a prompt mostly is.
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      return text.slice(0, start) + inserted + (end === -1 ? '' : text.slice(end));
    }
    default: return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  }
}

const expectSame = (counter: BpeCounter, text: string, lines: TokenLines) => {
  const whole = tokenLinesOf(counter, text);
  expect(whole.total).toBe(counter.countTokens(text));
  expect({ total: lines.total, at: lines.at, before: lines.before }).toEqual({ total: whole.total, at: whole.at, before: whole.before });
};

describe('o200k token counts spliced from the previous version', () => {
  it('equal a full count of every version over thousands of random edits, line starts included', async () => {
    const counter = createBpeCounter(await loadBpeTable('o200k_base'), splitRegexOf('o200k_base'));
    const random = seededRandom(17);
    let edits = 0;
    for (let chain = 0; chain < 200; chain++) {
      let text = randomText(random, Math.floor(random() * 300));
      let lines = tokenLinesOf(counter, text);
      for (let version = 0; version < 20; version++) {
        const next = edit(random, text);
        lines = tokenLinesOf(counter, next, lines);
        text = next;
        expectSame(counter, text, lines);
        edits++;
      }
    }
    expect(edits).toBe(4000);
  });

  it('counts a realistic prompt edited in its middle, at its ends and wholly replaced', async () => {
    const counter = createBpeCounter(await loadBpeTable('o200k_base'), splitRegexOf('o200k_base'));
    const prompt = Array.from({ length: 40 }, (_, i) => `## Rule ${i}\n\nAlways confirm the customer's order number.\n/ never share it\n  indented line ${i}`).join('\n');
    const edits = [
      prompt.replace('Rule 20', 'Rule twenty'),
      `# Title\n${prompt}`,
      `${prompt}\nRun 3 adds a sentence about refunds.\n`,
      prompt.replace('\n/ never', '\nnever'),
      prompt.replace('\n  indented line 7', '\nindented line 7'),
      'Something else entirely.',
      '',
    ];
    for (const text of edits) expectSame(counter, text, tokenLinesOf(counter, text, tokenLinesOf(counter, prompt)));
  });
});

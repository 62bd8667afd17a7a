import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-repo.ts';
import { asciiPieceEnd } from './bpe-ascii-pieces.ts';
import { asciiSplitOf, splitRegexOf } from './bpe-split.ts';
import { createBpeCounter } from './bpe-table.ts';
import { loadBpeTable } from './bpe-table-fs.ts';
import { tokenLinesOf } from './token-splice.ts';

// The scan must end every piece where o200k's pattern for ASCII text ends it (that pattern is held
// equal to o200k's own in bpe-split.test.ts), whatever the text.
const pattern = new RegExp(asciiSplitOf(splitRegexOf('o200k_base'))!.source, 'g');
const patternEnds = (text: string): number[] => {
  const ends: number[] = [];
  pattern.lastIndex = 0;
  while (pattern.test(text)) ends.push(pattern.lastIndex);
  return ends;
};
const scanEnds = (text: string): number[] => {
  const bytes = new TextEncoder().encode(text);
  const ends: number[] = [];
  for (let at = 0; at < bytes.length; ends.push(at)) at = asciiPieceEnd(bytes, at, bytes.length);
  return ends;
};

const TELLING = [..."aAzZ09 '\t\r\n\v\f.,!?/-_:;()[]{}\"sStTdDmMlLvVeErR\x00\x7f"];

function randomAscii(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += random() < 0.8 ? TELLING[Math.floor(random() * TELLING.length)] : String.fromCharCode(Math.floor(random() * 128));
  return text;
}

describe("o200k's ASCII pieces found by a scan of bytes", () => {
  it('end where the pattern ends them in every ASCII text of two characters and each telling third one after them', () => {
    const chars = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    const differ: string[] = [];
    for (const a of chars) for (const b of chars) for (const c of ['', ...TELLING]) {
      const text = `${a}${b}${c}${a}`;
      if (scanEnds(text).join() !== patternEnds(text).join()) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('end where the pattern ends them in prose, code, contractions, whitespace runs and random text', () => {
    const random = seededRandom(5);
    const texts = [
      "You're a helpful assistant. Don't guess; ask the user (politely) - then act!\n\n  - Step 1: read the ticket\r\n",
      'const x = await fetch(`https://example.com/api/v2?id=${id}`); // 1234567 ms\n\tif (x.ok) return x.json();\n//\n/',
      "IT'S WE'LL THEY'VE I'M YOU'D SHE'S can't won't O'Neil 'll 'Ve x'\n\n\n   \n   ",
      `${' '.repeat(300)}a${'\t \n'.repeat(50)}.${'\r\n'.repeat(9)}/${'9'.repeat(10)}`,
      ...Array.from({ length: 20_000 }, () => randomAscii(random, 1 + Math.floor(random() * 40))),
    ];
    expect(texts.filter((text) => scanEnds(text).join() !== patternEnds(text).join())).toEqual([]);
  });
});

// Lines of other scripts, other whitespace and surrogate pairs among ASCII lines, at their starts,
// middles and ends: the counter scans the ASCII lines and searches the others with the pattern.
const OTHER = ['é', 'Привет', '请用简体中文', '\u00a0', '\u3000', '\u2028', '🚀', '👩‍👩‍👧', 'e\u0301', '’', '\ud800'];

function randomMixed(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += random() < 0.05 ? OTHER[Math.floor(random() * OTHER.length)] : randomAscii(random, 1 + Math.floor(random() * 8));
  return text;
}

describe('token counts of ASCII text through the scan', () => {
  // The same table and pattern with no scan: a copy of the pattern is not known to have an ASCII twin.
  const counters = async () => {
    const table = await loadBpeTable('o200k_base');
    const o200k = splitRegexOf('o200k_base');
    return { scanning: createBpeCounter(table, o200k), matching: createBpeCounter(table, new RegExp(o200k.source, o200k.flags)) };
  };

  it('equal the counts of the pattern, ASCII or mixed, past the number of pieces the counter remembers', async () => {
    const { scanning, matching } = await counters();
    expect(scanning.countPieces).toBeDefined();
    expect(matching.countPieces).toBeUndefined();
    const random = seededRandom(9);
    const texts = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? randomAscii : randomMixed)(random, Math.floor(random() * 400)));
    // 150,000 words of six random letters: more distinct pieces than the counter keeps at once.
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const words = Array.from({ length: 150_000 }, () => Array.from({ length: 6 }, () => letters[Math.floor(random() * letters.length)]).join(''));
    // Texts opening with a line break before no line start, then another script.
    texts.push(words.join(' '), words.slice(0, 1000).join('\n'), '\n é', '\n\n/é\nx', '\n\t\u3000\n\u00a0x');
    expect(texts.map((text) => scanning.countTokens(text))).toEqual(texts.map((text) => matching.countTokens(text)));
  });

  it('give the line starts and counts the pattern gives, whole and spliced from the previous version', async () => {
    const { scanning, matching } = await counters();
    const random = seededRandom(23);
    for (let chain = 0; chain < 100; chain++) {
      let text = (chain % 2 === 0 ? randomAscii : randomMixed)(random, Math.floor(random() * 600));
      let lines = tokenLinesOf(scanning, text);
      for (let version = 0; version < 10; version++) {
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + (version % 3 === 2 ? randomMixed : randomAscii)(random, Math.floor(random() * 20)) + text.slice(at + Math.floor(random() * 20));
        lines = tokenLinesOf(scanning, text, lines);
        const reference = tokenLinesOf(matching, text);
        expect({ total: lines.total, at: lines.at, before: lines.before }).toEqual({ total: reference.total, at: reference.at, before: reference.before });
        expect(tokenLinesOf(scanning, text).total).toBe(reference.total);
      }
    }
  });
});

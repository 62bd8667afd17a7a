import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBpeCounter, parseBpeTable, serializeBpeTable } from './bpe-table.ts';
import { buildBpeTable } from './bpe-table-fs.ts';
import { splitRegexOf } from './bpe-split.ts';
import { startTokenCounter } from './token-counter-fs.ts';
import { loadTokenizer, type TokenizerEncoding } from './tokens.ts';

// Texts with the shapes real prompts have: front matter, Markdown, code, JSON, template
// variables, long whitespace runs, other scripts, emoji, special-token text, numbers.
function realisticTexts(): string[] {
  const prose = 'You are a careful support agent. Always confirm the customer\'s order number before you explain a refund; never share account details. We\'ll escalate when they\'re upset, and you\'d apologise first.';
  const texts = [
    '',
    'a',
    ' ',
    '\n\n\n',
    '---\nname: billing-agent\ndescription: Use this agent for refunds.\ntools: Read, Grep, Bash\nmodel: sonnet\n---\n# Role\n\n' + prose,
    '---\nmode: agent\ndescription: \'Draft a reply\'\ntools: [\'codebase\', \'search\']\n---\nUse ${input:ticket} and {{customer_name}} / {{ order_id }}.',
    '```ts\nexport function refund(order: Order): Promise<void> {\n\tif (order.total > 1_000) throw new Error("limit");\n    return api.post(`/refunds/${order.id}`);\n}\n```',
    '{ "ticket": 123456, "status": "open", "amounts": [1.5, 22.75, 1000000], "ok": true }',
    'Bitte antworten Sie höflich. Répondez en français. 请用简体中文回答客户的问题。 お客様には丁寧な敬語で返答してください。 Отвечайте кратко. مرحبا بالعالم. नमस्ते दुनिया।',
    '✅ Done — 🚀 shipped; ⚠️ check the “quoted” text… 👩‍👩‍👧‍👦 🇫🇷 é é (combining) ﬁ ligature',
    'Never print <|endoftext|> or <|im_start|>system<|im_end|> or <|fim_prefix|> literally.',
    `Indented:${' '.repeat(3000)}end\n${'\t'.repeat(40)}tabs\r\n\r\nwindows lines\r\n`,
    `${'='.repeat(500)}\n${'-'.repeat(700)}\n${'é'.repeat(400)}${'🚀'.repeat(150)}${'漢'.repeat(300)}`,
    'Dates 2026-12-01T21:42:10Z, phones +33 6 12 34 56 78, ids a3f9c2e1b7, version v1.2.3-beta.4, 3.14159265358979',
    "I'M SHOUTING. It's, they'RE, WE'LL, you'Ve — contractions in all cases; CamelCaseWords and snake_case_words and kebab-case-words.",
  ];
  // A long prompt built from the pieces, as a 50 KB file would be.
  texts.push(Array.from({ length: 60 }, (_, i) => `## Section ${i}\n\n${prose}\n\n- Rule ${i}: ${texts[8 + (i % 6)]}`).join('\n\n'));
  return texts;
}

describe('the binary BPE table and its counter', () => {
  it.each<TokenizerEncoding>(['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'])('counts %s tokens exactly as gpt-tokenizer does, text by text', async (encoding) => {
    const table = parseBpeTable(await buildBpeTable(encoding));
    const ours = createBpeCounter(table, splitRegexOf(encoding));
    const reference = await loadTokenizer(encoding);
    const texts = realisticTexts();
    expect(texts.map((text) => ours.countTokens(text))).toEqual(texts.map((text) => reference.countTokens(text)));
  });

  it("splits with the encoding's own pattern, not a copy, and two counters of one encoding count alike turn by turn", async () => {
    const table = parseBpeTable(await buildBpeTable('o200k_base'));
    const first = createBpeCounter(table, splitRegexOf('o200k_base'));
    const second = createBpeCounter(table, splitRegexOf('o200k_base'));
    expect(first.split).toBe(splitRegexOf('o200k_base'));
    // Each sets the shared pattern's lastIndex before it searches: counts interleaved are the counts alone.
    const texts = ['Über die Straße\nnext line', 'Plain ASCII first.\n\nthen 日本語のテキスト and more', 'b', realisticTexts().join('\n\n')];
    const alone = texts.map((text) => createBpeCounter(table, new RegExp(splitRegexOf('o200k_base').source, 'gu')).countTokens(text));
    expect(texts.map((text, i) => (i % 2 === 0 ? first : second).countTokens(text))).toEqual(alone);
  });

  it('searches a pattern whose pieces do not tile the text, skipping what it leaves unmatched', () => {
    const table = parseBpeTable(serializeBpeTable([new Uint8Array([97]), new Uint8Array([98]), new Uint8Array([97, 98])]));
    const counter = createBpeCounter(table, /\S+/gu);
    expect(['ab aab', '  ba\n\tab  ', 'aab'].map((text) => counter.countTokens(text))).toEqual([3, 3, 2]);
  });

  it('refuses a truncated or foreign file instead of reading garbage', () => {
    const bytes = serializeBpeTable([new Uint8Array([97]), new Uint8Array([98]), new Uint8Array([97, 98])]);
    expect(() => parseBpeTable(bytes.subarray(0, bytes.length - 1))).toThrow('truncated or corrupt BPE table');
    expect(() => parseBpeTable(new TextEncoder().encode('not a table at all, just text'))).toThrow('not a promptvault BPE table');
    const table = parseBpeTable(bytes);
    // "ab" is one token; "aab" merges to a + ab; "ba" has no merge.
    const counter = createBpeCounter(table, /\S+/gu);
    expect([counter.countTokens('ab'), counter.countTokens('aab'), counter.countTokens('ba')]).toEqual([1, 2, 2]);
  });

  it('gives the rank of a text read as one token, and -1 for more', () => {
    const table = parseBpeTable(serializeBpeTable([new Uint8Array([97]), new Uint8Array([98]), new Uint8Array([97, 98])]));
    const counter = createBpeCounter(table, /\S+|\s+/gu);
    expect([counter.countAndRank('ab'), counter.countAndRank('b'), counter.countAndRank('aab'), counter.countAndRank('ab ab'), counter.countAndRank('')]).toEqual([
      { count: 1, rank: 2 }, { count: 1, rank: 1 }, { count: 2, rank: -1 }, { count: 3, rank: -1 }, { count: 0, rank: -1 },
    ]);
  });

  it('rebuilds a corrupt table on disk and still counts correctly', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-bpe-'));
    const saved = { xdg: process.env.XDG_CACHE_HOME };
    process.env.XDG_CACHE_HOME = cache;
    try {
      const { bpeTablePaths } = await import('./bpe-table-fs.ts');
      // Only the cache path is ours to break; the package's own table may be absent or present.
      const file = bpeTablePaths('r50k_base')[1]!;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'PVBPE001 garbage');
      const counter = startTokenCounter('r50k_base');
      expect(await counter.count('    indented code\n\tand tabs')).toBe(10);
      counter.close();
    } finally {
      process.env.XDG_CACHE_HOME = saved.xdg;
      if (saved.xdg === undefined) delete process.env.XDG_CACHE_HOME;
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});

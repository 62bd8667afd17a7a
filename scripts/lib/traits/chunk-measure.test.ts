import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKENIZER_ENCODINGS } from '../schema/config.ts';
import { buildRealisticCorpus, promptTextsOfHistory } from '../../test-utils/realistic-corpus.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
// mulberry32 (the bench's generator), so every run sees the same texts.
import { seededRandom as seeded } from '../../bench/synthetic-repo.ts';
import type { BpeCounter } from './bpe-table.ts';
import { loadBpeCounter } from './bpe-table-fs.ts';
import { countWords, visibleText } from './_prose.ts';
import { countTokensByChunks, countWordsByChunks, measureBodyByChunks, nextParagraphStart, type ChunkStats, type ChunkStore, type ProseChunk } from './chunk-measure.ts';
import { measureBody } from './measure.ts';

/** A store in a Map, by text (the real ones key by digest): counts what it was asked. */
function mapStore(): ChunkStore & { size(): number } {
  const tokens = new Map<string, number>();
  const prose = new Map<string, ProseChunk>();
  const words = new Map<string, number>();
  return {
    tokens: (text, final) => tokens.get(`${final ? 1 : 0}${text}`),
    keepTokens: (text, final, count) => void tokens.set(`${final ? 1 : 0}${text}`, count),
    // A copy through JSON, as the persistent store hands entries back.
    prose: (text) => {
      const known = prose.get(text);
      return known && (JSON.parse(JSON.stringify(known)) as ProseChunk);
    },
    keepProse: (text, chunk) => void prose.set(text, chunk),
    words: (text) => words.get(text),
    keepWords: (text, count) => void words.set(text, count),
    size: () => tokens.size + prose.size + words.size,
  };
}

function noStats(): ChunkStats {
  return { tokenHits: 0, tokenMisses: 0, proseHits: 0, proseMisses: 0, wordHits: 0, wordMisses: 0, fallbacks: 0 };
}

// Pieces chosen for what may look across a cut: every kind of whitespace and line end around a
// blank line, "/" after one (o200k's punctuation run takes it), punctuation before one, code
// fences, inline code, comments and template tags spanning one, negators, intensifiers, "is"
// before a participle, "must" / "not" and "if" / "you cannot" on either side, emoticons at the
// edges, contractions, other scripts, surrogate pairs, a lone surrogate.
const PIECES = [
  '\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n\r\n', ' ', '  ', '\t', '\t\n', ' \n', '\u00a0', '\u3000', '\u2028', '\v', '\f',
  '/', '//', '/x', '.', '!', '!!', '?', ':', ';', '...', '…', '*', '**', '_', '-', '- ', '* ', '1. ', '# ', '## ', '> ', '| a | b |', '---',
  '```', '```json', '~~~', '`', '{{', '}}', '{{ name }}', '{{#if vip}}', '{{/if}}', '{{!-- c', '--}}', '<!--', '-->', '<b>', '</b>', '[link](http://x/y)', '[ref]: http://x',
  'not', 'never', "don't", 'without', 'very', 'slightly', 'helpful', 'rude', 'great', 'sorry', 'apologise', 'haha', 'thanks', 'strictly', 'is', 'are', 'done', 'written', 'finished',
  'must', 'shall', 'do', 'required', 'to', 'only', 'if', 'you', 'cannot', 'can', 'at', 'all', 'times', 'no', 'exceptions', 'under', 'circumstances',
  'therefore', 'regarding', 'kindly', 'gonna', 'lol', 'hey', 'the', 'of', 'we', 'information', 'customer’s', "it's", "'s", "'ll",
  ':)', ';-)', ':D', '🙂', '🚀', '✅', 'Привет', 'клиент', '请用简体中文', 'お客様', 'Ärger', 'é', 'e\u0301', 'ſ', 'K', '12345', '3.14', '\ud800', 'x',
];

function fuzzText(random: () => number): string {
  const length = 1 + Math.floor(random() * 60);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += PIECES[Math.floor(random() * PIECES.length)]!;
    if (random() < 0.3) text += random() < 0.5 ? ' ' : '\n\n';
  }
  return text;
}

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

// Shapes the generator does not write: code fences (one spanning a blank line), tabs, nested
// lists, tables, headings in CRLF, comments and template blocks around blank lines.
const WRITTEN = [
  '---\ntitle: Refund\ntone: friendly\n---\n# Refund assistant\n\nYou are the refund assistant for {{company}}.\n\n## Rules\n- Always confirm the order.\n\t- Never share data.\n\n```json\n{"always": true}\n\nnever\n```\n\nThanks!\n',
  '# Rules\r\n\r\n1. Respond only in English.\r\n2. Do not apologise.\r\n\r\n| a | b |\r\n| --- | --- |\r\n| yes | no |\r\n',
  'Intro\n\n<!-- a comment\n\nover two -->\n\n{{#if vip}}\n\nThank you so much!! 🙂\n\n{{/if}}\n\n\tindented code\n\n~~~\nfence\n~~~\n',
  'It is\n\ndone by the team. You must\n\nnot share it. If\n\nyou cannot find it, ask. Very\n\nhelpful, not\n\nrude.',
  '> Quote: if you cannot find the order, ask.\n\n/slash command\n\n//comment\n\nПривет, клиент.\n\n请用简体中文回答。\n',
];

/** Every prompt file text of a realistic history (every version of every shape, CRLF, non-English lines), and each with its front matter cut off. */
let corpus: string[] = [];
const counters = new Map<string, BpeCounter>();

beforeAll(async () => {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const info = buildRealisticCorpus(repo.dir, { seed: 5, prompts: 40, commits: 60, largeFiles: 1, moveShare: 0.05, multilingual: true });
  const texts = promptTextsOfHistory(repo.dir, info);
  corpus = [...WRITTEN, ...texts].flatMap((text) => {
    const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
    return end === -1 ? [text] : [text, text.slice(text.indexOf('\n', end + 1) + 1)];
  });
  for (const encoding of TOKENIZER_ENCODINGS) counters.set(encoding, await loadBpeCounter(encoding));
}, 120_000);

describe('measuring by chunks', () => {
  it('has a realistic corpus to read: many versions, CRLF, tabs, lists, fences, other scripts', () => {
    expect(corpus.length).toBeGreaterThan(150);
    const all = corpus.join('');
    for (const mark of ['\r\n', '\n- ', '```', '\t', '请', 'Отвечайте', '{{', '\ntitle:', '\nname:']) expect(all).toContain(mark);
  });

  it('cuts only where a paragraph starts: after a blank line, before neither whitespace nor "/"', () => {
    const text = 'a\n\nb\n\n c\n\n/d\r\n\r\ne\n\n\n\tf\n\ng';
    const cuts: number[] = [];
    for (let at = nextParagraphStart(text, 0); at < text.length; at = nextParagraphStart(text, at)) cuts.push(at);
    expect(cuts.map((at) => text[at])).toEqual(['b', 'e', 'g']);
  });

  for (const encoding of TOKENIZER_ENCODINGS) {
    it(`counts ${encoding} tokens as the whole text does, cold and warm, on the corpus and on fuzzed texts`, () => {
      const counter = counters.get(encoding)!;
      const store = mapStore();
      const stats = noStats();
      const random = seeded(11);
      const texts = [...corpus, ...Array.from({ length: 3000 }, () => fuzzText(random))];
      for (const pass of ['cold', 'warm']) {
        for (const text of texts) expect(countTokensByChunks(text, counter, store, stats), `${pass} ${JSON.stringify(text.slice(0, 200))}`).toBe(counter.countTokens(text));
      }
      // Cut into many chunks, none counted whole for want of a piece boundary.
      expect(stats.fallbacks).toBe(0);
      expect(stats.tokenMisses).toBeGreaterThan(2 * texts.length);
    });
  }

  it('gives measureBody\'s every value, cold and warm, across versions and prompts sharing paragraphs', () => {
    const counter = counters.get('o200k_base')!;
    const tokenizer = { encoding: 'o200k_base', countTokens: (text: string) => counter.countTokens(text) };
    const store = mapStore();
    const stats = noStats();
    const random = seeded(23);
    const fuzzed = Array.from({ length: 3000 }, () => fuzzText(random));
    // Each fuzzed text again with a paragraph of another put in, so its other paragraphs are met warm next to new neighbours.
    const edited = fuzzed.map((text, i) => {
      const parts = text.split('\n\n');
      parts.splice(Math.floor(random() * (parts.length + 1)), 0, fuzzed[(i * 7 + 3) % fuzzed.length]!.split('\n\n')[0]!);
      return parts.join('\n\n');
    });
    for (const body of [...corpus, ...fuzzed, ...edited, ...corpus]) {
      for (const inferTone of [true, false]) {
        const expected = measureBody(body, tokenizer, { inferTone });
        expect(measureBodyByChunks(body, counter, store, { inferTone }, stats), JSON.stringify(body.slice(0, 300))).toStrictEqual(expected);
      }
    }
    // Most parts were taken from the store: the warm path is what was checked.
    expect(stats.proseHits).toBeGreaterThan(stats.proseMisses);
    expect(stats.tokenHits).toBeGreaterThan(stats.tokenMisses);
    expect(stats.wordHits).toBeGreaterThan(stats.wordMisses);
  });

  it('counts the visible words of the whole text group by group: cut at blank lines, no word spans one', () => {
    const store = mapStore();
    const stats = noStats();
    const random = seeded(31);
    // Words that a cut could split or join if the argument were wrong: apostrophes, marks, surrogate pairs at a blank line's edges.
    const edges = ["don'\n\nt", "it'\n\n's", 'e\n\n\u0301x', '\ud83d\n\n\ude00', 'a\n\n\n\nb', '\n\n', 'x\r\n\r\ny', '’\n\nw'];
    const texts = [...corpus.map((text) => visibleText(text)), ...edges, ...Array.from({ length: 3000 }, () => visibleText(fuzzText(random)))];
    for (const pass of ['cold', 'warm']) {
      for (const text of texts) expect(countWordsByChunks(text, store, stats), `${pass} ${JSON.stringify(text.slice(0, 200))}`).toBe(countWords(text));
    }
    expect(stats.wordHits).toBeGreaterThanOrEqual(stats.wordMisses);
  });

  it('infers the tone measureBody infers where the prose of the prose differs from the prose (a tag taken out leaves "<never cannot...-->" to take out again)', () => {
    const counter = counters.get('o200k_base')!;
    const tokenizer = { encoding: 'o200k_base', countTokens: (text: string) => counter.countTokens(text) };
    // Tone inference counts hard constraints in the prose of the prose (1 here), the traits in the prose (2).
    const body = "Reply now. Reply later. don't<never<b>cannot${you [r]: http://x cannot--}} ${-->";
    const expected = measureBody(body, tokenizer, { inferTone: true });
    expect(expected.inferredTone).toBe('friendly');
    expect(measureBodyByChunks(body, counter, mapStore(), { inferTone: true })).toStrictEqual(expected);
  });

  it('never takes an entry for a text it was not: a changed word is measured again', () => {
    const counter = counters.get('o200k_base')!;
    const tokenizer = { encoding: 'o200k_base', countTokens: (text: string) => counter.countTokens(text) };
    const store = mapStore();
    const before = 'You are kind.\n\nNever be rude!\n\nThanks :)\n';
    const after = 'You are kind.\n\nAlways be rude!\n\nThanks :)\n';
    measureBodyByChunks(before, counter, store, { inferTone: true });
    const stats = noStats();
    expect(measureBodyByChunks(after, counter, store, { inferTone: true }, stats)).toStrictEqual(measureBody(after, tokenizer, { inferTone: true }));
    // The group holding the changed word is measured again (how paragraphs group is the content's say).
    expect(stats.tokenMisses).toBeGreaterThanOrEqual(1);
    expect(stats.proseMisses).toBeGreaterThanOrEqual(1);
    expect(stats.wordMisses).toBeGreaterThanOrEqual(1);
  });
});

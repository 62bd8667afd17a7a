import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealisticCorpus, promptTextsOfHistory } from '../../test-utils/realistic-corpus.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
// mulberry32 (the bench's generator), so every run sees the same texts.
import { seededRandom as seeded } from '../../bench/synthetic-repo.ts';
import { proseText, sentencesOf, wordsIn } from './_prose.ts';
import { countEase, proseEase } from './readability.ts';

// What makes a sentence's words differ from the text's: list numbers (one to ten digits, "." or
// ")", other digits), task boxes (ticked, empty, nested brackets the prose keeps), the
// abbreviations whose dots go ("e.g", "i.e", "etc." before a letter, "Mr." after a letter outside
// ASCII), block markers without a space, pipes, quotes; and what moves words at all: apostrophes,
// every line end and whitespace, surrogates, marks, digits of other scripts.
const PIECES = [
  '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\u00a0', '\u2028', '\v',
  '1. ', '12) ', '1234567890. ', '3.14', '١٢. ', '1.', '7)', '- ', '* ', '+ ', '-', '[x] ', '[X] ', '[ ] ', '[[x]] ', '[x]', '# ', '###### ', '#', '> ', '>', '| a | b |', '|', '---',
  'e.g. ', 'E.G.', 'i.e.', 'etc.', 'etc.foo', 'vs.', 'cf.', 'approx.', 'Mr.', 'Dr.Who', 'No.', 'Inc.', 'é', 'caf', 'e.g.x',
  '.', '!', '?', '…', ':', ';', "'", '’', "don't", 'customer’s', "'tis", 'x', 'X', 'is', 'the', 'order', 'table', 'jumped', 'boxes', 'period', 'quality',
  'Привет', '请用简体中文', 'e\u0301', 'ſ', 'K', '🙂', '\ud800', '𝐀', '12345',
];

function fuzzText(random: () => number): string {
  const length = 1 + Math.floor(random() * 50);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += PIECES[Math.floor(random() * PIECES.length)]!;
    if (random() < 0.3) text += random() < 0.5 ? ' ' : '\n';
  }
  return text;
}

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** Every prompt file text of a realistic history (every front matter shape, CRLF, non-English lines). */
let corpus: string[] = [];
beforeAll(() => {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  const info = buildRealisticCorpus(repo.dir, { seed: 11, prompts: 30, commits: 40, largeFiles: 1, multilingual: true });
  corpus = promptTextsOfHistory(repo.dir, info);
}, 120_000);

/** What reading ease counted before it read the prose's words: a scan of each sentence. */
const scanned = (text: string) => countEase(sentencesOf(text));

describe('reading ease from the prose\'s words', () => {
  it('gives the sums the scan of the sentences gives, on every prose and text of a realistic history', () => {
    expect(corpus.length).toBeGreaterThan(60);
    const all = corpus.join('');
    for (const mark of ['\r\n', '\n- ', '请']) expect(all).toContain(mark);
    for (const text of corpus) {
      const prose = proseText(text);
      expect(proseEase(prose)).toEqual(scanned(prose));
      expect(proseEase(text)).toEqual(scanned(text));
    }
  });

  it('gives the same sums on 5,000 texts built from what makes a sentence\'s words differ', () => {
    const random = seeded(25);
    let differing = 0;
    for (let i = 0; i < 5000; i++) {
      const text = fuzzText(random);
      const expected = scanned(text);
      expect(proseEase(text), JSON.stringify(text)).toEqual(expected);
      expect(proseEase(proseText(text)), JSON.stringify(text)).toEqual(scanned(proseText(text)));
      // Texts whose sentences do not hold the text's words: the corrections are exercised.
      if (expected.words !== wordsIn(text).length) differing++;
    }
    expect(differing).toBeGreaterThan(1000);
  });

  it('leaves out a list number and a ticked box, and joins the words an abbreviation\'s dots parted', () => {
    expect(proseEase('1. Check the order\n- [x] done\n2) Ask, e.g. the date')).toEqual(scanned('1. Check the order\n- [x] done\n2) Ask, e.g. the date'));
    expect(proseEase('1. Check the order\n- [x] done\n2) Ask, e.g. the date')).toMatchObject({ sentences: 3, words: 8 });
    expect(proseEase('etc.foo and Dr.Who')).toEqual({ sentences: 1, words: 3, syllables: scanned('etc.foo and Dr.Who').syllables });
  });
});

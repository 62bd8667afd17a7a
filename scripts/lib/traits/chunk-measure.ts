import type { Traits } from '../schema/traits.ts';
import type { BpeCounter } from './bpe-table.ts';
import { countWords, newWordFacts, proseText, proseWords, visibleText, type WordFacts } from './_prose.ts';
import { countHardConstraints } from './constraints.ts';
import { countRegisterMarkers, formalityOf, marksOf, type RegisterMarkers } from './formality.ts';
import type { BodyMeasures } from './measure.ts';
import { proseEase } from './readability.ts';
import { feelingAt, sentimentOfTotal } from './sentiment.ts';
import { addCuesAt, inferToneFrom, noCues, roundTrait, type Cue } from './tone.ts';
import { templateVariables } from './variables.ts';
import { startsLine } from './token-splice.ts';

// Pure: `measureBody` of a body put together from the measures of its parts, each part's taken
// from a store when that text was measured before (a prompt's next version repeats most of its
// paragraphs; backfill measures thousands of versions). Equal to `measureBody`, value for value:
// chunk-measure.test.ts checks it for every encoding on a realistic corpus and fuzzed texts.
//
// Token counts: the raw body is cut at "paragraph starts", positions just after a "\n" that ends
// a blank line, whose character is neither whitespace (`\s`) nor "/". Every encoding's
// pre-tokenizer (gpt-tokenizer's O200K, CL100K and R50K split patterns) has no lookbehind, and
// the only alternatives that consume a "\n" are whitespace runs (`\s*[\r\n]+`, `\s*[\r\n]`,
// `\s+$`, `\s+(?!\S)`, `\s+`, `\s`) and a punctuation run's trailing `[\r\n]*` (o200k:
// `[\r\n/]*`), none of which can take a non-whitespace character other than o200k's "/". So such
// a position is always a piece boundary: the pieces after it are the pieces of the text from it
// on, and the pieces before it depend on what follows only through that character's class
// (whitespace or not, "/" or not), the same at every paragraph start. A chunk's count is walked
// in place (the pieces of the whole body between its two cuts, which a test checks end exactly
// at the cut, else the body is counted whole) and stored under its text, with whether it ends the
// body (the last chunk's pieces see the end of the text, where `\s+$` and `\s+(?!\S)` match
// differently).
//
// Prose measures: the prose (`proseText`, computed whole: code fences, comments, inline code,
// template tags and link targets may span a blank line) is cut at "\n\n", as paragraph-reuse.ts
// does. No word holds a line break and a blank line ends every sentence, so a paragraph's words,
// letters, sentences, syllables and register markers are the whole's (exclamations and emoji
// too: the emoticon pattern's `(?<!\S)` / `(?!\S)` read the cut's "\n" as they read the text's
// edge). What reads neighbouring words across a cut is put together at the join: a word's
// feeling reads the three words before it (negators, intensifiers), its cues the two before it,
// a passive "is" + participle the next word. A paragraph keeps its first three and last three
// words (lower-cased: all those read), what its words from the fourth on felt (each word's summand, in order, so
// the sum is added in the same order as over the whole: the same floating-point value), its
// cues from the third word on and its passives inside; the join recomputes its first words'
// feeling and cues with the words before them, and a passive across the cut.
//
// Visible words: the visible text (computed whole, as the prose) is cut at "\n\n" and grouped
// as the prose is; no word holds a line break (a word is a run of letters, digits and marks, an
// apostrophe joins two runs only when a word character follows it), so the whole's words are
// its groups' words. Counting them was the largest whole-body part a cached body still paid (a
// char-code scan of every character, about 6 ms of a 50-prompt commit).
//
// Kept whole: the prose and visible text themselves, hard constraints (their phrases span line
// breaks: "must\n\nnot", and "if\n\nyou cannot" looks behind), template variables.

/** What a prose paragraph's measures are, for the join (integers but `feelings`). */
export interface ProseChunk {
  /** Words, and the characters they hold as written. */
  words: number;
  letters: number;
  /** Sentences, words and syllables as reading ease counts them. */
  sentences: number;
  easeWords: number;
  syllables: number;
  /** Register markers inside the paragraph (passives between two of its words). */
  balance: number;
  formalWords: number;
  informalWords: number;
  contractions: number;
  nominalisations: number;
  passives: number;
  exclamations: number;
  emoji: number;
  /** Cue counts of its words from the third on ([playful, empathy, friendly, strict]). */
  cues: [number, number, number, number];
  /** What each of its words from the fourth on adds to the sum of feeling, in order (none for a word without valence). */
  feelings: number[];
  /** Its first and last (up to) three words, lower-cased as WordFacts.lower. */
  head: string[];
  tail: string[];
}

/**
 * Where measures of parts are kept between calls: by text (a store keys them as it likes: a
 * digest with the encoding and the measuring code's version). `final` tells the body's last chunk
 * of tokens apart (see above).
 */
export interface ChunkStore {
  tokens(text: string, final: boolean): number | undefined;
  keepTokens(text: string, final: boolean, count: number): void;
  prose(text: string): ProseChunk | undefined;
  keepProse(text: string, chunk: ProseChunk): void;
  /** The words of a group of the visible text (countWords). */
  words(text: string): number | undefined;
  keepWords(text: string, count: number): void;
}

/** How many chunks of each kind were taken from the store (hits) or measured (misses); for tests and figures. */
export interface ChunkStats {
  tokenHits: number;
  tokenMisses: number;
  proseHits: number;
  proseMisses: number;
  wordHits: number;
  wordMisses: number;
  /** Bodies whose pieces ran past a cut, counted whole instead (the argument above says never). */
  fallbacks: number;
}

/** `measureBody(body, counter, options)` (measure.ts), its parts taken from `store` where known, and what it measured kept there. */
export function measureBodyByChunks(body: string, counter: BpeCounter, store: ChunkStore, options: { inferTone: boolean }, stats?: ChunkStats): BodyMeasures {
  const tokens = countTokensByChunks(body, counter, store, stats);
  const prose = proseText(body);
  const parts: ProseChunk[] = [];
  forEachParagraphGroup(prose, (text) => {
    let chunk = store.prose(text);
    if (chunk === undefined) {
      chunk = measureProseChunk(text);
      store.keepProse(text, chunk);
      if (stats) stats.proseMisses++;
    } else if (stats) stats.proseHits++;
    parts.push(chunk);
  });
  const joined = joinProseChunks(parts);
  const variables = templateVariables(body);
  const formality = formalityOf(joined.markers);
  const sentiment = sentimentOfTotal(joined.feeling, joined.markers.words);
  const { ease } = joined;
  const traits: Traits = {
    token_count: tokens,
    word_count: countWordsByChunks(visibleText(body), store, stats),
    readability: roundTrait(ease.words === 0 ? 0 : 206.835 - 1.015 * (ease.words / ease.sentences) - 84.6 * (ease.syllables / ease.words)),
    formality: roundTrait(formality),
    sentiment: roundTrait(sentiment),
    hard_constraints: countHardConstraints(body),
    template_variables: variables.length,
  };
  if (!options.inferTone) return { traits, variables };
  // Tone inference counts hard constraints in the prose of the prose (tone.ts hands it the prose),
  // which differs from the traits' count where taking out a tag leaves markup to take out again.
  const inferredTone = inferToneFrom({ markers: joined.markers, formality, sentiment, cues: joined.cues, hardConstraints: countHardConstraints(prose) });
  return { traits, variables, inferredTone };
}

/** `counter.countTokens(body)`, chunk by chunk (see above). */
export function countTokensByChunks(body: string, counter: BpeCounter, store: ChunkStore, stats?: ChunkStats): number {
  let total = 0;
  let start = 0;
  for (;;) {
    // Paragraphs grouped as the content says (see endsGroup), each group one entry.
    let from = start;
    let end = nextParagraphStart(body, start);
    while (end < body.length && !endsGroup(body, from, end, end - start)) {
      from = end;
      end = nextParagraphStart(body, end);
    }
    const final = end === body.length;
    const text = body.slice(start, end);
    let count = store.tokens(text, final);
    if (count === undefined) {
      count = walkPieces(body, start, end, counter);
      // A piece ran past the cut the argument above says ends one: never seen; counted whole.
      if (count === undefined) {
        if (stats) stats.fallbacks++;
        return counter.countTokens(body);
      }
      store.keepTokens(text, final, count);
      if (stats) stats.tokenMisses++;
    } else if (stats) stats.tokenHits++;
    total += count;
    if (final) return total;
    start = end;
  }
}

/** `countWords(visible)`, group by group of its paragraphs (see above). */
export function countWordsByChunks(visible: string, store: ChunkStore, stats?: ChunkStats): number {
  let total = 0;
  forEachParagraphGroup(visible, (text) => {
    let count = store.words(text);
    if (count === undefined) {
      count = countWords(text);
      store.keepWords(text, count);
      if (stats) stats.wordMisses++;
    } else if (stats) stats.wordHits++;
    total += count;
  });
  return total;
}

/**
 * Each group of `text`'s paragraphs (cut at "\n\n", grouped as the content says: endsGroup), in
 * order, as one slice of `text`: the prose's groups and the visible text's. Found in place, with
 * no array of paragraphs and no joined copies.
 */
function forEachParagraphGroup(text: string, visit: (group: string) => void): void {
  for (let start = 0; start <= text.length; ) {
    let from = start;
    let to = paragraphEnd(text, from);
    while (to < text.length && !endsGroup(text, from, to, to - start)) {
      from = to + 2;
      to = paragraphEnd(text, from);
    }
    visit(text.slice(start, to));
    start = to + 2;
  }
}

/** Where the paragraph of `text` starting at `from` ends: at the next "\n\n", else at the text's end. */
function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Whether the paragraph `text[from, to)` ends a group, its group holding `length` characters so
 * far. Decided by the paragraph's own characters (its length and four of its code units), so a
 * group's end does not move when a paragraph before it changes: an edit changes its own group
 * only, as with one entry per paragraph, at about a quarter of the entries (each entry costs a
 * digest, a lookup and the measuring calls' fixed cost). A group past 4 KB ends anyway.
 */
function endsGroup(text: string, from: number, to: number, length: number): boolean {
  const size = to - from;
  if (length >= 4096 || size < 2) return true;
  return (size + text.charCodeAt(from) + 3 * text.charCodeAt(from + (size >> 2)) + 5 * text.charCodeAt(from + (size >> 1)) + 7 * text.charCodeAt(to - 2)) % 4 === 0;
}

/** The first paragraph start (see above) after `from`, else the text's end. */
export function nextParagraphStart(text: string, from: number): number {
  let at = from;
  for (;;) {
    const newline = text.indexOf('\n', at);
    if (newline === -1) return text.length;
    at = newline + 1;
    // A blank line ends here: the line before this "\n" is empty ("\n\n" or "\n\r\n").
    const blank = newline > from && (text.charCodeAt(newline - 1) === 10 || (text.charCodeAt(newline - 1) === 13 && newline - 1 > from && text.charCodeAt(newline - 2) === 10));
    if (blank && at < text.length && startsLine(text, at)) return at;
  }
}

/** The tokens of the pieces of `text` from `start` (a piece boundary) to `end`; undefined when no piece ends exactly at `end`. */
function walkPieces(text: string, start: number, end: number, counter: BpeCounter): number | undefined {
  // o200k: its ASCII lines scanned by bytes, the others searched (bpe-table.ts countPieces).
  if (counter.countPieces) return counter.countPieces(text, start, end);
  const { split } = counter;
  let tokens = 0;
  let at = start;
  split.lastIndex = start;
  // The encodings' patterns tile every text (bpe-split.ts): each piece starts where the last ended.
  while (at < end && split.test(text)) {
    if (split.lastIndex <= at) return undefined;
    tokens += counter.countPiece(text.slice(at, split.lastIndex));
    at = split.lastIndex;
  }
  return at === end ? tokens : undefined;
}

/** The measures of one prose paragraph (a text without "\n\n"), as the join needs them. */
export function measureProseChunk(paragraph: string): ProseChunk {
  const { facts, letters } = proseWords(paragraph);
  const markers = countRegisterMarkers(paragraph);
  const ease = proseEase(paragraph);
  const cues = noCues();
  for (let index = 2; index < facts.length; index++) addCuesAt(facts, index, cues);
  const feelings: number[] = [];
  for (let index = 3; index < facts.length; index++) {
    const feeling = feelingAt(facts, index);
    if (feeling !== undefined) feelings.push(feeling);
  }
  return {
    words: facts.length, letters,
    sentences: ease.sentences, easeWords: ease.words, syllables: ease.syllables,
    balance: markers.closedClassBalance, formalWords: markers.formalWords, informalWords: markers.informalWords,
    contractions: markers.contractions, nominalisations: markers.nominalisations, passives: markers.passives,
    exclamations: markers.exclamations, emoji: markers.emoji,
    cues: [cues.playful, cues.empathy, cues.friendly, cues.strict],
    feelings,
    head: facts.slice(0, 3).map((word) => word.lower),
    tail: facts.slice(Math.max(0, facts.length - 3)).map((word) => word.lower),
  };
}

/**
 * The facts of a word by its lower-cased form: what feeling, cues and register marks derive from
 * (each reads `lower` only), so the join's first and last words need not be kept as written.
 */
function factsOfLower(lower: string): WordFacts {
  let facts = joinWords.get(lower);
  if (facts === undefined) {
    // Cleared when full, as _prose.ts bounds its own.
    if (joinWords.size >= 50_000) joinWords.clear();
    joinWords.set(lower, (facts = newWordFacts(lower)));
  }
  return facts;
}

const joinWords = new Map<string, WordFacts>();

const CUE_NAMES: readonly Cue[] = ['playful', 'empathy', 'friendly', 'strict'];

/** The whole prose's register markers, reading-ease sums, sum of feeling and cue counts, from its paragraphs' in order. */
export function joinProseChunks(parts: readonly ProseChunk[]): { markers: RegisterMarkers; ease: { sentences: number; words: number; syllables: number }; feeling: number; cues: Record<Cue, number> } {
  let words = 0;
  let letters = 0;
  let sentences = 0;
  let easeWords = 0;
  let syllables = 0;
  let balance = 0;
  let formalWords = 0;
  let informalWords = 0;
  let contractions = 0;
  let nominalisations = 0;
  let passives = 0;
  let exclamations = 0;
  let emoji = 0;
  let feeling = 0;
  const cues = noCues();
  // The last (up to) three words before the paragraph being joined, across paragraphs. This array
  // and `window` are made empty and pushed to, never by `concat`, `map` or `slice`: those made
  // arrays of three elements kinds (an empty literal's, `map`'s holey one, `slice`'s packed one)
  // between them, and each new kind met was a "wrong map" deoptimisation here, the function
  // compiled by TurboFan 8 times in a backfill of the bench history (scripts/bench/HISTORY.md,
  // session 28).
  const before: WordFacts[] = [];
  for (const part of parts) {
    words += part.words;
    letters += part.letters;
    sentences += part.sentences;
    easeWords += part.easeWords;
    syllables += part.syllables;
    balance += part.balance;
    formalWords += part.formalWords;
    informalWords += part.informalWords;
    contractions += part.contractions;
    nominalisations += part.nominalisations;
    passives += part.passives;
    exclamations += part.exclamations;
    emoji += part.emoji;
    if (part.words === 0) continue;
    // The paragraph's first words with the words before them, as the whole prose reads them.
    const window: WordFacts[] = [];
    for (let i = 0; i < before.length; i++) window.push(before[i]!);
    for (let i = 0; i < part.head.length; i++) window.push(factsOfLower(part.head[i]!));
    const first = before.length;
    if (first > 0 && marksOf(before[first - 1]!).be && marksOf(window[first]!).participle) passives += 1;
    for (let index = first; index < window.length; index++) {
      if (index - first < 2) addCuesAt(window, index, cues);
      if (index - first < 3) {
        const summand = feelingAt(window, index);
        if (summand !== undefined) feeling += summand;
      }
    }
    for (const summand of part.feelings) feeling += summand;
    for (let i = 0; i < CUE_NAMES.length; i++) cues[CUE_NAMES[i]!] += part.cues[i]!;
    before.length = 0;
    if (part.words >= 3) for (let i = 0; i < part.tail.length; i++) before.push(factsOfLower(part.tail[i]!));
    else for (let i = Math.max(0, window.length - 3); i < window.length; i++) before.push(window[i]!);
  }
  return {
    markers: {
      words, sentences: Math.max(1, sentences), formalWords, informalWords, contractions, closedClassBalance: balance,
      nominalisations, passives, meanWordLength: words === 0 ? 0 : letters / words, exclamations, emoji,
    },
    ease: { sentences, words: easeWords, syllables },
    feeling,
    cues,
  };
}

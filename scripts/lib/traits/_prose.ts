import { removeTemplateTags } from './variables.ts';
import { WordTable } from './_word-table.ts';

// Internal: turns a Markdown prompt body into the text the measures read.
// `visibleText` keeps everything a reader sees (code included) and drops markup a reader does not
// (template tags, HTML tags and comments, link targets). `proseText` additionally drops code, whose
// "sentences" and keywords would skew readability, tone and constraint counts.

const FENCED_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const LINK_TARGET = /\]\([^)]*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm;
const EMPHASIS = /(?<![\p{L}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{N}])/gu;

/** What a reader of the rendered prompt sees, code included. */
export function visibleText(body: string): string {
  const text = removeTemplateTags(body)
    .replace(HTML_COMMENT, ' ')
    .replace(HTML_TAG, ' ');
  // Most prompts hold no reference definition: a multiline pattern tried at every line start costs
  // more than looking for the "]:" every one holds.
  return (text.includes(']:') ? text.replace(REFERENCE_DEFINITION, '') : text).replace(LINK_TARGET, ']');
}

/** The prose of a body: visible text without code, emphasis markers or link brackets. */
export function proseText(body: string): string {
  // Every measure of one body asks for its prose (five times per version recorded), and tone
  // inference asks for the prose of that prose: remember the last two.
  if (body === lastProse[0].body) return lastProse[0].text;
  if (body === lastProse[1].body) return lastProse[1].text;
  // The prose of the last prose (tone inference's hard constraints): the prose itself when no pass
  // below can find anything in it, which two scans tell; every pass again only where they cannot
  // (all 815 prompts of the bench's 1,000-prompt repository are their prose's own). Each body of
  // a commit paid the passes and their copies twice (scripts/bench/HISTORY.md, session 28).
  const text = body === lastProse[0].text && isOwnProse(body) ? body : computeProseText(body);
  lastProse = [{ body, text }, lastProse[0]];
  return text;
}

let lastProse: [{ body: string; text: string }, { body: string; text: string }] = [{ body: '', text: '' }, { body: '', text: '' }];

// What a pass of computeProseText acts on: a template tag's "{{", a tag's or comment's "<", a
// link's or reference's "]", a code span's or fence's backtick; a "~~~" fence is an emphasis run.
const MARKUP = /\{\{|[<\]`]/;
const EMPHASIS_CHARACTER = /[*_~]/;

/** Whether computeProseText(text) is `text`: no pass finds anything in it. */
function isOwnProse(text: string): boolean {
  return !MARKUP.test(text) && (!EMPHASIS_CHARACTER.test(text) || text.search(EMPHASIS) === -1);
}

function computeProseText(body: string): string {
  // The same for code fences: none without three backticks or tildes in a row.
  return visibleText(body.includes('```') || body.includes('~~~') ? body.replace(FENCED_CODE, '\n') : body)
    .replace(INLINE_CODE, ' ')
    .replace(/!?\[([^\]]*)\]/g, '$1')
    .replace(EMPHASIS, '');
}

// Words are runs of Unicode letters, digits and combining marks; an inner apostrophe keeps
// "don't" and "customer's" one word, as a reader counts them: the pattern
// /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu, which the scans below follow character for
// character (count-words.test.ts holds them to it).

/**
 * The words of `text`, each once as written, not copied: for counting. Found by the scan of char
 * codes sumOverWords makes, not by the pattern: the regex engine tests a Unicode property class by
 * a call per character, ASCII included, and this was the measures' largest regex (about 7% of
 * measuring's CPU in a backfill of the bench history; scripts/bench/HISTORY.md, session 27).
 */
export function wordsIn(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128 && wordUnits[code] === 2) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) {
      i += codeUnits(text, i);
      continue;
    }
    words.push(text.slice(i, end));
    i = end;
  }
  return words;
}

/**
 * How many words `wordsIn(text)` finds, without making them (about 40% less CPU than the Unicode
 * regex on the bench's bodies, the same count on all 10,610 of them).
 */
export function countWords(text: string): number {
  return sumOverWords(text).words;
}

/**
 * The words `wordsIn(text)` finds, and the sum of `weigh` over them, without the regex or an
 * array of them (readability sums syllables this way: the same words, found by the same scan
 * as countWords).
 */
export function sumOverWords(text: string, weigh?: (word: string) => number): { words: number; sum: number } {
  const n = text.length;
  let words = 0;
  let sum = 0;
  let i = 0;
  while (i < n) {
    // An ASCII character that is no letter or digit starts no word (most of a prompt's spaces and punctuation).
    const code = text.charCodeAt(i);
    if (code < 128 && wordUnits[code] === 2) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) {
      i += codeUnits(text, i);
      continue;
    }
    words++;
    // Without `weigh`, no word is made into a string (countWords).
    if (weigh) sum += weigh(text.slice(i, end));
    i = end;
  }
  return { words, sum };
}

/** Where the word starting at `i` ends (`i` when none starts there). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let end = wordRunEnd(text, i);
  if (end === i) return i;
  // An apostrophe between two runs of word characters joins them ("don't"), as the pattern does.
  while (end + 1 < n && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019)) {
    const after = wordRunEnd(text, end + 1);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Per BMP code unit: 0 not yet known, 1 a word character (letter, digit, mark), 2 not. */
const wordUnits = new Uint8Array(65536);

function isWordCharacter(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  let known = wordUnits[codePoint]!;
  if (known === 0) wordUnits[codePoint] = known = WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

// ASCII's known from the start, and read inline by the scans (`wordUnits[code] === 2`), which run
// before V8 optimises them: a call and a code point per character cost about as much as the rest
// of the scan.
for (let code = 0; code < 128; code++) wordUnits[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;

/** Where the run of word characters starting at `i` ends (`i` when there is none), by code point as the `u` flag reads. */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (wordUnits[code] === 2) return i;
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    if (!isWordCharacter(codePoint)) return i;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return i;
}

/** Code units of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate is one). */
function codeUnits(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * What the measures know of one word as written: its lower-cased form with ’ written ' (as every
 * lexicon is), and what each measure derived from it, filled in by that measure the first time.
 * One per distinct word (bounded), so a body's words are looked up once, not once per measure.
 */
export interface WordFacts {
  readonly lower: string;
  /** formality.ts */
  marks?: import('./formality.ts').WordMarks;
  /** tone.ts: negator and cue bits. */
  cues?: number;
  /** sentiment.ts */
  feeling?: { valence: number | undefined; intensity: number | undefined; negator: boolean };
  /** readability.ts: its syllables. */
  syllables?: number;
}

/**
 * The facts of the words of `text`, in order (shared and not to be changed), and how many
 * characters the words hold as written: remembered for the last text.
 */
export function proseWords(text: string): { facts: readonly WordFacts[]; letters: number } {
  if (text !== lastWordFacts.text) {
    // The words wordsIn finds, each looked up where it stands (_word-table.ts), not cut out first.
    const facts: WordFacts[] = [];
    let letters = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code < 128 && wordUnits[code] === 2) {
        i++;
        continue;
      }
      const end = wordEnd(text, i);
      if (end === i) {
        i += codeUnits(text, i);
        continue;
      }
      letters += end - i;
      facts.push(knownWords.at(text, i, end));
      i = end;
    }
    lastWordFacts = { text, facts, letters };
  }
  return lastWordFacts;
}

let lastWordFacts: { text: string; facts: readonly WordFacts[]; letters: number } = { text: '', facts: [], letters: 0 };

/** How many sentences `sentencesOf(text)` finds. */
export function countSentences(text: string): number {
  return text === knownSentences.text ? knownSentences.count : sentencesOf(text).length;
}

let knownSentences = { text: '', count: 0 };

/**
 * Tells `proseWords` and `countSentences` what they would find in `text`, found another way
 * (paragraph-reuse.ts puts them together from a previous version's paragraphs): the next
 * measures of that text read them instead of scanning it again. The caller vouches they are equal.
 */
export function knowProse(text: string, words: { facts: readonly WordFacts[]; letters: number }, sentences: number): void {
  lastWordFacts = { text, facts: words.facts, letters: words.letters };
  knownSentences = { text, count: sentences };
}

/**
 * A word's facts with every field present from the start, each measure's still undefined. Made
 * with `lower` alone, a word took its fields in the order the measures first met it (syllables,
 * then marks; or marks, then cues...), so words had several hidden classes between them and the
 * measures' reads of their fields were megamorphic (`LoadIC_Megamorphic` was about 5% of
 * measuring's CPU in a perf profile of a backfill; scripts/bench/HISTORY.md, session 27).
 */
export function newWordFacts(lower: string): WordFacts {
  return { lower, marks: undefined, cues: undefined, feeling: undefined, syllables: undefined };
}

/** The facts of each word as written: one object per distinct word, looked up by its span of the text. */
const knownWords = new WordTable<WordFacts>((word) => newWordFacts(word.toLowerCase().replace(/’/g, "'")));
/** Whether `wordsIn` would find a word: a single letter, digit or mark starts one. */
const HAS_WORD = /[\p{L}\p{N}\p{M}]/u;

// Markdown lines that start a new block: headings, list items, quotes, table rows, rules.
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|\||(?:-{3,}|\*{3,}|_{3,})\s*$)/;
const BLOCK_MARKER = /^(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+|>\s*)/;
const SINGLE_LINE_BLOCK = /^(?:#{1,6}\s|\|)/;
// Dots that do not end a sentence; replaced before splitting.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|cf|approx|Mr|Mrs|Ms|Dr|Prof|St|No|Inc|Ltd)\./gi;

/**
 * Sentences of prose text. Prompts are mostly lists and headings without full stops, so every
 * heading, list item and table row ends a sentence, as does a blank line. Inside a paragraph only
 * `.`, `!`, `?` and `…` end one; a line wrap does not.
 */
export function splitSentences(text: string): string[] {
  return [...sentencesOf(text)];
}

/** `splitSentences`, shared and not to be changed: formality and readability split the same prose. */
export function sentencesOf(text: string): readonly string[] {
  return splitOf(text).sentences;
}

/**
 * How the words of `sentencesOf(text)` differ from the words of `text` (`wordsIn`): the words it
 * drops (list numbers, a ticked box's "x", the words of a block whose abbreviations lose their
 * dots) and those it has instead (that block's words without the dots). Reading ease then sums
 * the prose's words, which every measure has already found, and only these (one scan of the
 * text instead of a second one over its sentences).
 */
export function sentenceWordChanges(text: string): { dropped: readonly string[]; added: readonly string[] } {
  return splitOf(text);
}

function splitOf(text: string): Split {
  if (text !== lastSplit.text) lastSplit = { text, ...computeSentences(text) };
  return lastSplit;
}

interface Split {
  sentences: readonly string[];
  dropped: readonly string[];
  added: readonly string[];
}

let lastSplit: Split & { text: string } = { text: '', sentences: [], dropped: [], added: [] };

// Why the words differ only there: lines are split at "\n" (no word holds one), trimmed of
// whitespace, joined with a space, "|" made a space (neither is a word character or an
// apostrophe) and split at whitespace, none of which moves a word; a block marker taken off a
// line's start ends in whitespace or ">", so the words after it are the line's, and only a list
// number and a ticked box hold words; an abbreviation's dots taken out may join two words
// ("e.g" is "e" and "g" in the prose, "eg" in its sentence).
function computeSentences(text: string): Split {
  const blocks: string[] = [];
  const dropped: string[] = [];
  const added: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || BLOCK_START.test(trimmed)) flush();
    if (trimmed !== '') {
      const unmarked = trimmed.replace(BLOCK_MARKER, '');
      if (unmarked.length !== trimmed.length) {
        const marker = trimmed.slice(0, trimmed.length - unmarked.length);
        if (HAS_WORD.test(marker)) dropped.push(...wordsIn(marker));
      }
      paragraph.push(unmarked.replace(/\|/g, ' '));
    }
    // Headings and table rows never continue on the next line; list items and paragraphs may.
    if (SINGLE_LINE_BLOCK.test(trimmed)) flush();
  }
  flush();
  const sentences = blocks
    .flatMap((block) => {
      const written = block.replace(ABBREVIATION, (match) => match.replace(/\./g, ''));
      if (written !== block) {
        dropped.push(...wordsIn(block));
        added.push(...wordsIn(written));
      }
      return written.split(/(?<=[.!?…])\s+/);
    })
    .filter((sentence) => HAS_WORD.test(sentence));
  return { sentences, dropped, added };
}

// too-large-to-read: a bound on the guard's work for a huge clause edit (issue 9 with issue 11).
// The statement readings compare sentences of the old version with sentences of the new one
// (the alignment, a rule said from the other side, contradictions of kept rules): a 1 MB clause of
// about 1,000 distinct sentences, every one edited, took 16.7 s; 10,000 would take about half an
// hour in the pre-commit hook. Above a bound on those pairs the guard does not attempt the fine
// reading. It does not pass the change either (a rewritten 1 MB rule passed silently would be a
// hole): the audit is flagged with this reason, quoting the sizes and the bound, and the reviewer
// is told to read it by hand or split the clause. The same for one sentence too long to read in a
// commit's time (a list or a table written as one sentence): its readings cost more than its length
// (round 29d), so above a bound in words it is flagged, named, for a reviewer to read. Pure.
import type { Reason } from '../schema/records.ts';
import { aroundTheChange } from './_change-window.ts';
import { quote, splitSentences } from './_text.ts';
import { changedStretch } from './_changed-stretch.ts';

// The bound's default is `DEFAULT_MAX_SENTENCE_PAIRS` in lib/schema/config.ts (the config
// module loads without the guard), chosen from measurements there.

/** Words of a text, as a reader counts them: runs of non-spaces. */
function wordsIn(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The longest sentence an edit changed, as the readings get it: in the change window and in one version only. */
export interface LongestChangedSentence {
  sentence: string;
  words: number;
}

/** The longest of the change window's sentences that one version has and the other lacks; null when none changed. */
export function longestChangedSentence(previous: string, next: string): LongestChangedSentence | null {
  const [oldSentences, newSentences] = aroundTheChange(previous, next).map(splitSentences) as [string[], string[]];
  const [inOld, inNew] = [new Set(oldSentences), new Set(newSentences)];
  let longest: LongestChangedSentence | null = null;
  for (const sentence of [...oldSentences.filter((old) => !inNew.has(old)), ...newSentences.filter((now) => !inOld.has(now))]) {
    const words = wordsIn(sentence);
    if (longest === null || words > longest.words) longest = { sentence, words };
  }
  return longest;
}

/** What the guard would read of an edit: the change window's sentences on each side, and its bytes. */
export interface ReadingSize {
  previousSentences: number;
  nextSentences: number;
  /** previousSentences x nextSentences: the pairs the statement readings may compare. */
  pairs: number;
  previousBytes: number;
  nextBytes: number;
}

/** The sentences the statement readings are given: those of the change window (the changed blocks and the blocks around them). */
export function readingSize(previous: string, next: string): ReadingSize {
  const [oldWindow, newWindow] = aroundTheChange(previous, next);
  const previousSentences = splitSentences(oldWindow).length;
  const nextSentences = splitSentences(newWindow).length;
  return { previousSentences, nextSentences, pairs: previousSentences * nextSentences, previousBytes: Buffer.byteLength(oldWindow), nextBytes: Buffer.byteLength(newWindow) };
}

const count = (value: number) => value.toLocaleString('en-US');
const size = (bytes: number) => (bytes >= 10_240 ? `${count(Math.round(bytes / 1024))} KB` : `${count(bytes)} bytes`);

/**
 * The reason for an edit whose window holds more sentence pairs than `maxPairs`, or whose longest
 * changed sentence more words than `maxWords` (null: no bound), or null when the guard can read it.
 * Blocking: a change the guard did not read is not cleared.
 */
export function tooLargeToRead(previous: string, next: string, maxPairs: number | null, maxWords: number | null = null): Reason | null {
  if (previous === next) return null;
  return tooManyPairs(previous, next, maxPairs) ?? sentenceTooLong(previous, next, maxWords);
}

/**
 * The reason for an edit whose changed sentence, as the readings get it, holds more than
 * `maxWords` words (null: no bound). A sentence longer than the change window's line bound is
 * already read by its clauses there (`_change-window.ts`), so this names a sentence or clause the
 * window leaves whole: most often figures or codes with no comma.
 */
function sentenceTooLong(previous: string, next: string, maxWords: number | null): Reason | null {
  // No sentence holds more words than its text (a list item's lead-in repeats words of the same text).
  if (maxWords === null || (wordsIn(previous) <= maxWords && wordsIn(next) <= maxWords)) return null;
  const longest = longestChangedSentence(previous, next);
  if (longest === null || longest.words <= maxWords) return null;
  // Its first ten words name it: enough to find it in the clause, short enough for one line.
  const opening = longest.sentence.trim().split(/\s+/).slice(0, 10).join(' ');
  return {
    code: 'too-large-to-read',
    message: `too large to read: the changed sentence ${quote(`${opening} …`, 200)} holds ${count(longest.words)} words, over guard.max_sentence_words ${count(maxWords)}, changed at ${whereChanged(previous, next)}; the guard did not read what it obliges, forbids or permits: review the change by hand, or split the sentence into shorter ones`,
  };
}

/** Words either side of the change quoted with it. */
const CONTEXT_WORDS = 3;

/**
 * Where the edit starts, as the words it changed with a few either side: a one-word edit in a
 * sentence of 3,000 words is one long line to `git diff`, and the sentence's opening does not say
 * where in it to look (newcomer23's trial). Edits far apart are quoted from the first, cut short.
 */
function whereChanged(previous: string, next: string): string {
  const [a, b] = [previous.match(/\S+/g) ?? [], next.match(/\S+/g) ?? []];
  const { head, tail } = changedStretch(a, b);
  const from = Math.max(0, head - CONTEXT_WORDS);
  const around = (words: string[]) => {
    const end = Math.min(words.length, words.length - tail + CONTEXT_WORDS);
    return `${from > 0 ? '… ' : ''}${words.slice(from, end).join(' ')}${end < words.length ? ' …' : ''}`;
  };
  return `word ${count(head + 1)} of the clause: ${quote(around(a), 120)} -> ${quote(around(b), 120)}`;
}

function tooManyPairs(previous: string, next: string, maxPairs: number | null): Reason | null {
  if (maxPairs === null) return null;
  // A sentence ends at one of these or at a line's end (one more: a lead-in read into its items is
  // kept once at the end), so this many sentences at most: under the bound, no window to cut.
  const roughly = (text: string) => text.split(/[.!?;\n]/).length + 1;
  if (roughly(previous) * roughly(next) <= maxPairs) return null;
  const reading = readingSize(previous, next);
  if (reading.pairs <= maxPairs) return null;
  return {
    code: 'too-large-to-read',
    message: `too large to read: the changed part holds ${count(reading.previousSentences)} old and ${count(reading.nextSentences)} new sentences (${size(reading.previousBytes)} -> ${size(reading.nextBytes)}), ${count(reading.pairs)} pairs to compare, over guard.max_sentence_pairs ${count(maxPairs)}; the guard did not read what it obliges, forbids or permits: review the change by hand, or split the clause into smaller clauses`,
  };
}

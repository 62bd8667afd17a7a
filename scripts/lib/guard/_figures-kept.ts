// The findings a figure reworded on the same interval set off, withdrawn (issue 11, round 32c).
// The number reading compares figures as written and the polarity readings count the "not" and
// the "must" round a bound, so a bound said another way read as a change: "no more than 30 hours"
// -> "30 hours is the most" (`scope-narrowed` on "most"), "cannot be registered with two bands" ->
// "is limited to one band" (`number-changed`, `negation-removed`), "must be at least 14" ->
// "Nobody under 14 can hire" (`modal-weakened`), "24-hour" -> "around the clock" (`number-changed`).
// Each figure is read as the interval its rule admits (`_figure-intervals.ts`); where both versions
// admit the same intervals:
// - a `number-changed` finding whose figures are each read on its side (so "every night" ->
//   "every week", read by the rate reading and not here, stands) is withdrawn, and so is a figure
//   "removed" that counts nothing ("Never give one member another member's number");
// - a finding of the polarity readings (`modal-weakened`, `negation-added`, `negation-removed`,
//   `scope-narrowed`, `order-changed`) that quotes a new sentence is withdrawn when that sentence
//   and the old one it rewords admit the same intervals and say nothing else: the same content
//   words, bound words, negations, modals and figures aside, and no softer modal ("should").
// A withdrawal only: a figure this reading cannot read keeps every finding. Pure.
import type { Finding } from './_findings.ts';
import { type FigureInterval, readFigureIntervals, readTextIntervals, sameIntervals } from './_figure-intervals.ts';
import { contentStems, sameRoot, splitSentences } from './_text.ts';
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from './_numbers.ts';

/** Codes read from the words round a bound: its negation, its modal, its superlative, its side. */
const POLARITY_CODES = new Set(['modal-weakened', 'negation-added', 'negation-removed', 'scope-narrowed', 'order-changed']);
/** Words that say a bound, its edge or its negation, left out when two sentences' content words are compared. */
const BOUND_WORDS = /\b(?:no|not|never|nobody|none|cannot|can't|more|most|less|least|fewer|fewest|maximum|minimum|max|min|under|below|over|above|within|up to|at|limited|restricted|capped|limit|younger|older|than|before|reaching|reaches|reach|age|old|turn|turns|single|time|times|once|twice|around|round|clock|whole|full|is|are|be|to|the|a|an|of|per|and|or|anyone|anybody|everyone|every|each|any|all|limit)\b/gi;
/** A number said as a word ("one band", "two bands"): a figure, not a content word. */
const NUMBER_WORD = new RegExp(String.raw`\b(?:${NUMBER_WORD_PATTERN})\b`, 'gi');
/** Modals softer than a rule's: a bound said again with one of them is a rule weakened, not reworded. */
const SOFT = /\b(?:should|ought|try|ideally|preferably|recommended|encouraged|where possible|if possible)\b/i;

/** The quoted strings of a message, in order. */
function quoted(message: string): string[] {
  return [...message.matchAll(/"([^"]*)"/g)].map((found) => found[1] ?? '');
}

/** Whether a figure quoted by the number reading is one this reading reads on that side ("24 hour", "two bands"), given that side's intervals. */
function figureRead(quote: string, intervals: readonly FigureInterval[]): boolean {
  const first = (quote.toLowerCase().split(/[\s-]+/)[0] ?? '').replace(/^[£$€]/, '');
  // "1:30 pm" is quoted by the number reading as "1" and "30 pm".
  return intervals.some((interval) => {
    const said = interval.said.replace(/^[£$€] /, '').split(' ')[0] ?? '';
    return said === first || (interval.quantity === 'clock' && said.split(':').includes(first));
  });
}

/**
 * Whether a figure the number reading quotes as removed counted nothing where it stood ("Never give
 * one member another member's number") and the other party is still named ("another member", "other
 * members"): the pair of parties kept, not a count gone.
 */
function countsNothing(quote: string, text: string, next: string): boolean {
  const [first = '', noun = ''] = quote.toLowerCase().split(/\s+/);
  if (!(first in NUMBER_WORDS) || noun === '') return false;
  const sentences = splitSentences(text).filter((sentence) => sentence.toLowerCase().includes(quote.toLowerCase()));
  const otherKept = new RegExp(String.raw`\b(?:another|other) ${noun.replace(/[^a-z]/g, '')}`, 'i').test(next);
  return otherKept && sentences.length > 0 && sentences.every((sentence) => !readFigureIntervals(sentence).some((interval) => interval.said.split(' ')[0] === first));
}

/** Content stems of a sentence with its bound, figure, negation and modal words left out. */
function restOf(sentence: string): string[] {
  return contentStems(sentence.replace(/\d+(?:[:.]\d+)?/g, ' ').replace(BOUND_WORDS, ' ').replace(NUMBER_WORD, ' '));
}

/** Words of order and of a case, which the content words leave out: kept alike, or the rule's case or order moved. */
const CASE_WORDS = /\b(?:before|after|until|till|since|past|ahead|prior|without|unless|except|only|if|when|whenever|while|during|outside|between)\b/gi;

/** A sentence's case and order words, sorted; "less than N before" said as "within N of" keeps its "before". */
function caseWordsOf(sentence: string): string {
  const words = (sentence.toLowerCase().match(CASE_WORDS) ?? []).toSorted();
  return words.join(' ');
}

/** Whether two sentences say nothing else than their figures: each one's content words found in the other's, one word of the old's aside. */
function saySameElse(previous: string, next: string): boolean {
  const old = restOf(previous);
  const now = restOf(next);
  const found = (stem: string, among: readonly string[]) => among.some((word) => sameRoot(word, stem));
  const within = /\bwithin\b/i.test(next) && !/\bwithin\b/i.test(previous);
  const sameCase = caseWordsOf(previous) === caseWordsOf(next) || (within && caseWordsOf(previous.replace(/\bbefore\b/i, ' ')) === caseWordsOf(next));
  return sameCase && now.every((stem) => found(stem, old)) && old.filter((stem) => !found(stem, now)).length <= 1 && (!SOFT.test(next) || SOFT.test(previous));
}

/**
 * The codes a bound said another way explains between two sentences of the same intervals (as read): a
 * negation that came or went with a bound turned ("at least 18" / "Nobody under 18"), a modal with
 * it or with a superlative ("may not book more than two" / "two is the maximum a climber can
 * book"), "most"/"least" or a side turned with the superlative that says the edge.
 */
function explained(old: readonly FigureInterval[], now: readonly FigureInterval[]): Set<string> {
  const codes = new Set<string>();
  const negationTurned = old.some((a) => now.some((b) => a.negated !== b.negated && a.quantity === b.quantity && a.low === b.low && a.high === b.high)) || old.some((a) => a.negated) !== now.some((b) => b.negated);
  const edgeSaid = old.some((a) => a.edge) !== now.some((b) => b.edge);
  const sideTurned = old.some((a) => now.some((b) => a.written !== b.written && a.low === b.low && a.high === b.high));
  if (negationTurned) codes.add('negation-added').add('negation-removed');
  if (negationTurned || edgeSaid) codes.add('modal-weakened');
  if (edgeSaid) codes.add('scope-narrowed');
  if (sideTurned || edgeSaid) codes.add('order-changed');
  return codes;
}

/** `reasons` without those a figure reworded on the same interval set off. */
export function withoutFiguresKept(previous: string, next: string, reasons: Finding[]): Finding[] {
  if (!reasons.some((reason) => reason.code === 'number-changed' || POLARITY_CODES.has(reason.code))) return reasons;
  const oldIntervals = readTextIntervals(previous);
  const newIntervals = readTextIntervals(next);
  const kept = sameIntervals(oldIntervals, newIntervals);
  // Each changed sentence read once; a new one is paired with the first old one it rewords with the same intervals and nothing else.
  const oldSentences = splitSentences(previous).filter((sentence) => !next.includes(sentence)).map((sentence) => ({ sentence, intervals: readFigureIntervals(sentence) }));
  const newSentences = splitSentences(next).filter((sentence) => !previous.includes(sentence));
  const reworded = new Map(newSentences.flatMap((sentence) => {
    const intervals = readFigureIntervals(sentence);
    const old = oldSentences.find((candidate) => sameIntervals(candidate.intervals, intervals) && saySameElse(candidate.sentence, sentence));
    return old === undefined ? [] : [[sentence.trim(), explained(old.intervals, intervals)] as const];
  }));
  return reasons.filter((reason) => {
    if (reason.code === 'number-changed') {
      const [was, now] = quoted(reason.message);
      if (was === undefined) return true;
      if (now === undefined && /^number removed/.test(reason.message) && countsNothing(was, previous, next)) return false;
      return !(kept && figureRead(was, oldIntervals) && (now === undefined || figureRead(now, newIntervals)));
    }
    if (!POLARITY_CODES.has(reason.code)) return true;
    return ![...reworded].some(([sentence, codes]) => codes.has(reason.code) && reason.message.includes(sentence.slice(0, 60)));
  });
}

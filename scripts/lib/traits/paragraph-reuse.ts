import { countWords, knowProse, proseText, proseWords, sentencesOf, type WordFacts } from './_prose.ts';
import { measureBody, type BodyMeasures } from './measure.ts';
import { countEase, easeSums, knowEase, type EaseSums } from './readability.ts';
import type { Tokenizer } from './tokens.ts';

// A new version of a prompt mostly repeats the previous one: on the bench's history, 44% of the
// characters measured are edits of a version measured before, and 97% of their paragraphs are
// unchanged. The scans that make most of a body's measuring (its prose words and their facts,
// its sentences, reading ease's words and syllables) add up paragraph by paragraph, so a version
// takes its previous version's totals, less what the paragraphs it replaced held, plus what the
// new ones hold: only the changed paragraphs are scanned (and the shorter of the unchanged ends,
// for where the changed words start). What looks across paragraphs is still computed on the
// whole text: the prose itself (code fences, comments and inline code may span blank lines), the
// word loops of tone (a negator or "is" before a word of the next paragraph), hard constraints
// ("must\n\nnot"), exclamations and emoji, tokens, visible words and template variables.
//
// Why cutting the prose at "\n\n" gives the same results piece by piece: no word holds a line
// break (an inner apostrophe joins two runs of word characters only), and a blank line always
// ends a sentence, so a piece's words and sentences are the whole's, in order (sentencesOf splits
// on /\r?\n/: "a\r\n\nb" cuts into "a\r" and "b", whose trimmed lines are the same). Reading ease
// sums integers over sentences.
//
// A first version is measured whole, as before, and kept as its results: nothing is computed
// per paragraph for it (doing so cost a fifth more on the bench's first import).

/** What a version's prose held, kept for its next version. */
export interface ProseTotals {
  prose: string;
  /** Its words' facts, in order (proseWords). */
  facts: readonly WordFacts[];
  /** Characters its words hold as written. */
  letters: number;
  /** Its sentences, and their words and syllables as reading ease counts them. */
  ease: EaseSums;
}

/**
 * `measureBody` of `body`, taking what `previous` (an earlier version's totals, from an earlier
 * call) found in the paragraphs they share; equal to `measureBody` whatever `previous` holds.
 * With `keep`, also returns this body's totals for a later version.
 */
export function measureBodyReusing(
  body: string, tokenizer: Tokenizer, options: { inferTone: boolean }, reuse: { previous?: ProseTotals; keep: boolean },
): { measures: BodyMeasures; totals?: ProseTotals } {
  const { previous, keep } = reuse;
  const prose = proseText(body);
  const totals = previous ? spliceTotals(previous, prose) : undefined;
  if (totals) {
    knowProse(prose, { facts: totals.facts, letters: totals.letters }, totals.ease.sentences);
    knowEase(prose, totals.ease);
  }
  const measures = measureBody(body, tokenizer, options);
  if (!keep) return { measures };
  // measureBody has just scanned (or been told) these: remembered for the last prose, not computed again.
  return { measures, totals: totals ?? { prose, ...proseWords(prose), ease: easeSums(prose) } };
}

/** `prose`'s totals from `previous`'s, scanning only the paragraphs between their common first and last ones. */
function spliceTotals(previous: ProseTotals, prose: string): ProseTotals {
  const before = previous.prose.split('\n\n');
  const after = prose.split('\n\n');
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const removed = before.slice(head, before.length - tail).join('\n\n');
  const added = after.slice(head, after.length - tail).join('\n\n');
  // Where the removed words start in the previous facts: counted on the shorter unchanged end.
  const headWords = head <= tail
    ? countWords(before.slice(0, head).join('\n\n'))
    : previous.facts.length - countWords(before.slice(before.length - tail).join('\n\n')) - countWords(removed);
  const removedWords = proseWords(removed);
  const removedEase = countEase(sentencesOf(removed));
  const gone = { facts: removedWords.facts.length, letters: removedWords.letters };
  const addedWords = proseWords(added);
  const addedEase = countEase(sentencesOf(added));
  const facts = previous.facts.slice(0, headWords).concat(addedWords.facts, previous.facts.slice(headWords + gone.facts));
  return {
    prose,
    facts,
    letters: previous.letters - gone.letters + addedWords.letters,
    ease: {
      sentences: previous.ease.sentences - removedEase.sentences + addedEase.sentences,
      words: previous.ease.words - removedEase.words + addedEase.words,
      syllables: previous.ease.syllables - removedEase.syllables + addedEase.syllables,
    },
  };
}

/**
 * The totals of the versions a later one will reuse, by blob id, each taken once. Bounded: the
 * oldest are dropped first (a version measured on another thread never takes its previous one
 * from here). The bench's history of 10,000 prompts never holds more than 3,779 at once.
 */
export class KeptVersions<Kept = ProseTotals> {
  readonly #kept = new Map<string, Kept>();
  readonly #limit: number;
  constructor(limit = 4096) {
    this.#limit = limit;
  }

  /** The totals kept for `oid`, forgotten here (each version is some later job's previous once at most). */
  take(oid: string | undefined): Kept | undefined {
    if (oid === undefined) return undefined;
    const totals = this.#kept.get(oid);
    this.#kept.delete(oid);
    return totals;
  }

  keep(oid: string, totals: Kept): void {
    if (this.#kept.size >= this.#limit) this.#kept.delete(this.#kept.keys().next().value!);
    this.#kept.set(oid, totals);
  }
}

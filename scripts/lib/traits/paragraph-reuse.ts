import { knowProse, proseText, proseWords, sentencesOf, type WordFacts } from './_prose.ts';
import { measureBody, type BodyMeasures } from './measure.ts';
import { countEase, knowEase, type EaseSums } from './readability.ts';
import type { Tokenizer } from './tokens.ts';

// A new version of a prompt mostly repeats the previous one: on the bench's history, 44% of the
// characters measured are edits of a version measured before, and 97% of their paragraphs are
// unchanged. The scans that make most of a body's measuring (its prose words and their facts,
// its sentences, reading ease's words and syllables) are the same on a paragraph wherever it
// stands, so a version reuses what its previous version found in the paragraphs both share, and
// scans only the others. What looks across paragraphs is still computed on the whole text: the
// prose itself (code fences, comments and inline code may span blank lines), the word loops of
// tone (a negator or "is" before a word of the next paragraph), hard constraints ("must\n\nnot"),
// exclamations and emoji, tokens, visible words and template variables.
//
// Why cutting the prose at "\n\n" gives the same results piece by piece: no word holds a line
// break (an inner apostrophe joins two runs of word characters only), and a blank line always
// ends a sentence, so a piece's words and sentences are the whole's, in order (sentencesOf splits
// on /\r?\n/: "a\r\n\nb" cuts into "a\r" and "b", whose trimmed lines are the same). Reading ease
// sums integers over sentences.

/** What one paragraph of prose (a piece between "\n\n") contributes. */
interface ParagraphMeasures {
  /** Its words' facts, in order (proseWords). */
  facts: readonly WordFacts[];
  /** Characters its words hold as written. */
  letters: number;
  /** Its sentences, and their words and syllables as reading ease counts them. */
  ease: EaseSums;
}

/** A body's prose paragraphs and what each contributes: kept for the body's next version. */
export type ProseParagraphs = Map<string, ParagraphMeasures>;

/**
 * `measureBody` of `body`, reusing what `previous` (the paragraphs of an earlier version, from an
 * earlier call) found in the paragraphs they share; equal to `measureBody` whatever `previous`
 * holds. With `keep`, also returns this body's paragraphs for a later version.
 */
export function measureBodyReusing(
  body: string, tokenizer: Tokenizer, options: { inferTone: boolean }, reuse: { previous?: ProseParagraphs; keep: boolean },
): { measures: BodyMeasures; paragraphs?: ProseParagraphs } {
  const { previous, keep } = reuse;
  if (!previous && !keep) return { measures: measureBody(body, tokenizer, options) };
  const prose = proseText(body);
  const paragraphs: ProseParagraphs = new Map();
  const facts: WordFacts[] = [];
  let letters = 0;
  const ease = { sentences: 0, words: 0, syllables: 0 };
  for (const piece of prose.split('\n\n')) {
    let measured = previous?.get(piece) ?? paragraphs.get(piece);
    if (measured === undefined) {
      const words = proseWords(piece);
      measured = { facts: words.facts, letters: words.letters, ease: countEase(sentencesOf(piece)) };
    }
    if (keep) paragraphs.set(piece, measured);
    // push(...) would overflow the stack on a paragraph of 100,000+ words.
    for (const fact of measured.facts) facts.push(fact);
    letters += measured.letters;
    ease.sentences += measured.ease.sentences;
    ease.words += measured.ease.words;
    ease.syllables += measured.ease.syllables;
  }
  knowProse(prose, { facts, letters }, ease.sentences);
  knowEase(prose, ease);
  return { measures: measureBody(body, tokenizer, options), ...(keep ? { paragraphs } : {}) };
}

/**
 * The paragraphs of the versions a later one will reuse, by blob id, each taken once. Bounded: the
 * oldest are dropped first (a version measured on another thread never takes its previous one
 * from here). The bench's history of 10,000 prompts never holds more than 3,779 at once.
 */
export class KeptParagraphs {
  readonly #kept = new Map<string, ProseParagraphs>();
  readonly #limit: number;
  constructor(limit = 4096) {
    this.#limit = limit;
  }

  /** The paragraphs kept for `oid`, forgotten here (each version has one next version at its path). */
  take(oid: string | undefined): ProseParagraphs | undefined {
    if (oid === undefined) return undefined;
    const paragraphs = this.#kept.get(oid);
    this.#kept.delete(oid);
    return paragraphs;
  }

  keep(oid: string, paragraphs: ProseParagraphs): void {
    if (this.#kept.size >= this.#limit) this.#kept.delete(this.#kept.keys().next().value!);
    this.#kept.set(oid, paragraphs);
  }
}

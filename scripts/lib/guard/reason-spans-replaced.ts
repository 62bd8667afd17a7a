// `semantic-drift` for a rule whose demand was replaced in two or more places while the words
// between them stay: "Test an inside seam for colour fastness before cleaning" -> "Check an inside
// seam for loose threads before cleaning" (the act reworded, what it looks for replaced), "Hot food
// must be held above 63 degrees on the servery" -> "... cooked to above 63 degrees in the
// kitchen" (the act and the place both replaced). The stretch reading (reason-demand-replaced.ts)
// takes the run from the first changed word to the last as one stretch, so a reworded verb at the
// sentence's opening left it no frame before the stretch, and the kept words inside the run were
// read as part of it. Here the two sentences are aligned word by word (longest common run of
// words) and each changed span read on its own: a span is reworded when a word of one side is said
// by a word of the other (same root, a shared sense or one link, as the stretch reading asks), and
// replaced when neither says the other. Flagged when one span at least is replaced, the replaced
// spans bring two content words each side in all, no more than 40% of them said by any word the
// other side brought anywhere (a word moved between spans is a rewording), at least three content
// words are kept, and no span holds a modal, a negation, a case or order word, an amount or a
// party, a word of telling or thinking (readings of their own: a "must" -> "should" is the modal
// reading's). Asked when no other reading blocks, beside the stretch reading (round 28b). Pure:
// the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { changedSpans } from './_changed-spans.ts';
import { bindingFrame } from './_binding-frame.ts';
import { amountWord, FRAMING, isOwnWord, saidBy, type WordSenses } from './reason-demand-replaced.ts';
import { kindOf, sameParent } from './reason-word-replaced.ts';
import { normaliseWord, quote, RULE_WORDS, tokenizeWords } from './_text.ts';

/** Content words kept across the sentence: the rule's frame. */
const MIN_FRAME = 3;
/** Content words the replaced spans bring on each side in all. */
const MIN_OWN = 2;
/** Share of the replaced words another word may say. */
const MAX_SAID = 0.4;

/** Kinds of sense (WordNet's files) reworded freely or read elsewhere: people, groups, telling, thinking, amounts, times. */
const LEFT_TO_OTHERS = /^(?:noun\.(?:person|group|quantity|time|relation|Tops|communication)|verb\.(?:communication|cognition|stative))/;

/** Whether a word's commonest noun or verb sense names an act or a thing of a kind read here. */
function readable(lexicon: Lexicon, word: string): boolean {
  return [...lexicon.senses(word, 'n').slice(0, 1), ...lexicon.senses(word, 'v').slice(0, 1)].some((sense) => !LEFT_TO_OTHERS.test(sense.category));
}

/** A person named by a noun only ("consultant", "leader"): parties are the party readings'. */
function person(lexicon: Lexicon, word: string): boolean {
  return lexicon.senses(word, 'n')[0]?.category === 'noun.person' && lexicon.senses(word, 'v').length === 0;
}

/** The words that went and came in the replaced spans of a changed sentence pair, or null. */
export function spansReplaced(previous: string, next: string, lexicon: Lexicon): { went: string[]; came: string[] } | null {
  const { spans, kept } = changedSpans(tokenizeWords(previous), tokenizeWords(next));
  // One span is the stretch reading's.
  if (spans.length < 2) return null;
  if (spans.some((span) => [...span.gone, ...span.come].some((word) => RULE_WORDS.has(word) || FRAMING.has(word)) || span.gone.some(amountWord))) return null;
  const read = new Map<string, WordSenses>();
  const own = (words: readonly string[]): string[] => [...new Set(words.filter(isOwnWord))];
  const keptStems = new Set(own(kept).map(normaliseWord));
  // Said: the same root, a shared sense or one link, a kind of the other, or both kinds of one thing ("wipe" / "clean").
  const says = (a: string, b: string): boolean => saidBy(lexicon, [a], [b], 0, read) || kindOf(lexicon, a, b) || kindOf(lexicon, b, a) || sameParent(lexicon, a, b);
  const saidIn = (word: string, others: readonly string[]): boolean => keptStems.has(normaliseWord(word)) || others.some((other) => says(word, other));
  const allCame = own(spans.flatMap((span) => span.come));
  const allWent = own(spans.flatMap((span) => span.gone));
  const went: string[] = [];
  const came: string[] = [];
  // A span said again in other words is frame too ("Inspect" -> "Check" before the thing looked for).
  let frame = keptStems.size;
  for (const span of spans) {
    const gone = own(span.gone);
    const come = own(span.come);
    // Words added or dropped alone are other readings' (an item, a qualifier, a case).
    if (gone.length === 0 || come.length === 0) {
      if (gone.length + come.length > 0) return null;
      continue;
    }
    if (gone.some((word) => saidIn(word, come)) || come.some((word) => saidIn(word, gone))) {
      frame += gone.length;
      continue;
    }
    if (!gone.some((word) => readable(lexicon, word)) || !come.some((word) => readable(lexicon, word)) || [...gone, ...come].some((word) => person(lexicon, word))) return null;
    went.push(...gone);
    came.push(...come);
  }
  // A kept "must", "never" or "no" is frame too (round 30b).
  if (frame + bindingFrame(kept) < MIN_FRAME || went.length < MIN_OWN || came.length < MIN_OWN) return null;
  // A word moved to another span says the same thing there.
  const otherCame = allCame.filter((word) => !came.includes(word));
  const otherWent = allWent.filter((word) => !went.includes(word));
  if (went.filter((word) => saidIn(word, otherCame)).length > MAX_SAID * went.length) return null;
  if (came.filter((word) => saidIn(word, otherWent)).length > MAX_SAID * came.length) return null;
  return { went, came };
}

export function findSpansReplaced(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = spansReplaced(old, now, lexicon);
    if (replaced) reasons.push({ code: 'semantic-drift', message: `demand replaced in places, the words between kept: "${replaced.went.join(' ')}" gave way to "${replaced.came.join(' ')}" in ${quote(now)}` });
  }
  return reasons;
}

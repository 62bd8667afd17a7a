// `opposite-word` read with the dictionary: one word of a kept sentence swapped for a word WordNet
// gives as its opposite ("Extinguish the candles before you leave the chapel" -> "Light the
// candles ..."; "include"/"exclude", "lend"/"borrow", "early"/"late"). reason-opposite.ts knows a
// list of pairs; the dictionary knows the rest, and is asked only for a one-word swap inside words
// kept on both sides of it (three at least), so a rewording in other words never reaches it.
// Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { oneWordSwap } from './_changed-stretch.ts';
import { quote, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Senses of the old word read: its most common ones, where a swap in a rule means it. */
const SENSES_READ = 4;
const KEPT_AROUND = 3;

function opposes(lexicon: Lexicon, a: string, b: string): boolean {
  for (const pos of ['v', 'a', 'n', 'r'] as readonly PartOfSpeech[]) {
    const theirs = new Set(lexicon.senses(b, pos).map((sense) => sense.id));
    if (theirs.size > 0 && lexicon.senses(a, pos).slice(0, SENSES_READ).some((sense) => sense.antonyms.some((id) => theirs.has(id)))) return true;
  }
  return false;
}

export function findDictionaryOpposites(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  // New sentences by their number of words: a one-word swap keeps it.
  const byLength = new Map<number, Array<{ now: string; b: string[] }>>();
  for (const now of splitSentences(next)) {
    const b = tokenizeWords(now);
    byLength.set(b.length, [...(byLength.get(b.length) ?? []), { now, b }]);
  }
  for (const sentence of splitSentences(previous)) {
    const a = tokenizeWords(sentence);
    for (const { now, b } of byLength.get(a.length) ?? []) {
      const swap = oneWordSwap(a, b);
      if (!swap || a.length - 1 < KEPT_AROUND) continue;
      const { gone, came } = swap;
      if (STOP_WORDS.has(gone) || STOP_WORDS.has(came) || !opposes(lexicon, gone, came)) continue;
      reasons.push({ code: 'opposite-word', message: `opposite word: "${gone}" -> "${came}" in ${quote(now)} (opposites in ${lexicon.id})` });
    }
  }
  return reasons;
}

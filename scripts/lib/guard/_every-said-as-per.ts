// "every X" said as a count per X (issue 11, round 23a: v24's "sign the tower log at the start and
// end of every shift" -> "the tower log gets your signature twice per shift" read as scope-narrowed,
// "every" dropped). A count or frequency per X ("twice per shift", "once a day", "three times each
// visit") holds for every X as "every X" did: which of them it counts is read elsewhere (the number
// readings compare the counts). Pure.
import { normaliseWord } from './_text.ts';

/** Words that count how often before "per/a/an/each X": "once", "twice", "three times", "2 times". */
const COUNTS = /^(?:once|twice|thrice|times)$/;

/**
 * The universals ("every", "each") of the old words whose noun the new words count per ("every
 * shift" against "twice per shift"): each one found is said again.
 */
export function everySaidAsPer(oldWords: readonly string[], newWords: readonly string[]): string[] {
  const counted = new Set(newWords.flatMap((word, i) => (/^(?:per|a|an|each)$/.test(word) && COUNTS.test(newWords[i - 1] ?? '') && newWords[i + 1] ? [normaliseWord(newWords[i + 1]!)] : [])));
  if (counted.size === 0) return [];
  return oldWords.flatMap((word, i) => (/^(?:every|each)$/.test(word) && oldWords[i + 1] && counted.has(normaliseWord(oldWords[i + 1]!)) ? [word] : []));
}

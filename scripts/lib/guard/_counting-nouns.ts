// Nouns that count, written as their number: "a pair of interpreters" is "2 interpreters", "a
// dozen eggs" "12 eggs", "half a dozen" 6, "a couple of" 2. The number readings saw "two
// interpreters" -> "a pair of interpreters" as a number removed (issue 11, round 19a: v21's
// "Book two interpreters" -> "schedule a pair of interpreters"). Only read against a text that
// says a number: "a couple of tips" -> "some tips" compares no amounts, as before. Pure.
import { NUMBER_WORD_PATTERN } from './_numbers.ts';

const COUNTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bhalf a dozen\b/gi, '6'],
  [/\b(?:a|one) dozen\b/gi, '12'],
  [/\b(?:a|one) (?:pair|couple) of\b/gi, '2'],
  [/\b(?:a|one) trio of\b/gi, '3'],
];

/** A number in figures or words anywhere in a text. */
const SAYS_A_NUMBER = new RegExp(String.raw`\d|\b(?:${NUMBER_WORD_PATTERN})\b`, 'i');

/** The text with its counting nouns as figures, when `other` says a number; with what each figure stands for. */
export function withCountsInFigures(text: string, other: string): { text: string; said: Array<{ figure: string; words: string }> } {
  const said: Array<{ figure: string; words: string }> = [];
  if (!SAYS_A_NUMBER.test(other)) return { text, said };
  let out = text;
  for (const [pattern, figure] of COUNTS) {
    out = out.replace(pattern, (words) => {
      said.push({ figure, words });
      return figure;
    });
  }
  return { text: out, said };
}

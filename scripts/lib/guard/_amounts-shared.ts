// One amount said once for the items that each said it: "Acceptable proof of address is:" + "- a
// utility bill from the last three months" + "- a bank statement from the last three months" ->
// "... a utility bill or a bank statement from the last three months". The number readings
// (reason-number.ts) pair each amount of the old version with one of the new, so the second "three
// months" had no partner and read as a number removed (round 30c, v34's proof of address, a list
// said as prose). It is the same amount when every old sentence that said it is said whole, its
// words and the amount, by one new sentence: "Keep invoices for 6 years. Keep payslips for 6
// years." -> "Keep invoices and payslips for 6 years." A copy gone with its sentence's words
// elsewhere ("... Keep payslips.") stays removed. Pure.
import { contentStems, normaliseWord, splitSentences, tokenizeWords } from './_text.ts';

/** The amount's words, as the number readings quote them, in lower case with single spaces. */
function written(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether every old sentence holding `amount` (as written) is said again, with all its content
 * words, by one new sentence that holds the amount once, after the words that told those sentences
 * apart: the amount was shared, not dropped. "a passport issued in the last ten years or a driving
 * licence" holds every word of "a driving licence issued in the last ten years" too, but the
 * licence now comes after the amount, which no longer reaches it.
 */
export function amountSharedByMerge(amount: string, previous: string, next: string): boolean {
  const words = written(amount);
  if (words === '') return false;
  const holding = (sentence: string): boolean => written(sentence).includes(words);
  const before = splitSentences(previous).filter(holding);
  const after = splitSentences(next).filter(holding);
  if (before.length < 2 || after.length === 0 || after.length >= before.length) return false;
  const amountWords = tokenizeWords(amount).map(normaliseWord);
  const stemsOf = before.map((sentence) => contentStems(sentence));
  return before.every((_, k) => {
    const own = (stemsOf[k] ?? []).filter((stem) => !amountWords.includes(stem) && !stemsOf.some((other, o) => o !== k && other.includes(stem)));
    return after.some((sentence) => {
      const tokens = tokenizeWords(sentence).map(normaliseWord);
      const at = tokens.findIndex((_, i) => amountWords.every((word, j) => tokens[i + j] === word));
      const stems = new Set(contentStems(sentence));
      return at >= 0 && (stemsOf[k] ?? []).every((stem) => stems.has(stem)) && own.every((stem) => tokens.indexOf(stem) < at);
    });
  });
}

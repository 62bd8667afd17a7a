// A cap said as a superlative of what a party may do (issue 11, round 29a): "Members may not book
// more than one peak-time court a day" = "One peak-time court a day is the most a member can book";
// "Never carry more than 20 kg" = "20 kg is the heaviest load you may carry" is left (a noun of its
// own after the superlative). "N is the most S may V" says that S may V N and nothing beyond it:
// the cap "S may not V more than N". The detectors read its "may" as a grant and counted the "not"
// that went. Here the superlative sentence is written as that cap, in its own words ("A member can
// not book more than one peak-time court a day"), and the other readings weigh the rest: a figure
// changed, a party replaced, "the least" (a floor, not read here) stay as they were. Only with no
// noun after the superlative, so that what is capped is the amount said. The fold can only take
// findings away (`reworded-withdrawn.ts`). Pure.
import { NUMBER_WORD_PATTERN } from './_numbers.ts';
import { splitSentences } from './_text.ts';

/** "<amount> is the most / maximum / longest ... <subject> may / can <verb> <rest>". */
const SUPERLATIVE_CAP = new RegExp(
  String.raw`^(?<amount>(?:\d[\d,.]*|${NUMBER_WORD_PATTERN}|an?)\b[^,;:]*?)\s+(?:is|are)\s+(?:the\s+)?(?:most|maximum|max|longest|largest|biggest|highest|greatest|furthest|farthest|latest)\s+` +
    String.raw`(?:that\s+)?(?<subject>(?:a|an|the|any|each|every|one|you|we|they|our|their|your)\b[a-z' -]*?|you|we|they|staff|members|customers|guests)\s+(?<modal>may|can|could|is allowed to|are allowed to|is permitted to|are permitted to)\s+(?<act>[^;:]+?)[.!]?$`,
  'i',
);

/** The superlative said as a cap in its own words; null when the sentence is no such superlative. */
export function superlativeAsCap(sentence: string): string | null {
  const found = SUPERLATIVE_CAP.exec(sentence.trim());
  if (!found?.groups) return null;
  const { amount = '', subject = '', modal = '', act = '' } = found.groups;
  const negated = /^can$/i.test(modal) ? 'cannot' : /^(?:may|could)$/i.test(modal) ? `${modal} not` : modal.replace(/\b(allowed|permitted)\b/i, 'not $1');
  const written = `${subject} ${negated} ${act} more than ${amount.charAt(0).toLowerCase()}${amount.slice(1)}.`;
  return `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
}

/**
 * Both versions with each superlative cap written as "S may not V more than N" when the other
 * version says a cap with "more than" (its own sentence, not the same one). A sentence both hold is
 * left as it is.
 */
export function foldSuperlativeCaps(previous: string, next: string): [string, string] {
  const rewrite = (side: string, other: string): string => {
    if (!/\bmore than\b/i.test(other)) return side;
    let written = side;
    for (const sentence of splitSentences(side)) {
      if (other.includes(sentence)) continue;
      const cap = superlativeAsCap(sentence);
      if (cap !== null) written = written.replace(sentence, cap);
    }
    return written;
  };
  return [rewrite(previous, next), rewrite(next, previous)];
}

// A cap said as a superlative of what a party may do (issue 11, round 29a): "Members may not book
// more than one peak-time court a day" = "One peak-time court a day is the most a member can book";
// "Never carry more than 20 kg" = "20 kg is the heaviest load you may carry" is left (a noun of its
// own after the superlative). "N is the most S may V" says that S may V N and nothing beyond it:
// the cap "S may not V more than N". The detectors read its "may" as a grant and counted the "not"
// that went. Here the superlative sentence is written as that cap, in its own words ("A member can
// not book more than one peak-time court a day"), and the other readings weigh the rest: a figure
// changed, a party replaced, "the least" (a floor, not read here) stay as they were. Only with no
// noun after the superlative, so that what is capped is the amount said. The fold can only take
// findings away (`reworded-withdrawn.ts`). Round 39b read the cap's other shapes in the same way
// (v45, v47, v48, v52 and v53 each held one or two, escaped by form): the perfect after the modal
// ("One tee time a day is the most a member can have booked"), the superlative opening the sentence
// ("The most a payment plan asks of a tenant, towards arrears, is £3.70 a week"), and the amount
// "the limit / maximum for" a party doing the act ("Two cylinders is the limit for any customer
// collecting in a private car"). Pure.
import { NUMBER_WORD_PATTERN } from './_numbers.ts';
import { normaliseWord, sameRoot, splitSentences, tokenizeWords } from './_text.ts';

/** "<amount> is the most / maximum / longest ... <subject> may / can <verb> <rest>". */
const SUPERLATIVE_CAP = new RegExp(
  String.raw`^(?<amount>(?:\d[\d,.]*|${NUMBER_WORD_PATTERN}|an?)\b[^,;:]*?)\s+(?:is|are)\s+(?:the\s+)?(?:most|maximum|max|limit|longest|largest|biggest|highest|greatest|furthest|farthest|latest)\s+` +
    String.raw`(?:that\s+)?(?<subject>(?:a|an|the|any|each|every|one|you|we|they|our|their|your)\b[a-z' -]*?|you|we|they|staff|members|customers|guests)\s+(?<modal>may|can|could|is allowed to|are allowed to|is permitted to|are permitted to)\s+(?<act>[^;:]+?)[.!]?$`,
  'i',
);

/** An amount: a figure, a currency sign, a number word or an article. */
const AMOUNT = String.raw`(?:[£$€]?\d[\d,.]*|${NUMBER_WORD_PATTERN}|an?)\b`;
/** A party named by a determiner and up to three words, or a pronoun. */
const PARTY = String.raw`(?:(?:a|an|the|any|each|every|one)\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+?|you|we|they)`;

/**
 * "The most S V(s) ... is N" (round 39b): the superlative opens the sentence and the amount closes
 * it; the act is the party's verb (a modal before it, "will ever", is the rule's form).
 */
const OPENING_SUPERLATIVE = new RegExp(
  String.raw`^the\s+(?:most|maximum|max)\s+(?<subject>${PARTY})\s+(?:(?:may|can|could|will|would)\s+(?:ever\s+)?)?(?<act>(?:[a-z]+(?:s|ed)|put|pay|take|bring|book|have|hold|keep|carry|spend|charge|ask|give|lend|borrow)\b[^;:]*?)\s*,?\s+(?:is|are)\s+(?<amount>${AMOUNT}[^;:]*?)[.!]?$`,
  'i',
);

/** "N is the limit / maximum for any S V-ing ..." (round 39b): the party doing the act, its verb a gerund. */
const LIMIT_FOR = new RegExp(
  String.raw`^(?<amount>${AMOUNT}[^,;:]*?)\s+(?:is|are)\s+(?:the\s+)?(?:limit|maximum|most|max)\s+for\s+(?<subject>(?:a|an|the|any|each|every|one)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+?)\s+(?<act>[a-z]+ing\b[^;:]*?)[.!]?$`,
  'i',
);

/**
 * "S (can) V N at (the) most" (round 39b): the amount capped where the party acts, its bound after
 * it ("Staff can work 48 hours a week at the most", "Each applicant keeps one active application
 * at most"); "at least" is a floor and is not read.
 */
const TRAILING_CAP = new RegExp(
  String.raw`^(?<subject>${PARTY}|(?:(?!(?:may|can|could)\b)[a-z'-]+\s+){0,2}(?!(?:may|can|could)\b)[a-z'-]+)\s+(?:(?:may|can|could)\s+)?(?<act>[a-z]+)\s+(?<amount>${AMOUNT}[^,;:]*?)\s+at\s+(?:the\s+)?most[.!]?$`,
  'i',
);

/** A perfect after the modal, "can have booked": the act is the participle's ("cannot book" is the cap). */
const PERFECT = /^have\s+(?=[a-z]+(?:ed|en|wn|ne|t)\b)/i;

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The act with the cap put where the other version's cap stands: after the last word of the act
 * that the other version says before its "more than" ("may not ask a tenant on benefits for more
 * than £3.70" puts it after "benefits"; "may not enter more than two dogs in any one class" after
 * "enters"), else after the act's verb; the readings compare what "more than" follows, and "in any
 * one class more than two dogs" would read as a comparison (round 39b). The closing place when
 * there is no other version, as round 29a wrote it.
 */
function placeCap(act: string, cap: string, other: string | undefined): string {
  const words = act.split(/\s+/).filter((word) => word !== '');
  if (other === undefined || words.length <= 1) return `${words.join(' ')} ${cap}`;
  const at = other.search(/\bmore than\b/i);
  const before = at < 0 ? [] : tokenizeWords(other.slice(0, at)).map(normaliseWord);
  const stems = words.map((word) => normaliseWord(word.toLowerCase().replace(/[^a-z'-]/g, '')));
  for (const said of before.reverse()) {
    const found = stems.findIndex((stem) => stem !== '' && sameRoot(stem, said));
    if (found >= 0) return [...words.slice(0, found + 1), cap, ...words.slice(found + 1)].join(' ');
  }
  return [words[0], cap, ...words.slice(1)].join(' ');
}

/** Whether `other` says the verb by its root ("buying" / "buy", "enters" / "enter"). */
function saysVerb(verb: string, other: string): boolean {
  const stem = normaliseWord(verb.toLowerCase());
  return tokenizeWords(other).some((word) => sameRoot(stem, normaliseWord(word)));
}

/**
 * The superlative said as a cap in its own words; null when the sentence is no such superlative.
 * The shapes of round 39b are read only when `other` (the other version) says their act's verb by
 * its root: "the limit for any rider selling them" is no "No rider may buy more than ten".
 */
export function superlativeAsCap(sentence: string, other?: string): string | null {
  const trimmed = sentence.trim();
  const found = SUPERLATIVE_CAP.exec(trimmed);
  if (found?.groups) {
    const { amount = '', subject = '', modal = '', act = '' } = found.groups;
    const negated = /^can$/i.test(modal) ? 'cannot' : /^(?:may|could)$/i.test(modal) ? `${modal} not` : modal.replace(/\b(allowed|permitted)\b/i, 'not $1');
    return capitalised(`${subject} ${negated} ${placeCap(act.replace(PERFECT, ''), `more than ${lowerFirst(amount)}`, other)}.`);
  }
  // The opening superlative and the limit for a party are the same cap, said as "S may not V ... more than N".
  const opening = OPENING_SUPERLATIVE.exec(trimmed)?.groups ?? TRAILING_CAP.exec(trimmed)?.groups;
  const limit = opening ? undefined : LIMIT_FOR.exec(trimmed)?.groups;
  const read = opening ?? limit;
  if (!read) return null;
  const { amount = '', subject = '', act = '' } = read;
  const [verb = ''] = act.split(/\s+/);
  if (other !== undefined && !saysVerb(verb, other)) return null;
  return capitalised(`${subject} may not ${limit ? 'be ' : ''}${placeCap(act.replace(/\s*,\s*/g, ' '), `more than ${lowerFirst(amount)}`, other)}.`);
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
      const cap = superlativeAsCap(sentence, other);
      if (cap !== null) written = written.replace(sentence, cap);
    }
    return written;
  };
  return [rewrite(previous, next), rewrite(next, previous)];
}

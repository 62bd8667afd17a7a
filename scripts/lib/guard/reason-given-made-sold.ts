// `right-narrowed`: a thing a kept rule gives, lends or provides to the people it serves is now sold,
// charged or hired to them ("Pupils who arrive without waterproofs are lent a jacket and trousers from
// the centre store" -> "are sold a jacket and trousers from the centre shop"; round 35b, v45's drift).
// One verb changed in a kept sentence: the word reading leaves "lend"/"sell" alone (WordNet links
// them through "give"/"transfer"), and no other reading weighs who pays. Read: the sentences an edit
// changed paired, the verb of giving gone and a verb of selling come in its place, its own words kept
// round it (two words besides may change, a "store" said as a "shop"), no negation in either. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { quote, tokenizeWords } from './_text.ts';
import { CLAUSE_NEGATIONS } from './_rule-words.ts';

/** Verbs that hand a thing over at no cost to the one who gets it. */
const GIVEN = new Set(['lent', 'loaned', 'given', 'provided', 'supplied', 'issued', 'handed', 'lend', 'lends', 'loan', 'loans', 'give', 'gives', 'provide', 'provides', 'supply', 'supplies', 'issue', 'issues']);
/** Verbs that hand it over at the receiver's cost. */
const SOLD = new Set(['sold', 'charged', 'rented', 'billed', 'sell', 'sells', 'charge', 'charges', 'rent', 'rents', 'bill', 'bills']);
/** The clause negations (_rule-words.ts): "cannot" beside the old set's words, met by no read edit here (round 40c). */
const NEGATIONS = CLAUSE_NEGATIONS;

/** Words besides the verb that may change round it ("store" -> "shop"), and words kept at least. */
const OTHERS_CHANGED = 2;
const KEPT = 5;

export function findGivenMadeSold(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const was = tokenizeWords(old);
    const is = tokenizeWords(now);
    if ([...was, ...is].some((word) => NEGATIONS.has(word)) || was.length !== is.length) continue;
    const changed = was.flatMap((word, at) => (word === is[at] ? [] : [[word, is[at] ?? ''] as const]));
    const verb = changed.find(([gone, came]) => GIVEN.has(gone) && SOLD.has(came));
    if (!verb || changed.length > OTHERS_CHANGED + 1 || was.length - changed.length < KEPT) continue;
    reasons.push({ code: 'right-narrowed', message: `right narrowed: "${verb[0]}" -> "${verb[1]}", what was given now paid for, in ${quote(now)}` });
  }
  return reasons;
}

// `negation-removed`: a negative adjective of the old version said in the new one as a clause
// that names its base with no negation ("Archive unsigned copies of the contract" -> "Archive
// copies of the contract for which a signature exists", "unpaid invoices" -> "invoices that have
// been paid"). _negative-clauses.ts folds the clause back into the adjective only when it negates
// the base; said without the negation, the clause picks the opposite things, and since the
// negative word went with no "not" lost, no negation reading sees it. The base may be said in a word
// the dictionary links to it ("unsolicited calls" -> "calls that the client has asked for",
// `_negative-word-links.ts`, round 33b). A negative adjective said as a "with" phrase naming its
// base turns the same way ("Reject any form that is unsigned" -> "... that comes with a
// signature", "if a tenant leaves the flat undamaged" -> "... with damage": the case now picks the
// things the old one left out), when the new text holds fewer negations than the old one with its
// negative word, so the negation went and did not move ("Never refund a flat left with damage" is
// the old rule said from the other side; round 35d). Pure.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { linksToBase } from './_negative-word-links.ts';
import { normaliseWord, quote, tokenizeWords } from './_text.ts';
import { namesBase } from './_negative-clauses.ts';

const NEGATIVE = /^(?!under|uni|until|unless)un[a-z]{4,}$/;
const OPENERS = new Set(['which', 'that', 'who', 'whose', 'whom']);
const NEGATORS = /^(?:not|no|never|without|none|nobody|nothing|cannot|unless|lacks?|lacking|missing)$|^un[a-z]{4,}|n't$/;
/** Words between the noun and the clause's opener: its own "of" phrase and a preposition. */
const MAX_GAP = 5;
/** Words a "with" phrase may put before the base's noun. */
const WITH_DETERMINERS = /^(?:a|an|any|some|the|its|their|his|her)$/;
const CLAUSE_WORDS = 8;

export function findNegativesTurned(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  const before = tokenizeWords(previous);
  const after = tokenizeWords(next);
  const reasons: Reason[] = [];
  for (const [i, word] of before.entries()) {
    if (!NEGATIVE.test(word) || after.includes(word)) continue;
    const base = normaliseWord(word.slice(2));
    const noun = before[i + 1];
    if (!noun) continue;
    for (const [j, candidate] of after.entries()) {
      if (candidate !== noun) continue;
      const opener = after.slice(j + 1, j + 1 + MAX_GAP).findIndex((w) => OPENERS.has(w));
      if (opener === -1) continue;
      const clause = after.slice(j + 2 + opener, j + 2 + opener + CLAUSE_WORDS);
      const own = clause.findIndex((w) => namesBase(normaliseWord(w), base));
      const link = own === -1 && /^(?:that|which|who)$/.test(after[j + 1 + opener] ?? '') ? linksToBase(word.slice(2), lexicon) : null;
      const named = link ? clause.findIndex((_w, at) => link(clause, at) > 0) : own;
      if (named === -1 || clause.slice(0, named + 1).some((w) => NEGATORS.test(w))) continue;
      reasons.push({ code: 'negation-removed', message: `negation removed: "${word} ${noun}" is now said as "${after.slice(j, j + 2 + opener + named + 1).join(' ')}" in ${quote(next)}` });
      break;
    }
  }
  if (reasons.length > 0) return reasons;
  const negations = (words: readonly string[]): number => words.filter((w) => NEGATORS.test(w) && !/^(?:until|unless)/.test(w)).length;
  if (negations(after) >= negations(before)) return reasons;
  for (const word of before) {
    if (!NEGATIVE.test(word) || after.includes(word)) continue;
    const base = normaliseWord(word.slice(2));
    const at = after.findIndex((w, j) => w === 'with' && [after[j + 1], after[j + 2]].some((n, k) => n !== undefined && (k === 0 || WITH_DETERMINERS.test(after[j + 1] ?? '')) && namesBase(normaliseWord(n), base)));
    if (at === -1) continue;
    const phrase = after.slice(at, WITH_DETERMINERS.test(after[at + 1] ?? '') ? at + 3 : at + 2).join(' ');
    reasons.push({ code: 'negation-removed', message: `negation removed: "${word}" is now said as "${phrase}", its base with no negation, in ${quote(next)}` });
    break;
  }
  return reasons;
}

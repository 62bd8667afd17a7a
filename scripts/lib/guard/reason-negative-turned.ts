// `negation-removed`: a negative adjective of the old version said in the new one as a clause
// that names its base with no negation ("Archive unsigned copies of the contract" -> "Archive
// copies of the contract for which a signature exists", "unpaid invoices" -> "invoices that have
// been paid"). _negative-clauses.ts folds the clause back into the adjective only when it negates
// the base; said without the negation, the clause picks the opposite things, and since the
// negative word went with no "not" lost, no negation reading sees it. Pure.
import type { Reason } from '../schema/records.ts';
import { normaliseWord, quote, tokenizeWords } from './_text.ts';
import { namesBase } from './_negative-clauses.ts';

const NEGATIVE = /^(?!under|uni|until|unless)un[a-z]{4,}$/;
const OPENERS = new Set(['which', 'that', 'who', 'whose', 'whom']);
const NEGATORS = /^(?:not|no|never|without|none|nobody|nothing|cannot|unless|lacks?|lacking|missing)$|^un[a-z]{4,}|n't$/;
/** Words between the noun and the clause's opener: its own "of" phrase and a preposition. */
const MAX_GAP = 5;
const CLAUSE_WORDS = 8;

export function findNegativesTurned(previous: string, next: string): Reason[] {
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
      const named = clause.findIndex((w) => namesBase(normaliseWord(w), base));
      if (named === -1 || clause.slice(0, named + 1).some((w) => NEGATORS.test(w))) continue;
      reasons.push({ code: 'negation-removed', message: `negation removed: "${word} ${noun}" is now said as "${after.slice(j, j + 2 + opener + named + 1).join(' ')}" in ${quote(next)}` });
      break;
    }
  }
  return reasons;
}

// A duty on every thing an act takes in, said as the act allowed only on things that meet it
// (issue 11, round 23a: v24's "Every bird entered in a race must wear a ring registered to the
// member entering it" -> "A member can enter only birds whose rings are registered in that member's
// own name", read as "must" -> "can" and a permission added). "Every X <done> must be Y" and
// "<someone> may/can <do> only X that are Y" forbid the same: doing it to an X that is not Y. The
// "may/can" there grants nothing beyond what the old act already was; the "only" is the duty. Read
// when the new verb says the old participle (the act), "only" stands right after it, and every word
// of the old rule is said again with no word of the new sentence's own but the act's party. Pure:
// the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { tokenizeWords } from './_text.ts';

const UNIVERSAL = /^(?:every|each|all|any)$/;
const DUTY = /^(?:must|shall|needs?|has|have)$/;
const GRANT = /^(?:may|can)$/;
/** Words either form says in its own way: the modal, the universal, "only", and relative words. */
const FORM_WORDS = new Set(['must', 'shall', 'need', 'needs', 'has', 'have', 'to', 'may', 'can', 'only', 'every', 'each', 'all', 'any', 'that', 'which', 'whose', 'who', 'with', 'be', 'is', 'are']);

/**
 * Whether `next` says `previous`'s duty on every thing an act takes in as that act allowed only on
 * the things that meet it. `previous` must hold a universal, a participle of the act after its
 * noun and a duty's modal; `next` the act's verb after "may/can" with "only" right after it.
 */
export function saysDutyAsOnlyGrant(previous: string, next: string, lexicon: Lexicon): boolean {
  const oldWords = tokenizeWords(previous);
  const newWords = tokenizeWords(next);
  const universal = oldWords.findIndex((word) => UNIVERSAL.test(word));
  const duty = oldWords.findIndex((word, i) => i > universal && DUTY.test(word));
  const grant = newWords.findIndex((word) => GRANT.test(word));
  if (universal < 0 || duty < 0 || grant < 0 || newWords.some((word) => word === 'not' || word === 'never')) return false;
  // "can enter only", "may send only", "can take out only".
  const only = newWords.findIndex((word, i) => i > grant && i <= grant + 3 && word === 'only');
  if (only < 0) return false;
  const verbs = newWords.slice(grant + 1, only);
  // The act: a participle between the universal's noun and the duty ("entered", "sent", "taken out").
  const act = oldWords.slice(universal + 2, duty).find((word) => /(?:ed|en|ent|t)$/.test(word) && verbs.some((verb) => saysRuleWords(word, verb, lexicon, new Set(), true)));
  if (!act) return false;
  const party = newWords.slice(0, grant);
  // Every word of the old rule said again; no word of the new one's own but the act's party.
  return saysRuleWords(previous, next, lexicon, FORM_WORDS) && saysRuleWords(next, previous, lexicon, new Set([...FORM_WORDS, ...party, ...verbs]), true);
}

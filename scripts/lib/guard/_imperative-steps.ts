// Whether a sentence that went was one step of a list of imperatives: "Check every ticket at the
// ramp. Count cars on and off the deck. Report any delay." with "Count cars ..." gone. A short
// imperative whose verb no word list of ours knows ("Count", "Unplug", "Stamp", "Initial") has no
// modal and too few words to read as a plain duty, so it went unread (v31's whale watching crew,
// round 28b). Read by form, the verb from the dictionary: the sentence opens with a verb in its
// plain form followed by its object, not by a modal or a verb of its own ("Staff rotas are posted"
// opens with a noun), and two sentences the clause kept open the same way, so the clause is a list
// of things to do and this was one of them. Pure: the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { isImperativeVerb } from './_rule-words.ts';
import { contentStems, tokenizeWords } from './_text.ts';

/** Kept imperatives a clause needs before a sentence that went is read as one of its steps. */
const KEPT_STEPS = 2;

const LEAD_INS = new Set(['please', 'kindly', 'always', 'also', 'then', 'first', 'finally', 'and']);
/** Words that after a sentence's first word make that word a noun subject ("Staff rotas are posted"). */
const SUBJECT_FOLLOWERS = new Set(['must', 'shall', 'should', 'ought', 'may', 'might', 'can', 'could', 'will', 'would', 'is', 'are', 'was', 'were', 'need', 'needs', 'has', 'have', 'do', 'does', 'get', 'gets']);

/** Words that open a noun phrase: the word after one is no verb of the sentence. */
const DETERMINERS = new Set(['the', 'a', 'an', 'any', 'every', 'each', 'all', 'some', 'no', 'this', 'that', 'these', 'those', 'their', 'your', 'our', 'its', 'his', 'her', 'my']);

/** Whether a sentence opens as an imperative of a verb the dictionary (or our list) knows. */
function opensWithImperative(sentence: string, lexicon: Lexicon): boolean {
  // The first word as written: a capital opens it ("Count cars"), not a pronoun or a name.
  const words = tokenizeWords(sentence);
  let at = 0;
  while (at < words.length && LEAD_INS.has(words[at] ?? '')) at++;
  const verb = words[at] ?? '';
  // The plain form only: "Counts", "Counted", "Counting" open statements or noun phrases.
  if (!/^[a-z]{3,}$/.test(verb) || /(?:[^s]s|ed|ing)$/.test(verb)) return false;
  if (!isImperativeVerb(verb) && lexicon.senses(verb, 'v').length === 0) return false;
  // "Stock levels vary": a word the dictionary knows only as a verb soon after is the sentence's own
  // verb, and the first word a noun of its subject ("Count cars on and off the deck" has none).
  // A word right after a determiner is the object's modifier, not a verb ("Photograph any existing
  // damage", "Bin any opened milk", "Tape any loose flaps": round 30b).
  const verbOnly = (word: string, i: number): boolean => words[at + i] !== 'to' && !DETERMINERS.has(words[at + i] ?? '') && lexicon.senses(word, 'v').length > 0 && lexicon.senses(word, 'n').length === 0;
  return !words.slice(at + 1, at + 4).some((word, i) => SUBJECT_FOLLOWERS.has(word) || verbOnly(word, i));
}

/**
 * Whether `sentence`, an old sentence with no counterpart, was a step of a list of imperatives
 * whose other steps the clause kept (`kept`: the old sentences that have a counterpart).
 */
export function isImperativeStep(sentence: string, kept: readonly string[], lexicon: Lexicon): boolean {
  if (contentStems(sentence).length < 2 || !opensWithImperative(sentence, lexicon)) return false;
  return kept.filter((other) => opensWithImperative(other, lexicon)).length >= KEPT_STEPS;
}

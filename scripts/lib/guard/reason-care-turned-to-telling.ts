// `tone-care-dropped`: the care a rule showed the person it serves replaced by telling them
// something. "make sure they are unhurt, reassure them that it happens to most learners" -> "tell
// them any repairs come out of their deposit"; "explain kindly what jury service involves" ->
// "remind them that jury service is compulsory"; "stay with them, comfort them and their parent"
// -> "remind the parent that they signed the waiver". The pooled misses of the blind sets v20-v25
// hold ten tone edits, one in every set, and nine have this shape: a word of care (reassure, thank,
// comfort, kindly, calmly, congratulate, apologise, ...) went, not one word of care or courtesy is
// left, and a verb of telling the old text did not use (tell, remind, point out, make clear, warn,
// inform, explain, ...) now addresses the person. What they are told varies without end (their
// deposit, the waiver, a duty, blame, a brush-off: reason-dismissive-tone.ts and
// reason-blaming-tone.ts read some of it by their phrases); the stance is read here from the two
// classes of words, not from what is said. reason-care-dropped.ts wants two kinds of care gone, for
// a flat instruction in their place ("Send couples the standard booking template"); one kind is
// enough here, since the person is still addressed and only the care went. Across every labelled
// set, a benign edit with a word of care gone and none left is a noun read as care ("patients"), a
// verb of support ("the section that supports your answer") or a greeting said in other words
// ("Say good morning to families" for "Greet families politely", courtesy the wide list keeps):
// none of them tells the person anything new. A telling negated ("do not tell them ...") forbids
// it. Round 24b. Pure.
import type { Reason } from '../schema/records.ts';
import { quote, tokenizeWords } from './_text.ts';
import { careWords } from './reason-dismissive-tone.ts';
import { ANY_CARE, REMEDY } from './reason-care-dropped.ts';

/** Verbs of telling someone something, as phrases of the tokenised text. */
const TELLING = /\b(?:tell|tells|telling|told|remind|reminds|reminding|reminded|point out|points out|pointing out|make clear|make it clear|makes clear|inform|informs|informed|warn|warns|warned|let them know|let the [a-z]+ know|explain|explains|explained|say|says|stress|stresses|emphasi[sz]e)\b/g;

/** "patients", "the patient": the person, not patience. */
const NOT_CARE = new Set(['patient', 'patients']);

/**
 * A word of care or courtesy. A short beginning of the wide list is read as its word and that
 * word's endings only ("time" in "take your time", not "timetable"; "kind", "kindly", not "kinds
 * of"), a long one as a beginning.
 */
function showsCare(word: string, i: number, words: readonly string[]): boolean {
  if (word === 'kind' && words[i + 1] === 'of') return false;
  return ANY_CARE.some((stem) => (stem.length >= 5 ? word.startsWith(stem) : word === stem || (word.startsWith(stem) && /^(?:s|ed|ing|ly|ful|fully|ness)$/.test(word.slice(stem.length)))));
}

function tellings(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of text.matchAll(TELLING)) {
    // "do not tell them ...", "never remind ...": forbidding the telling.
    if (/\b(?:not|never|no)(?: [a-z]+)?\s*$/.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
    const verb = match[0].replace(/(?:s|ed|ing)$/, '').replace(/^told$/, 'tell').replace(/^said$/, 'say');
    if (!found.has(verb)) found.set(verb, match.index);
  }
  return found;
}

export function findCareTurnedToTelling(previous: string, next: string): Reason[] {
  const before = tokenizeWords(previous).filter((word) => !NOT_CARE.has(word));
  const after = tokenizeWords(next);
  if (after.length === 0) return [];
  const cared = careWords(before);
  if (cared.size === 0 || after.some(showsCare) || REMEDY.test(next)) return [];
  const oldTellings = tellings(` ${tokenizeWords(previous).join(' ')} `);
  const newText = ` ${after.join(' ')} `;
  const told = [...tellings(newText).entries()].find(([verb]) => !oldTellings.has(verb));
  if (!told) return [];
  const went = [...new Set(before.filter((word) => [...cared].some((stem) => word.startsWith(stem))))];
  const [, at] = told;
  const said = newText.slice(at).trim().split(' ').slice(0, 8).join(' ');
  return [{ code: 'tone-care-dropped', message: `care turned to telling: ${went.map((word) => `"${word}"`).join(', ')} went, no word of care is left, and "${said}" came in ${quote(next)}` }];
}

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
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';
import { GENERIC_PARTIES } from './_parties.ts';
import { changedSentencePairs, changedWords } from './_changed-stretch.ts';
import { careWords } from './reason-dismissive-tone.ts';
import { ANY_CARE, REMEDY } from './reason-care-dropped.ts';

/** Verbs of telling someone something, as phrases of the tokenised text. */
const TELLING = /\b(?:tell|tells|telling|told|remind|reminds|reminding|reminded|point out|points out|pointing out|make clear|make it clear|makes clear|inform|informs|informed|warn|warns|warned|let them know|let the [a-z]+ know|explain|explains|explained|say|says|stress|stresses|emphasi[sz]e)\b/g;

/** Verbs that ask silence of someone when "quiet" follows them. */
const SILENCING = new Set(['keep', 'keeps', 'be', 'stay', 'stays', 'remain', 'remains']);

/** "patients", "the patient": the person, not patience. */
const NOT_CARE = new Set(['patient', 'patients']);

/**
 * A word of care or courtesy. A short beginning of the wide list is read as its word and that
 * word's endings only ("time" in "take your time", not "timetable"; "kind", "kindly", not "kinds
 * of"), a long one as a beginning.
 */
function showsCare(word: string, i: number, words: readonly string[]): boolean {
  if (word === 'kind' && words[i + 1] === 'of') return false;
  // "keep the child quiet", "stay quiet": silence asked of someone, not a quiet manner.
  if (word === 'quiet' && words.slice(Math.max(0, i - 3), i).some((before) => SILENCING.has(before))) return false;
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

/** Words that open what a person is told: a verb of telling or reassuring, or a "that" clause. */
const MESSAGE_OPENER = /^(?:tell|tells|told|remind|reminds|reminded|inform|informs|informed|warn|warns|warned|explain|explains|explained|say|says|said|assure|assures|assured|reassure|reassures|reassured|that)$/;

/** The content words of what a stretch tells someone, normalised: everything after its first opener. */
function messageOf(words: readonly string[]): string[] {
  const at = words.findIndex((word) => MESSAGE_OPENER.test(word));
  return at < 0 ? [] : words.slice(at + 1).filter((word) => !STOP_WORDS.has(word) && !GENERIC_PARTIES.has(word)).map(normaliseWord);
}

/**
 * The same stance read in the one stretch a sentence changed (round 26b): care went from it, the
 * stretch that came holds none and tells the person something, whatever care the words kept round
 * it still show ("check in kindly with each crew member, tell them that finding it hard is normal,
 * and give them the number of the confidential support line" -> "remind each crew member that this
 * is what they volunteered for, and give them ..."; "Greet new volunteers warmly, tell them nobody
 * expects them to know anything yet" -> "Greet new volunteers, tell them they will be slow at first
 * and should try not to get in anyone's way"). A care word kept in the sentence stands for the rule
 * the words round the change still make; what the change itself asks is the finding.
 */
function careTurnedInStretch(previous: string, next: string): Reason | null {
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const a = tokenizeWords(old).filter((word) => !NOT_CARE.has(word));
    const b = tokenizeWords(now).filter((word) => !NOT_CARE.has(word));
    const { gone, came: come } = changedWords(a, b);
    const cared = careWords(gone);
    if (cared.size === 0 || come.length === 0 || come.some(showsCare) || REMEDY.test(come.join(' '))) continue;
    const told = [...tellings(` ${come.join(' ')} `).keys()][0];
    if (told === undefined) continue;
    // "reassure them that a carer is on the way" -> "let them know a carer is coming": the same message, told.
    const message = messageOf(come);
    if (messageOf(gone).some((stem) => message.includes(stem))) continue;
    const went = [...new Set(gone.filter((word) => [...cared].some((stem) => word.startsWith(stem))))];
    return { code: 'tone-care-dropped', message: `care turned to telling: ${went.map((word) => `"${word}"`).join(', ')} went from the words that changed, and "${come.slice(0, 10).join(' ')}" came in ${quote(now)}` };
  }
  return null;
}

/** Care gone from the whole text, none left anywhere, and a telling the old text did not use. */
function careTurnedInText(previous: string, next: string): Reason | null {
  const before = tokenizeWords(previous).filter((word) => !NOT_CARE.has(word));
  const after = tokenizeWords(next);
  if (after.length === 0) return null;
  const cared = careWords(before);
  if (cared.size === 0 || after.some(showsCare) || REMEDY.test(next)) return null;
  const oldTellings = tellings(` ${tokenizeWords(previous).join(' ')} `);
  const newText = ` ${after.join(' ')} `;
  const told = [...tellings(newText).entries()].find(([verb]) => !oldTellings.has(verb));
  if (!told) return null;
  const went = [...new Set(before.filter((word) => [...cared].some((stem) => word.startsWith(stem))))];
  const [, at] = told;
  const said = newText.slice(at).trim().split(' ').slice(0, 8).join(' ');
  return { code: 'tone-care-dropped', message: `care turned to telling: ${went.map((word) => `"${word}"`).join(', ')} went, no word of care is left, and "${said}" came in ${quote(next)}` };
}

export function findCareTurnedToTelling(previous: string, next: string): Reason[] {
  const found = careTurnedInText(previous, next) ?? careTurnedInStretch(previous, next);
  return found ? [found] : [];
}

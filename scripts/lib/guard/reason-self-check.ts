// `roles-swapped` for a check handed to the party it checks. A duty to check, approve or sign off
// another party's work is the rule's whole point (four eyes), and two rewrites undo it while
// keeping the verb: the check becomes a self-check ("The second archivist checks the first
// archivist's metadata" -> "The first archivist checks their own metadata", "Code is reviewed by
// an engineer other than its author" -> "Authors review their own code"), or the checker and the
// checked trade places with the sentence rebuilt ("The supervising officer must countersign every
// report written by an officer" -> "The officer who used force must countersign the supervising
// officer's report"). Read from the doer of the kept check verb (the words before it, or after
// "by" in a passive): it changed, and either "own"/"themselves" came, or a word of the old doer now
// stands after the verb. The same doer with "their own" ("Managers approve their own team's
// leave") or the sentence put in the passive keeps the roles. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Verbs of checking another's work, as word beginnings. */
const CHECK_VERBS = /^(?:check|review|approv|verif|countersign|sign|audit|inspect|authori[sz]|validat|confirm|mark|moderat|assess|proofread|witness|test|double-check|second-check|vet|examin|supervis|overs[ae]e|monitor|certif|endors)/;
/** Words that make a doer another party than the one whose work is checked ("a second engineer"). */
const OTHER_PARTY = new Set(['second', 'first', 'anoth', 'other', 'independ', 'differ', 'senior', 'junior', 'fellow', 'peer', 'separ']);
const SELF = /^(?:own|themselves|himself|herself|itself|yourself|yourselves|ourselves|self-[a-z]+)$/;
/** Words of a doer that say nothing of who it is. */
const NOT_DOER = /^(?:every|each|all|any|who|that|which|whose|no|one|nobody|anyone|anybody|someone|somebody|everyone|everybody|they|we|you|it)$/;

const DETERMINERS = /^(?:a|an|the|their|its|his|her|our|your|each|every|any|no)$/;
/** Words that end the noun phrase after "by": "by an engineer other than its author". */
const PHRASE_ENDS = /^(?:other|than|who|that|which|with|from|of|in|on|at|before|after|for|and|or|once|when|if)$/;

function upTo(words: readonly string[], end: RegExp): string[] {
  const stop = words.findIndex((word) => end.test(word));
  return stop < 0 ? [...words] : words.slice(0, stop);
}

const BE = /^(?:is|are|be|been|was|were|being)$/;
const CAUSATIVE = /^(?:have|has|had|having|get|gets|got|getting)$/;
const CONDITION_WORDS = /^(?:if|when|whenever|until|till|before|after|once|unless|where|while)$/;
const BEFORE_VERB = /^(?:must|should|shall|will|would|may|can|could|to|also|always|never|then|first|only|not|and|or|be|been|is|are|was|were)$/;
const OBJECT_OPENERS = /^(?:the|a|an|their|its|his|her|our|your|every|each|all|any|off|them|it)$/;

/**
 * Whether words[i] is the verb, not a noun ("a battery check", "written confirmation"): after a
 * modal, "to" or "be", in the third person ("checks", "approves"), as a participle, or bare with
 * its object after it ("Authors review their own code").
 */
function isVerbAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const before = words[i - 1] ?? '';
  if (/(?:er|ers|or|ors|ion|ions|al|als|ment|ments|ing|ings)$/.test(word) || DETERMINERS.test(before)) return false;
  if (BEFORE_VERB.test(before) || /(?:ed|en)$/.test(word)) return true;
  return /s$/.test(word) ? OBJECT_OPENERS.test(words[i + 1] ?? '') || isContent(words[i + 1] ?? '') : OBJECT_OPENERS.test(words[i + 1] ?? '');
}

interface Check {
  verb: string;
  at: number;
  doer: string[];
  after: string[];
}

/** "by someone other than the requester" names a checker, "No one may" none: pronouns count after "by" only. */
function stems(words: readonly string[], afterBy = false): string[] {
  return words.filter((word) => isContent(word) && !(afterBy ? NOT_DOER_AFTER_BY : NOT_DOER).test(word)).map(normaliseWord);
}
const NOT_DOER_AFTER_BY = /^(?:every|each|all|any|who|that|which|whose)$/;

/** The first check verb of a sentence, who does it and the stems after it. */
function readCheck(statement: Statement): Check | null {
  const { words } = statement;
  const at = words.findIndex((word, i) => CHECK_VERBS.test(word) && isVerbAt(words, i));
  // An imperative ("Confirm the identity ...") names no doer; a condition before the verb is no doer either.
  if (at <= 0 || words.slice(0, at).some((word) => CONDITION_WORDS.test(word))) return null;
  const after = words.slice(at + 1);
  const by = after.indexOf('by');
  // "is checked by the second archivist", "must be restored and tested by ...": the doer follows "by".
  // "must have their age checked by ushers", "gets the weld inspected by ...": the causative
  // passive, its "have"/"get" a few words before the participle, names the doer after "by" too.
  const participle = /(?:ed|en)$/.test(words[at] ?? '');
  const passive = participle && by >= 0 && (words.slice(Math.max(0, at - 3), at).some((word) => BE.test(word)) || words.slice(Math.max(0, at - 5), at).some((word) => CAUSATIVE.test(word)));
  const doer = passive ? stems(upTo(after.slice(by + 1, by + 5), PHRASE_ENDS), true) : stems(words.slice(0, at));
  return { verb: normaliseWord(words[at] ?? ''), at, doer, after: stems(passive ? after.slice(0, by) : after) };
}

function selfCheck(previous: Statement, next: Statement): string | null {
  const old = readCheck(previous);
  const now = readCheck(next);
  if (!old || !now || old.verb.slice(0, 4) !== now.verb.slice(0, 4) || old.doer.length === 0 || now.doer.length === 0) return null;
  // "Every morning the head chef" is still "the head chef": one doer's words holding the other's is the same doer.
  const extra = [...old.doer.filter((stem) => !now.doer.includes(stem)), ...now.doer.filter((stem) => !old.doer.includes(stem))];
  const sameDoer = (old.doer.every((stem) => now.doer.includes(stem)) || now.doer.every((stem) => old.doer.includes(stem))) && !extra.some((stem) => OTHER_PARTY.has(stem));
  if (sameDoer) return null;
  const becameSelf = next.words.some((word) => SELF.test(word)) && !previous.words.some((word) => SELF.test(word));
  if (becameSelf) return `the check became a self-check: ${old.doer.join(' ')} -> ${now.doer.join(' ')} checking their own`;
  // "The head of department moderates the marks each teacher gives" -> "Each teacher moderates the
  // marks they give": the checker went from the sentence and the party checked does it.
  const nextStems = new Set(next.stems);
  const fromChecked = now.doer.find((stem) => old.after.includes(stem) && !old.doer.includes(stem));
  if (fromChecked && old.doer.every((stem) => !nextStems.has(stem))) return `"${fromChecked}", whose work was ${now.verb}ed, now ${now.verb}s it`;
  // A word only the old doer had now stands in the checked thing, and the new doer is new to the doer's place.
  const moved = old.doer.find((stem) => !now.doer.includes(stem) && now.after.includes(stem) && !old.after.includes(stem));
  const came = now.doer.find((stem) => !old.doer.includes(stem));
  return moved && came ? `"${moved}" moved from the one who ${now.verb}s to what is ${now.verb}ed` : null;
}

/** One reason per one-to-one aligned sentence whose check was handed to the party it checks. */
export function findSelfChecks(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const found = selfCheck(previous, next);
    if (found) reasons.push({ code: 'roles-swapped', message: `roles swapped: ${found} in ${quote(group.nextText)}` });
  }
  return reasons;
}

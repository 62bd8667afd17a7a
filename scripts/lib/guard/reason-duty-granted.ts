// `permission-added`: a duty said outright ("Walk the bike on any pedestrian stretch", "Wear a
// helmet on the track") replaced in its place by a grant ("Riders who are running late may ride
// slowly on a pedestrian stretch", "Riders may skip the helmet on the track"). The act demanded
// went and a permission came where it stood, often with another verb, so no modal reading pairs
// "must" with "may" and the alignment keeps the rule from reading as removed. A grant limited by
// "only" restricts, a negated one forbids, and a grant told to someone by a duty ("Tell guests
// they may ...") is the old kind of sentence: none of them is read. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isImperativeVerb, readModal } from './_rule-words.ts';
import { ruleKind } from './_rule-kind.ts';
import { normaliseWord, quote, STOP_WORDS } from './_text.ts';
import type { Statement } from './_statements.ts';

/** Words an imperative's object opens with ("Wear a helmet", "Walk the bike", "Tell them"). */
const OBJECT_OPENERS = /^(?:a|an|the|your|their|his|her|its|our|every|each|all|any|this|that|these|those|them|it|him|us|me)$/;

/**
 * A duty said outright: a modal of duty, or an imperative opening the sentence (a verb the list
 * knows, or a bare word, not a plural, participle or stop word, with its object right after).
 */
function saysDuty(words: readonly string[], text: string, grant: Statement): boolean {
  const [first = '', second = ''] = words;
  if (/^(?:please|let)$/.test(first)) return false;
  // Or a first word the grant does not use at all, its subject said anew ("Wear safety goggles" ->
  // "Staff can work without safety goggles"): a noun opening the old sentence ("Breakfast is
  // served" -> "Guests can have breakfast") stays in the grant.
  const unused = !grant.stems.includes(normaliseWord(first));
  const bare = !STOP_WORDS.has(first) && !/(?:s|ed|ing|ly)$/.test(first) && (OBJECT_OPENERS.test(second) || unused);
  return isImperativeVerb(first) || bare || (readModal(text)?.strength ?? 0) >= 3;
}

export function findDutiesGranted(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    // "Staff can work without goggles" grants doing without: its "without" forbids nothing.
    const grant = ruleKind(next) === 'grant' || (next.mainNegations.length > 0 && next.mainNegations.every((word) => word === 'without') && readModal(next.text)?.strength === 1);
    if (ruleKind(previous) !== 'duty' || !grant || !saysDuty(previous.words, previous.text, next)) return null;
    // A grant said with a grant's word: a hedge ("Try to repair ...") is qualifier-added's.
    const GRANT = /\b(?:may|can|could|allowed|permitted)\b/;
    if (next.words.includes('only') || GRANT.test(previous.words.join(' ')) || !GRANT.test(next.words.join(' '))) return null;
    const modal = readModal(next.text);
    return { code: 'permission-added', message: `permission added: the duty ${quote(group.previousText)} became a grant${modal ? ` ("${modal.words}")` : ''} in ${quote(group.nextText)}` };
  });
}

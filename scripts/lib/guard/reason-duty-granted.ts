// `permission-added`: a duty said outright ("Walk the bike on any pedestrian stretch", "Wear a
// helmet on the track") replaced in its place by a grant ("Riders who are running late may ride
// slowly on a pedestrian stretch", "Riders may skip the helmet on the track"). The act demanded
// went and a permission came where it stood, often with another verb, so no modal reading pairs
// "must" with "may" and the alignment keeps the rule from reading as removed. A grant limited by
// "only" restricts, a negated one forbids, and a grant told to someone by a duty ("Tell guests
// they may ...") is the old kind of sentence: none of them is read. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isImperativeVerb, readModal } from './_rule-words.ts';
import { ruleKind } from './_rule-kind.ts';
import { quote, STOP_WORDS } from './_text.ts';

/** Words an imperative's object opens with ("Wear a helmet", "Walk the bike", "Tell them"). */
const OBJECT_OPENERS = /^(?:a|an|the|your|their|his|her|its|our|every|each|all|any|this|that|these|those|them|it|him|us|me)$/;

/**
 * A duty said outright: a modal of duty, or an imperative opening the sentence (a verb the list
 * knows, or a bare word, not a plural, participle or stop word, with its object right after).
 */
function saysDuty(words: readonly string[], text: string): boolean {
  const [first = '', second = ''] = words;
  if (/^(?:please|let)$/.test(first)) return false;
  const bare = !STOP_WORDS.has(first) && !/(?:s|ed|ing)$/.test(first) && OBJECT_OPENERS.test(second);
  return isImperativeVerb(first) || bare || (readModal(text)?.strength ?? 0) >= 3;
}

export function findDutiesGranted(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (ruleKind(previous) !== 'duty' || ruleKind(next) !== 'grant' || !saysDuty(previous.words, previous.text)) continue;
    // A grant said with a grant's word: a hedge ("Try to repair ...") is qualifier-added's.
    const GRANT = /\b(?:may|can|could|allowed|permitted)\b/;
    if (next.words.includes('only') || GRANT.test(previous.words.join(' ')) || !GRANT.test(next.words.join(' '))) continue;
    const modal = readModal(next.text);
    reasons.push({ code: 'permission-added', message: `permission added: the duty ${quote(group.previousText)} became a grant${modal ? ` ("${modal.words}")` : ''} in ${quote(group.nextText)}` });
  }
  return reasons;
}

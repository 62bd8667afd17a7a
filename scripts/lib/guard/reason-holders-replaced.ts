// `scope-widened`: one member of a list of the people a rule names, any of whom will do, given
// to another ("The manager or supervisor may approve a refund" -> "The supervisor or a colleague
// may approve a refund", "approved by the shift lead or the store manager" -> "by the store
// manager or a cashier"). The list keeps a member and the rest of the sentence stays word for
// word, so the score stays high and no statement changed its shape; but a permission now goes to
// a role it did not go to, or a sign-off may come from someone it could not. Members only
// reordered, one dropped (stricter) or one narrowed ("manager" -> "store manager") read nothing;
// a member said in a dictionary synonym is withdrawn by reworded-withdrawn.ts. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedStretch } from './_changed-stretch.ts';
import { quote } from './_text.ts';

/** Words a list of parties stands right after: the sentence's start or a party's preposition. */
const OPENERS = new Set(['by', 'from', 'only', 'if', 'when', 'unless', 'once', 'until']);
/** Words a list of parties stands right before: a modal or a verb of consent, or the sentence's end. */
const CLOSERS = new Set([
  'may', 'can', 'could', 'must', 'shall', 'should', 'will', 'is', 'are', 'has', 'have', 'needs', 'need',
  'agrees', 'agree', 'approves', 'approve', 'signs', 'sign', 'says', 'confirms', 'confirm', 'allows', 'allow', 'authorises', 'authorizes', 'present', 'on',
]);
const JOINERS = new Set(['or', 'and/or']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'one']);
/** Words no party's name holds: a list holding one is no list of people. */
const NOT_A_PARTY = new Set(['not', 'no', 'never', 'any', 'every', 'all', 'each', 'some', 'other', 'else', 'more', 'less', 'than', 'if', 'when', 'to', 'for', 'with', 'in', 'at', 'of']);

/** The members of an "or" list ("the manager", "a supervisor"), determiners dropped; null when it is none. */
function membersOf(words: readonly string[]): string[] | null {
  if (!words.some((word) => JOINERS.has(word)) || words.some((word) => NOT_A_PARTY.has(word) || /\d/.test(word))) return null;
  const members: string[][] = [[]];
  for (const word of words) {
    if (JOINERS.has(word) || word === ',') members.push([]);
    else if (!DETERMINERS.has(word)) members[members.length - 1]!.push(word);
  }
  const named = members.filter((member) => member.length > 0);
  // A party is a short noun phrase: "the store manager", "a first-aid trained colleague".
  if (named.length < 2 || named.some((member) => member.length > 4)) return null;
  return named.map((member) => member.join(' '));
}

/** Where the list around the changed stretch [from, to) of `words` starts and ends, or null. */
function listAround(words: readonly string[], from: number, to: number): [number, number] | null {
  let start = from;
  while (start > 0 && !OPENERS.has(words[start - 1] ?? '')) start--;
  let end = to;
  while (end < words.length && !CLOSERS.has(words[end] ?? '')) end++;
  if (end === words.length && start === 0) return null;
  return [start, end];
}

/** Whether a new member only narrows an old one ("store manager" for "manager"). */
function narrows(member: string, old: readonly string[]): boolean {
  const words = member.split(' ');
  return old.some((kept) => kept.split(' ').every((word) => words.includes(word)));
}

export function findHoldersReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const a = previous.words;
    const b = next.words;
    const { head, tail } = changedStretch(a, b);
    if (head === a.length && head === b.length) return null;
    const oldList = listAround(a, head, a.length - tail);
    const newList = listAround(b, head, b.length - tail);
    if (!oldList || !newList) return null;
    // The same words round the list in both versions: only the list changed.
    if (oldList[0] !== newList[0] || a.length - oldList[1] !== b.length - newList[1]) return null;
    const oldMembers = membersOf(a.slice(oldList[0], oldList[1]));
    const newMembers = membersOf(b.slice(newList[0], newList[1]));
    if (!oldMembers || !newMembers) return null;
    const kept = newMembers.filter((member) => oldMembers.includes(member));
    const came = newMembers.filter((member) => !oldMembers.includes(member) && !narrows(member, oldMembers));
    const gone = oldMembers.filter((member) => !newMembers.includes(member));
    if (kept.length === 0 || came.length === 0) return null;
    return {
      code: 'scope-widened',
      message: `scope widened: ${gone.length > 0 ? `"${gone.join('", "')}" gave way to ` : ''}"${came.join('", "')}" among the people named in ${quote(group.nextText)}`,
    };
  });
}

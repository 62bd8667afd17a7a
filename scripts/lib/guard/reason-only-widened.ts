// `scope-widened`: the set an "only" or a restriction keeps to gains an item ("Only the head keeper
// may enter" -> "Only the head keeper and the vet may enter", "Use of the lathe is restricted to
// qualified technicians" -> "... to qualified technicians and apprentices", "reserved for members"
// -> "for members and their guests"). Every old word is kept, so no word went and the score stays
// high; an "or" item is read by reason-scope as an alternative, an "and" item is one too here:
// "only A and B may" names who may, not a pair that must act together. Read: the one change is
// words put in right after the limited set, opening with "and"/"or"/"as well as"/"plus", within a
// few words of the marker, with no relative clause or verb between them (an "and" after "who have
// been trained" adds a prerequisite, stricter). "together", "jointly", "both" in the new words make
// it a pair that must act at once: stricter, not read. Round 23b (issue 11's "Only X" -> "Only X
// and Y", seen missed). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedStretch } from './_changed-stretch.ts';
import { quote } from './_text.ts';

/** Words that limit who or what a rule reaches to the set after them. */
const MARKERS: ReadonlyArray<readonly string[]> = [
  ['only'], ['solely'], ['exclusively'], ['restricted', 'to'], ['limited', 'to'], ['reserved', 'for'], ['confined', 'to'],
  ['no', 'one', 'but'], ['nobody', 'but'], ['none', 'but'], ['no', 'one', 'except'], ['nobody', 'except'],
];
/** Words the set may hold between its marker and the new item: a noun phrase, no clause. */
const CLAUSE_WORDS = /^(?:who|whom|whose|that|which|with|having|when|if|once|after|before|until|where|while|has|have|had|is|are|was|were|be|been|may|can|must|should|shall|will|not|never)$/;
const OPENERS = /^(?:and|or|plus|as)$/;
const TOGETHER = /^(?:together|jointly|both|simultaneously|each)$/;
/** Words between the marker and the new item at most: "only the duty pharmacist on shift". */
const MAX_SET = 5;

/** Where the last marker before `end` ends (the index after it), within MAX_SET words; -1 if none. */
function markerBefore(words: readonly string[], end: number): number {
  for (let at = end - 1; at >= Math.max(0, end - MAX_SET - 3); at--) {
    for (const marker of MARKERS) {
      if (marker.every((word, k) => words[at + k] === word) && at + marker.length <= end && end - (at + marker.length) <= MAX_SET) return at + marker.length;
    }
  }
  return -1;
}

export function findOnlySetsWidened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const a = previous.words;
    const b = next.words;
    const { head, tail } = changedStretch(a, b);
    if (head + tail !== a.length) return null;
    const came = b.slice(head, b.length - tail);
    if (came.length < 2 || !OPENERS.test(came[0] ?? '') || (came[0] === 'as' && came[1] !== 'well')) return null;
    if (came.some((word) => TOGETHER.test(word) || CLAUSE_WORDS.test(word))) return null;
    const setStart = markerBefore(a, head);
    if (setStart === -1 || setStart === head) return null;
    if (a.slice(setStart, head).some((word) => CLAUSE_WORDS.test(word))) return null;
    return { code: 'scope-widened', message: `scope widened: "${came.join(' ')}" added to the set "${a.slice(setStart, head).join(' ')}" is limited to, in ${quote(group.nextText)}` };
  });
}

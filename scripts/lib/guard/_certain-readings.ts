// Readings that carry their own certainty, whatever the verdict's weights say (round 29c). The
// weighing (verdict-weights.ts) quiets a lone reading on an edit said in few of the old words,
// because there a reading may have misread other words for a change. A reading of one word the
// edit swapped, dropped, added or moved in words it kept around it misread nothing: "lowest" ->
// "highest", "before" -> "after", "all" -> "some", "never" dropped, "only" moved. Pure.
import type { Reason } from '../schema/records.ts';
import { wordHunks, type WordHunk } from './_changed-sentences.ts';
import { tokenizeWords } from './_text.ts';
import { readsAnItemAdded } from './reason-exclusive-set-widened.ts';
import { banTurnedIntoGrant } from './_ban-turned-grant.ts';

/**
 * The codes of readings of order, direction, polarity and scope: each says which way a rule now
 * points, and a one-word edit can turn it round ("before" -> "after", "not" dropped, "every" ->
 * "some", "only" moved). Other codes read what a rule covers from more words than one (an object
 * replaced, a duty said another way, a tone), where one word traded is as often a synonym.
 */
export const SINGLE_WORD_CODES: ReadonlySet<string> = new Set([
  'order-changed',
  'scope-narrowed',
  'scope-widened',
  'condition-changed',
  'negation-added',
  'negation-removed',
  'negation-moved',
]);

/** The one-word quotes of a message ("lowest", "never"; a quoted sentence is no word). */
function quotedWords(message: string): Set<string> {
  const words = new Set<string>();
  for (const match of message.matchAll(/"([^"]+)"/g)) {
    const tokens = tokenizeWords(match[1] ?? '');
    if (tokens.length === 1) words.add(tokens[0]!);
  }
  return words;
}

/**
 * Whether a hunk is one word traded for one word, or one word dropped or added alone, and the
 * reading quotes what it traded: the words it quotes are the words the edit changed.
 */
function readsTheHunk(hunk: WordHunk, quoted: ReadonlySet<string>): boolean {
  if (hunk.gone.length === 1 && hunk.came.length === 1) return quoted.has(hunk.gone[0]!) && quoted.has(hunk.came[0]!);
  if (hunk.gone.length + hunk.came.length === 1) return quoted.has([...hunk.gone, ...hunk.came][0]!);
  return false;
}

/**
 * The first flagging reason read from one word the edit changed in place, among the edit's
 * changed sentences (`changedSentences`, folded; `written`: as written), or null. Such a reading
 * flags whatever the weights say.
 */
export function certainReading(reasons: readonly Reason[], previousPart: string, nextPart: string, written?: readonly [string, string]): Reason | null {
  const candidates = reasons.filter((reason) => reason.advisory !== true && SINGLE_WORD_CODES.has(reason.code));
  if (candidates.length === 0 || previousPart === '' || nextPart === '') return null;
  // An item added to the set an exclusive rule keeps to, read at the depth of statements across its
  // forms ("Only X may" -> "... is restricted to X and Y", round 38d): the act and every old member
  // kept, a new member named. What the edit reworded around the set is what that reading read
  // through, so the weighing's doubt of a lone reading on an edit said in other words is answered.
  const setWidened = candidates.find(readsAnItemAdded);
  if (setWidened) return setWidened;
  // A ban turned into the act it forbade, stated plainly (round 41c, _ban-turned-grant.ts): the
  // forbidden thing now happens, however the rest was reworded around it.
  const granted = candidates.find((reason) => reason.code === 'negation-removed');
  if (granted && banTurnedIntoGrant(previousPart, nextPart, written)) return granted;
  const hunks = wordHunks(previousPart, nextPart);
  if (!hunks) return null;
  return candidates.find((reason) => {
    const quoted = quotedWords(reason.message);
    return hunks.some((hunk) => readsTheHunk(hunk, quoted));
  }) ?? null;
}

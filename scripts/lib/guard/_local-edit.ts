// Whether an edit is local: one stretch of words changed and the rest kept word for word, in
// order, on both sides of it ("Results are published only after the chief timekeeper has signed
// them off" -> "... the social media team has signed them off"). The builtin score falls below the
// whole-rewrite mark on such an edit of a short sentence (three words of eleven changed: 0.39),
// but a rewrite shares few words in order; here the sentence round the change is the old one, so
// the alignment a statement reading rests on is sure. Pure.
import { tokenizeWords } from './_text.ts';
import { changedStretch } from './_changed-stretch.ts';

/** Share of the old words that must stand unchanged before and after the one changed stretch. */
const MIN_KEPT = 0.6;

export function isLocalEdit(previous: string, next: string): boolean {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, tail } = changedStretch(a, b);
  const kept = head + tail;
  // Both sides of the change kept: an edit at one end of a sentence may be a new clause or rule.
  return head > 0 && tail > 0 && kept >= MIN_KEPT * a.length && kept >= MIN_KEPT * b.length;
}

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

/** Words that end a kept head with the phrase they open still to come: the stretch after one is that phrase. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'their', 'our', 'your', 'its', 'his', 'her', 'to', 'with', 'from', 'by', 'for', 'at', 'in', 'on', 'into']);
/** Words that open a clause or a rule of their own: a stretch holding one may be a new clause, not a phrase replaced. */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'if', 'when', 'unless', 'until', 'before', 'after', 'while', 'then', 'must', 'should', 'may', 'can', 'not', 'never', 'who', 'which', 'that', 'so']);

export function isLocalEdit(previous: string, next: string): boolean {
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, tail } = changedStretch(a, b);
  const kept = head + tail;
  if (kept < MIN_KEPT * a.length || kept < MIN_KEPT * b.length || head === 0) return false;
  // Both sides of the change kept: an edit at one end of a sentence may be a new clause or rule,
  // unless the kept head leaves off at a determiner or a preposition and the stretches after it
  // hold no clause word: then the phrase it opens was replaced ("If a load is rejected, phone the
  // haulier's transport office" -> "... phone the grain merchant's sales desk", round 27b).
  if (tail > 0) return true;
  const phrase = (words: readonly string[]): boolean => !words.some((word) => CLAUSE_WORDS.has(word));
  return PHRASE_OPENERS.has(a[head - 1] ?? '') && phrase(a.slice(head)) && phrase(b.slice(head));
}

// `requirement-removed`: a duty's sentence folded into the sentence before or after it, only a
// phrase of it kept ("New members must complete a day's training with an experienced cutter. They
// must also sign the cooperative's safety agreement before their first shift." -> "New members
// must complete a day's training with an experienced cutter before their first shift."). The
// alignment reads the longer sentence as the dropped rule's counterpart or as a rule in other words
// (`rule-replaced`, advisory), so the signature went unread; a faithful join ("split-join") keeps
// every word the dropped sentence asked for. Read as a rule of English: every other sentence is
// kept word for word, two neighbouring sentences became one, which opens with one of them word for
// word and goes on only with words of the other (one to six), the other states a duty, and of its
// own content words at least three are said nowhere in the new sentence, as themselves, a synonym
// or a word one link away; nor is the dropped rule said again anywhere in the new text
// (`_requirement-kept.ts`). Round 46a (v67's requirement miss; 2 regressions of v67 hold the
// shape, no benign edit of a read set: 26 faithful joins keep every word). Pure: the dictionary is
// handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { findRequirementKept, saysWord } from './_requirement-kept.ts';
import { isHardRequirement } from './_rule-words.ts';
import { isContent } from './_statements.ts';
import { quote, splitSentences, tokenizeWords } from './_text.ts';

/** Words of the dropped sentence the joined one may take in: a phrase, not a clause of its own. */
const MAX_TAKEN = 6;
/** Content words of the dropped duty said nowhere in the joined sentence before its loss is told from a join. */
const MIN_LOST = 3;

const bare = (sentence: string): string => sentence.replace(/[\s.!;:]+$/, '').trim().toLowerCase();

/** The dropped sentence and the joined one, when `joined` is `kept` going on with one to six words of `dropped` only. */
function foldedInto(kept: string, dropped: string, joined: string): boolean {
  const keptWords = tokenizeWords(kept);
  const joinedWords = tokenizeWords(joined);
  if (joinedWords.length <= keptWords.length || keptWords.some((word, i) => joinedWords[i] !== word)) return false;
  const taken = joinedWords.slice(keptWords.length);
  const droppedWords = new Set(tokenizeWords(dropped));
  return taken.length <= MAX_TAKEN && taken.every((word) => droppedWords.has(word));
}

export function findStepsMerged(previous: string, next: string, lexicon?: Lexicon | null): Reason[] {
  if (!lexicon) return [];
  const old = splitSentences(previous);
  const now = splitSentences(next);
  if (old.length < 2 || now.length !== old.length - 1) return [];
  // The first sentence the edit changed; everything before it and after the joined pair kept word for word.
  let at = 0;
  while (at < now.length && bare(old[at]!) === bare(now[at]!)) at++;
  if (at >= now.length || old.slice(at + 2).some((sentence, i) => bare(sentence) !== bare(now[at + 1 + i]!))) return [];
  const joined = now[at]!;
  const pair = [old[at]!, old[at + 1]!];
  for (const [keptAt, droppedAt] of [[0, 1], [1, 0]] as const) {
    const dropped = pair[droppedAt]!;
    if (!foldedInto(pair[keptAt]!, dropped, joined)) continue;
    const others = old.filter((_, i) => i !== at + droppedAt);
    if (!isHardRequirement(dropped) && !statesPlainDuty(dropped, others, lexicon)) continue;
    const joinedWords = tokenizeWords(joined);
    const lost = [...new Set(tokenizeWords(dropped).filter((word) => isContent(word) && !/^\d/.test(word)))].filter((word) => !joinedWords.some((now) => saysWord(lexicon, word, now)));
    if (lost.length < MIN_LOST || findRequirementKept(dropped, next, lexicon)) continue;
    return [{ code: 'requirement-removed', message: `requirement removed: ${quote(dropped)} was folded into ${quote(joined)}, which keeps none of "${lost.join(', ')}"` }];
  }
  return [];
}

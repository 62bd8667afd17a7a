// `requirement-removed`: a sentence stating a hard rule has no counterpart in the new text. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { isHardRequirement } from './_rule-words.ts';
import { quote } from './_text.ts';

/** One reason per old hard-rule sentence (must/never/always/shall/do not/required) left unmatched. */
export function findRequirementsRemoved(previous: string, next: string): Reason[] {
  return alignSentences(previous, next)
    .unmatched.filter(isHardRequirement)
    .map((sentence) => ({ code: 'requirement-removed', message: `requirement removed: ${quote(sentence)}` }));
}

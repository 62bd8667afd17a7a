// `semantic-drift` for one duty of a sentence, or what a duty is for, replaced by an unrelated
// action while the rest stays: "When a parameter nears its limit, inform the supervisor and
// prepare to enter the action statement" -> "... and note whether the limit could be raised". The
// words are matched in order (reason-object's stretches): one long stretch changed, at least
// MIN_WORDS content words went and as many came, none sharing a stem or a root with those that
// went, and the sentence kept FRAME_KEPT content words of its own (its condition, its other
// duties) around it. Any other changed stretch is a one-word swap at most ("reassure" -> "tell").
// A rewording in other words changes short stretches, or keeps a word of the long one; a whole
// sentence rewritten keeps no frame. A stretch carrying a modal or a negation is other detectors'. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { normaliseWord, quote, sameRoot } from './_text.ts';
import { changedStretches } from './reason-object.ts';
import { unitKey } from './_quantity-units.ts';

/** Content words the replaced stretch must lose, and the new one bring: a duty, not a word swapped. */
const MIN_WORDS = 3;
/** Content words kept around the stretch: the sentence's frame. */
const FRAME_KEPT = 4;
const RULE_WORDS = /^(?:must|shall|should|may|might|can|could|need|needs|not|never|no|only|unless|without)$/;

/**
 * Content words that are no amount: a number and the units after it ("10 km h", "2.8 m s") are
 * the number readings' (reason-number.ts reads "10 km/h" = "about 2.8 m/s"), not a duty's words.
 */
function contentBesideAmounts(words: readonly string[]): string[] {
  return words.filter((word, i) => isContent(word) && !/^\d/.test(word) && !(unitKey(word) && words.slice(Math.max(0, i - 2), i).some((before) => /^\d/.test(before))));
}

function replacedDuty(previous: Statement, next: Statement): { removed: string[]; added: string[] } | null {
  const stretches = changedStretches(previous.words, next.words);
  const content = contentBesideAmounts;
  const long = stretches.filter((stretch) => content(stretch.removed).length >= MIN_WORDS && content(stretch.added).length >= MIN_WORDS);
  if (long.length !== 1) return null;
  const [main] = long;
  if (!main) return null;
  if (stretches.some((stretch) => stretch !== main && (content(stretch.removed).length > 1 || content(stretch.added).length > 1))) return null;
  if ([...main.removed, ...main.added].some((word) => RULE_WORDS.test(word))) return null;
  const removed = content(main.removed).map(normaliseWord);
  const added = content(main.added).map(normaliseWord);
  if (removed.some((stem) => added.some((other) => sameRoot(stem, other)))) return null;
  // What went is gone from the new sentence, and what came is new to it: no words moved.
  const newStems = stemSet(next.text);
  const oldStems = stemSet(previous.text);
  if (removed.some((stem) => newStems.has(stem)) || added.filter((stem) => oldStems.has(stem)).length > 1) return null;
  const frame = content(previous.words).length - content(main.removed).length;
  return frame >= FRAME_KEPT ? { removed: main.removed, added: main.added } : null;
}

export function findDutiesReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const replaced = replacedDuty(previous, next);
    return replaced ? { code: 'semantic-drift', message: `duty replaced: "${replaced.removed.join(' ')}" gave way to "${replaced.added.join(' ')}" in ${quote(group.nextText)}` } : null;
  });
}

// `scope-narrowed` for a word put between an indefinite or universal determiner and its kept noun in a
// duty or a ban, every other word kept (issue 11, round 47a: v69's "All clay beds must be watered before a
// match" -> "before a cup match", v49's "cannot join a class" -> "cannot join a step class"): "a match" was
// any match, "a cup match" is one kind of match, so the rule holds in fewer cases or forbids fewer things.
// The other readings of an inserted word read it past a universal's noun (reason-qualified-case.ts), right
// after a universal subject (reason-narrowed-object.ts, reason-universal-qualified.ts) or in a condition;
// after "before a" or an object's "a" none did. "the" names one thing already, said more fully ("the safe"
// -> "the key safe"); words that stress a whole class ("every single basket") pick no part of it; a
// permission narrowed so is stricter, as is a duty that gives something away (widerIsStricter). Pure.
import type { Reason } from '../schema/records.ts';
import { wordsInserted } from './_condition-tail.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { quote } from './_text.ts';

/** Determiners that take any thing of the noun's kind: a word after them picks part of the kind. */
const ANY_OF_KIND = /^(?:a|an|any|every|each|all|no)$/;
/** Words that stress or restate the whole kind rather than pick part of it. */
const STRESS = /^(?:single|whole|entire|full|possible|such|other|same|given|particular|individual|relevant|respective|actual|real|proper|separate|further|additional|extra|more|certain)$/;

/** The word put between a determiner of any thing of a kind and its kept noun, every other word kept, or null. */
export function kindQualified(previous: readonly string[], next: readonly string[]): { determiner: string; word: string; noun: string } | null {
  const found = wordsInserted(previous, next);
  if (!found || found.words.length !== 1 || found.at === 0) return null;
  const [word = ''] = found.words;
  const determiner = previous[found.at - 1] ?? '';
  // A word put at the end ("... bring a" -> "... bring a ball") completes the sentence: no kept noun.
  const noun = previous[found.at];
  if (noun === undefined || !ANY_OF_KIND.test(determiner) || !/^[a-z]{3,}$/.test(word) || /ly$/.test(word) || STRESS.test(word) || !isContent(word) || !isContent(noun)) return null;
  return { determiner, word, noun };
}

export function findKindsQualified(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (!widerIsStricter(previous.text) || !widerIsStricter(next.text)) continue;
    const qualified = kindQualified(previous.words, next.words);
    if (qualified) {
      const { determiner, word, noun } = qualified;
      reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${determiner} ${noun}" now only "${determiner} ${word} ${noun}" in ${quote(group.nextText)}` });
    }
  }
  return reasons;
}

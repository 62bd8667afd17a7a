// `modal-weakened` for a thing said to be required turned, in place, into one advised or on offer:
// "Non-marking court shoes are compulsory on all courts" -> "... are advised on all courts", "A patch
// test is compulsory for every new client" -> "... is available for every new client", "Photo ID is
// mandatory" -> "optional", "A signed service agreement is required before the first visit" ->
// "preferred". The requirement stands as a predicate ("is compulsory"), not as a modal of a verb
// ("are required to record", the modal readings'), and "compulsory", "obligatory" and "essential"
// are no modal cue of `_rule-words.ts` at all, so "compulsory" -> "advised" read as no change of
// strength (round 41a: v57's two obligation misses; the read sets hold the shape in 11 obligation
// regressions of five sets and no benign edit: a requirement said another way rewrites the sentence,
// "Grip socks are required on the reformers" -> "No one gets on a reformer without grip socks on").
// Only the one word (or phrase) changed, every other word of the sentence kept in place. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';
import { changedWords } from './_changed-stretch.ts';

/** The words that state a requirement as the predicate of the thing required. */
const REQUIRED = /^(?:compulsory|mandatory|obligatory|required|essential|a must|a requirement)$/;
/** The verb the predicate stands after. */
const LINKING = /^(?:is|are|be|remains|remain|stays|stay)$/;
/** What a requirement is softened into: advice, a preference, an offer, a choice. */
const SOFTENED = /^(?:advised|recommended|preferred|optional|voluntary|available|offered|on offer|provided|encouraged|suggested|welcome|appreciated|helpful|useful|desirable|advisable|good practice|best practice|nice to have|a good idea|possible|an option)$/;

export function findRequirementsSoftened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ previous, next }) => {
    // The stretch each side puts between the words both keep at the start and at the end.
    const { head: at, gone: goneWords, came: cameWords } = changedWords(previous.words, next.words);
    const gone = goneWords.join(' ');
    const came = cameWords.join(' ');
    if (at === 0 || !LINKING.test(previous.words[at - 1] ?? '') || !REQUIRED.test(gone) || !SOFTENED.test(came)) return null;
    // "is required to record" is the modal readings' (a verb after it); "is essential that ..." too.
    if (/^(?:to|that)$/.test(previous.words[at + 1] ?? '')) return null;
    // A requirement negated ("is not compulsory") is no requirement.
    if (previous.words.slice(Math.max(0, at - 3), at).some((word) => /^(?:not|never|no)$/.test(word))) return null;
    return { code: 'modal-weakened', message: `requirement softened: "${gone}" -> "${came}" in ${quote(next.text)}` };
  });
}

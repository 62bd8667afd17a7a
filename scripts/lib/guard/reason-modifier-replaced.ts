// `object-replaced`: the word that picks out which kind of thing a duty or a prohibition acts on
// swapped for another, the thing itself kept ("weigh it on the certified scale" -> "on the kitchen
// scale", "bag it in the paper sacks" -> "the plastic sacks", "store them in the locked freezer"
// -> "the spare freezer"). The rule now names another thing with the same noun, so the score stays
// high and reason-object, which wants two content words gone, does not read it. Read: one word went
// and one came between a determiner (or a kept modifier) and a kept noun, in a sentence otherwise
// word for word; not a grant (another kind of thing granted may be fewer). Not a rung of an ordered
// scale ("critical alert" -> "high alert", "the amber mark" -> "the green mark": reason-level reads
// those, and which way is looser), nor two words the dictionary gives a sense in common ("injured
// bird" -> "hurt bird"). Two words of no shared sense that name one kind ("industrial dishwasher"
// / "commercial dishwasher") still read as another kind: an edge. Round 23b (v24's scale and
// sacks). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedStretch } from './_changed-stretch.ts';
import { isContent } from './_statements.ts';
import { NOUN_DETERMINERS, normaliseWord, quote, sameRoot } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';
import { isOneSlipApart } from './_typos.ts';
import { NUMBER_WORD_PATTERN } from './_numbers.ts';
import { SCALES } from './_graded-slots.ts';
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';

/** Content words that must stay in the sentence besides the noun: the frame of the rule. */
const FRAME_KEPT = 3;
/**
 * Modifiers that name no kind of their own, only that the thing is the one meant ("the correct
 * form" = "the right form" = "the relevant form"), and words other readings read: quantity,
 * order, part, size of a count, time.
 */
const NAMES_NO_KIND = new RegExp(
  '^(?:correct|right|proper|appropriate|relevant|suitable|usual|normal|standard|regular|designated|dedicated|specific|particular|' +
    'same|current|latest|respective|applicable|necessary|required|given|named|own|official|main|new|old|existing|existent|' +
    'first|last|second|third|final|next|previous|other|another|only|sole|single|whole|entire|full|complete|all|every|each|any|some|' +
    'most|more|less|fewer|least|many|few|several|both|either|neither|no|such|certain|various|additional|extra|further|' +
    'nearest|closest|nearby|local|usual|relevant|matching|corresponding|following|above|below|' +
    `${NUMBER_WORD_PATTERN}|\\d.*)$`,
);

/** Rungs of the ordered scales: a level swapped is reason-level's to read. */
const RUNGS: ReadonlySet<string> = new Set(SCALES.flat(2));

/** Whether the dictionary gives the two words a sense in common, or senses one link apart. */
function shareASense(a: string, b: string, lexicon: Lexicon | null | undefined): boolean {
  if (!lexicon) return false;
  const parts: readonly PartOfSpeech[] = ['a', 'n', 'v'];
  const senses = (word: string) => parts.flatMap((pos) => lexicon.senses(word, pos));
  const ofA = senses(a);
  const ofB = senses(b);
  const idsB = new Set(ofB.map((sense) => sense.id));
  return ofA.some((sense) => idsB.has(sense.id) || (sense.related ?? []).some((id) => idsB.has(id))) || ofB.some((sense) => (sense.related ?? []).some((id) => ofA.some((other) => other.id === id)));
}

/** Whether a word opens a noun phrase before the modifier: a determiner, or a possessive ("the lab's"). */
function opensNounPhrase(word: string | undefined): boolean {
  return word !== undefined && (NOUN_DETERMINERS.has(word) || /'s$/.test(word));
}

export function findModifiersReplaced(input: StatementDiffInput, lexicon?: Lexicon | null): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) === 'grant' || ruleKind(next) === 'grant') return null;
    const a = previous.words;
    const b = next.words;
    if (a.length !== b.length) return null;
    const { head, tail } = changedStretch(a, b);
    if (head + tail !== a.length - 1) return null;
    const gone = a[head] ?? '';
    const came = b[head] ?? '';
    const noun = a[head + 1];
    // A modifier: after a determiner or a possessive, before a kept content word.
    // The statement's words drop a possessive's "'s" ("the club's safeguarding course"): the text as written keeps it (round 36a).
    const possessive = a[head - 1] !== undefined && /^[a-z]+$/.test(a[head - 1] ?? '') && /^[a-z-]+$/.test(gone) && new RegExp(`\\b${a[head - 1]}['’]s\\s+${gone}\\b`, 'i').test(previous.text);
    if (noun === undefined || !isContent(noun) || !(opensNounPhrase(a[head - 1]) || possessive)) return null;
    if (!isContent(gone) || !isContent(came) || NAMES_NO_KIND.test(gone) || NAMES_NO_KIND.test(came)) return null;
    if (!/^[a-z][a-z-]*$/.test(gone) || !/^[a-z][a-z-]*$/.test(came)) return null;
    // The same word spelled, inflected or slipped another way, or a synonym the groups know.
    if (sameRoot(gone, came) || normaliseWord(gone) === normaliseWord(came) || isOneSlipApart(gone, came)) return null;
    if (RUNGS.has(gone) || RUNGS.has(came) || shareASense(gone, came, lexicon)) return null;
    const kept = a.filter((word, at) => at !== head && at !== head + 1 && isContent(word)).length;
    if (kept < FRAME_KEPT) return null;
    return { code: 'object-replaced', message: `object replaced: "${gone} ${noun}" became "${came} ${noun}", another kind of ${noun}, in ${quote(group.nextText)}` };
  });
}

// `semantic-drift`: a duty stated plainly, with no modal, replaced by another statement about the
// same subject ("Samples that arrive warm are logged as compromised and the client is asked to
// resample" -> "Samples that arrive warm are put in the fridge overnight and tested as normal the
// next day"; "The cold plunge pool is cleaned and its water tested every morning" -> "... is topped
// up with fresh water whenever it looks low"). The sentence alignment finds the two too different to
// pair, so the old one is unmatched and the new one added; a hard rule ("must", "never") unmatched
// is requirement-removed, but a plain statement of duty was read as removed only when nothing but
// grants came in its place (reason-requirement.ts): another plain statement in its place passed,
// the old duty's acts (log, ask to resample) gone and others (put in the fridge, test as normal)
// demanded of the same thing. Read as a rule of English, not a list: the new sentence opens with the
// old one's subject (the first content word after its determiners) and shares two content words
// with it at least, so it stands in the old rule's place, yet leaves out three words of the old
// rule at least (figures and letters aside: "7 a.m." said as "07:00" is a time said again); and,
// with the dictionary, the old rule is
// not said again anywhere in the new text (`_requirement-kept.ts`: every word of what it demands
// found as itself, a synonym or a word one link away). A rewording keeps the demand's words or their
// synonyms; a drift keeps only the subject. Round 24b (v25's five drifts, four of them this shape).
// When the two sentences are close enough to be paired ("Items left at the reuse shop are checked
// by staff before they are put on sale" -> "Items left at the reuse shop may be taken for free by
// anyone who is on site", "Fish delivered above 5 degrees are rejected at the door" -> "... are sold
// off cheaply"), the same is read on the pair: the sentence keeps its opening word for word (two
// content words at least: the subject and what picks it out), and not one content word of what the
// old duty demanded after it (its acts, what they act on, who does them; its if/when case aside)
// is said anywhere in the new sentence, as itself, a synonym or a word one link away, while the new
// one demands things of its own. A rewording keeps one word of the demand at least, or its synonym.
// Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { ruleKind } from './_rule-kind.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { findRequirementKept, saysWord } from './_requirement-kept.ts';
import { isHardRequirement } from './_rule-words.ts';
import { contentStems, normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Content words the stand-in must share with the old duty, its subject included: the same rule's place. */
const SHARED = 2;

/** Words before a subject's head that say nothing of which thing it is. */
const LEADING = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'any', 'our', 'your', 'their']);

/** The head of the subject a sentence opens with: its first content word after any determiners. */
function subjectHead(sentence: string): string {
  const words = tokenizeWords(sentence);
  const first = words.findIndex((word) => !LEADING.has(word));
  const head = first < 0 ? undefined : words[first];
  return head === undefined || STOP_WORDS.has(head) ? '' : normaliseWord(head);
}

/** Content words of what the old duty demands that must all be gone, and that the new one must bring. */
const MIN_DEMAND = 3;
/** Content words of the opening kept word for word: a subject and what picks it out. */
const MIN_OPENING = 2;
/** Words naming anyone or how often: a rewording says them in its own way. */
const LOOSE = new Set(['staff', 'anyone', 'everyone', 'person', 'people', 'whoever', 'every', 'each', 'always', 'all']);

const demandWord = (word: string): boolean => isContent(word) && !/^\d/.test(word) && !LOOSE.has(word);

/** The old duty's demand and the new sentence's own words, when the pair keeps its opening and nothing of the demand. */
function demandReplaced(previous: Statement, next: Statement, lexicon: Lexicon): { went: string[]; came: string[] } | null {
  if (ruleKind(previous) !== 'duty' || ruleKind(next) === 'prohibition') return null;
  const a = previous.words;
  const b = next.words;
  let kept = 0;
  while (kept < a.length && kept < b.length && normaliseWord(a[kept]!) === normaliseWord(b[kept]!)) kept++;
  if (a.slice(0, kept).filter(demandWord).length < MIN_OPENING) return null;
  const inCase = new Set(previous.conditions.flatMap((condition) => condition.words.map((_, i) => condition.start + i)));
  const went = a.filter((word, i) => i >= kept && !inCase.has(i) && demandWord(word));
  const theirs = b.filter(demandWord);
  if (went.length < MIN_DEMAND || went.some((word) => theirs.some((now) => saysWord(lexicon, word, now)))) return null;
  const ours = a.filter(demandWord);
  const came = b.slice(kept).filter((word) => demandWord(word) && !ours.some((old) => saysWord(lexicon, old, word)));
  return came.length >= MIN_DEMAND ? { went, came } : null;
}

export function findPlainDutiesReplaced(input: StatementDiffInput, lexicon?: Lexicon | null): Reason[] {
  if (!lexicon) return [];
  const kept = input.groups.flatMap((group) => group.previous.map((statement) => statement.text));
  const reasons: Reason[] = [];
  const taken = new Set<string>();
  for (const old of input.removed) {
    if (isHardRequirement(old.text) || !statesPlainDuty(old.text, kept, lexicon)) continue;
    const head = subjectHead(old.text);
    if (!head) continue;
    const oldStems = new Set(contentStems(old.text));
    // What the old duty demanded that the stand-in lacks: words, not figures ("7 a.m." -> "07:00" is a time said again).
    const lacks = (added: Statement): number => { const theirs = new Set(contentStems(added.text)); return [...oldStems].filter((stem) => !theirs.has(stem) && /^[a-z]{3,}/.test(stem)).length; };
    const standIn = input.added.find((added) => !taken.has(added.text) && subjectHead(added.text) === head && new Set(contentStems(added.text).filter((stem) => oldStems.has(stem))).size >= SHARED && lacks(added) >= MIN_DEMAND);
    if (!standIn || findRequirementKept(old.text, input.nextText, lexicon)) continue;
    taken.add(standIn.text);
    reasons.push({ code: 'semantic-drift', message: `duty replaced on the same subject: ${quote(old.text)} gave way to ${quote(standIn.text)}` });
  }
  return [...reasons, ...readOneToOne(input, ({ group, previous, next }) => {
    const replaced = demandReplaced(previous, next, lexicon);
    return replaced ? { code: 'semantic-drift', message: `duty replaced on the same subject: "${replaced.went.join(' ')}" gave way to "${replaced.came.join(' ')}" in ${quote(group.nextText)}` } : null;
  })];
}

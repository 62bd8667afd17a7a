// What an edit changed, as numbers the verdict's weighing reads beside the codes (round 31a): which
// kinds of words the changed sentences gained or lost (negators, modals, quantifiers, order and
// comparison words, condition words, numbers and units, people and parties, verbs of telling), how
// many content words changed, whether the words taken out come back elsewhere (a sentence reordered,
// split or joined), how many of the replaced words the dictionary links to a word that replaced
// them, and how long the change is. Read from the changed sentences alone (_changed-sentences.ts),
// as the weighing's similarity is, so an edit weighs the same alone and buried in a long clause.
// The word kinds are closed classes of English grammar, not words of any one edit. Pure: the
// dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { changedSentences, wordHunks } from './_changed-sentences.ts';
import { NUMBER_WORDS, PERIOD_SECONDS } from './_numbers.ts';
import { isParty } from './_parties.ts';
import { NEGATORS } from './_rule-words.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { stemWord } from './_stem.ts';
import { RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const MODALS = words(`must shall should may might can could ought need needs required require requires mandatory obligated obliged
  allowed permitted permit permits optional optionally encouraged recommended expected will would able unable`);
const QUANTIFIERS = words(`all every each any some most many much few several both either none only always sometimes usually often
  rarely seldom whole entire every anyone everyone someone anything everything something`);
const ORDER_WORDS = words(`before after first last earlier later prior until till more less fewer greater higher lower least most than
  above below over under exceed exceeds exceeding maximum minimum max min within beyond earliest latest highest lowest next previous
  sooner faster slower longer shorter`);
const CONDITION_WORDS = words(`if unless when whenever where wherever provided providing except excluding otherwise case once whether
  only including`);
const UNIT_WORDS = new Set([
  ...Object.keys(PERIOD_SECONDS).flatMap((unit) => [unit, `${unit}s`]),
  ...words(`second seconds percent per cent dollars pounds euros kg kilograms grams litres liters metres meters miles km hours days
    weeks months years degrees times twice once`),
]);
const TELLING_VERBS = words(`tell tells told inform informs informed notify notifies notified explain explains explained say says said
  mention mentions mentioned advise advises advised warn warns warned remind reminds reminded report reports reported disclose
  discloses disclosed confirm confirms confirmed ask asks asked let lets`);

const isNumber = (word: string): boolean => /^\d/.test(word) || word in NUMBER_WORDS;

/** The kinds of words read, each a test of one lower-case word. */
export const WORD_KINDS = {
  negator: (word: string) => NEGATORS.has(word),
  modal: (word: string) => MODALS.has(word),
  quantifier: (word: string) => QUANTIFIERS.has(word),
  'order word': (word: string) => ORDER_WORDS.has(word),
  'condition word': (word: string) => CONDITION_WORDS.has(word),
  'number or unit': (word: string) => isNumber(word) || UNIT_WORDS.has(word),
  party: (word: string) => isParty(word),
  'telling verb': (word: string) => TELLING_VERBS.has(word),
} as const;
export type WordKind = keyof typeof WORD_KINDS;
const KINDS = Object.keys(WORD_KINDS) as WordKind[];

/** The features, each with what it means for a reader; each is 0 or 1, or a share or scale between. */
export const EDIT_FEATURES = {
  ...Object.fromEntries(KINDS.flatMap((kind) => [[`${kind} gone`, `the changed sentences lost a ${kind}`], [`${kind} came`, `the changed sentences gained a ${kind}`]])),
  'content words changed': 'how many content words the changed sentences traded (log2(1 + n) / 4, at most 1)',
  'words come back': 'the share of content words taken out that stand elsewhere in the new version (reordered, split, joined)',
  'replaced words linked': 'the share of replaced content words the dictionary links to a word that replaced them',
  'only added': 'the edit only added words to the changed sentences',
  'only removed': 'the edit only took words out of the changed sentences',
  'several stretches': 'the changed sentences differ in two stretches of words or more',
  'share changed': 'the share of the longer version of the changed sentences that changed',
  'sentence length': 'the words of the changed sentences (log2(1 + n) / 6, at most 1)',
  'sentences split or joined': 'the changed sentences number differently in the two versions',
} as Readonly<Record<string, string>>;
export type EditFeatures = Record<string, number>;

/** A word that carries content: neither a stop word nor a rule word (negator, modal, quantifier ...), with a letter. */
export const isContent = (word: string): boolean => !STOP_WORDS.has(word) && !RULE_WORDS.has(word) && /[a-z]/.test(word);

function counts(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of list) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

/** Above this many words a side, replaced words are not looked up: a rewrite, not a replacement of words. */
const LOOKED_UP_PER_STRETCH = 8;

/**
 * The features of an edit of a clause, read from its changed sentences. `lexicon` null: the
 * dictionary's share is 0 (the weighing is fitted with the dictionary, as the hook runs).
 */
export function editFeatures(previous: string, next: string, lexicon: Lexicon | null | undefined): EditFeatures {
  return changedSentencesFeatures(...changedSentences(previous, next), lexicon);
}

/** editFeatures of changed sentences already cut out (_changed-sentences.ts `changedSentences`). */
export function changedSentencesFeatures(before: string, after: string, lexicon: Lexicon | null | undefined): EditFeatures {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  const out: EditFeatures = {};
  const countA = counts(a);
  const countB = counts(b);
  const either = new Set([...countA.keys(), ...countB.keys()]);
  for (const kind of KINDS) {
    const test = WORD_KINDS[kind];
    let gone = 0;
    let came = 0;
    for (const word of either) {
      if (!test(word)) continue;
      const difference = (countB.get(word) ?? 0) - (countA.get(word) ?? 0);
      if (difference < 0) gone = 1;
      if (difference > 0) came = 1;
    }
    out[`${kind} gone`] = gone;
    out[`${kind} came`] = came;
  }
  let traded = 0;
  for (const word of either) if (isContent(word)) traded += Math.abs((countB.get(word) ?? 0) - (countA.get(word) ?? 0));
  out['content words changed'] = Math.min(1, Math.log2(1 + traded) / 4);
  const hunks = wordHunks(before, after) ?? [{ gone: a, came: b }];
  const stemsAfter = new Set(b.filter(isContent).map(stemWord));
  const goneContent = hunks.flatMap((hunk) => hunk.gone.filter(isContent));
  out['words come back'] = goneContent.length === 0 ? 0 : goneContent.filter((word) => stemsAfter.has(stemWord(word))).length / goneContent.length;
  out['replaced words linked'] = lexicon ? linkedShare(hunks, lexicon) : 0;
  const changedWords = hunks.reduce((sum, hunk) => sum + Math.max(hunk.gone.length, hunk.came.length), 0);
  out['only added'] = hunks.length > 0 && hunks.every((hunk) => hunk.gone.length === 0) ? 1 : 0;
  out['only removed'] = hunks.length > 0 && hunks.every((hunk) => hunk.came.length === 0) ? 1 : 0;
  out['several stretches'] = hunks.length >= 2 ? 1 : 0;
  const longer = Math.max(a.length, b.length);
  out['share changed'] = longer === 0 ? 0 : Math.min(1, changedWords / longer);
  out['sentence length'] = Math.min(1, Math.log2(1 + longer) / 6);
  out['sentences split or joined'] = before === '' || after === '' || sentenceCount(before) !== sentenceCount(after) ? 1 : 0;
  return out;
}

const sentenceCount = (text: string): number => text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim() !== '').length;

/** The share of content words replaced in place that the dictionary links to a content word that replaced them. */
function linkedShare(hunks: ReadonlyArray<{ gone: readonly string[]; came: readonly string[] }>, lexicon: Lexicon): number {
  let replaced = 0;
  let linked = 0;
  for (const hunk of hunks) {
    const gone = hunk.gone.filter(isContent);
    const came = hunk.came.filter(isContent);
    if (gone.length === 0 || came.length === 0 || gone.length > LOOKED_UP_PER_STRETCH || came.length > LOOKED_UP_PER_STRETCH) continue;
    const cameNear = came.map((word) => senseNeighbourhood(lexicon, word, 3));
    for (const word of gone) {
      replaced++;
      const near = senseNeighbourhood(lexicon, word, 3);
      if (came.some((other, i) => stemWord(other) === stemWord(word) || neighbourhoodsMeet(near, cameNear[i]!))) linked++;
    }
  }
  return replaced === 0 ? 0 : linked / replaced;
}

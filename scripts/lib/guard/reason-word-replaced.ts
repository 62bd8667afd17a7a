// `semantic-drift` for one word of a rule replaced by a word that names another act or thing, the
// rest of the sentence kept word for word ("Calibrate the weighbridge every 6 months" -> "Clean the
// weighbridge ..."; "In summer, water the greens before 6am" -> "mow the greens"; "Keep the furnace
// calibration log up to date" -> "cleaning log"). The stretch reading (reason-demand-replaced.ts)
// wants two words of its own on each side, and the readings of acts and objects each know a kind of
// word (securing, checking, outcomes); a lone act or thing swapped passed. Read from the dictionary,
// not a list: both words are known to it, share no sense and no sense one link away in any of their
// senses (a rewording says the thing with a synonym, a broader or narrower word or a derived one:
// "fix"/"repair", "shed"/"outbuilding"), neither is a kind of the other within a few steps up, no
// common sense of each is a kind of one same thing ("disinfect"/"sanitise" both clean), and the
// sentence keeps three words or figures round them. Left to their own readings, where English
// rewords freely with words WordNet does not link: people and groups ("staff"/"crew",
// "recipient"/"customer": the party readings), verbs of telling and thinking ("tell"/"remind",
// "alert"/"notify", "review"/"approve": the verb classes), adjectives, adverbs and qualities (levels,
// colours, orders, degrees: "red" -> "amber"), amounts and times. Asked only when no other reading
// blocks, beside the dictionary's opposites, and not in a grant ("may use the hotel pool" ->
// "the rooftop pool" is a grant moved, which the grant readings weigh) (round 27b). Pure: the
// dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon, PartOfSpeech, Sense } from './_lexicon.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { changedSentencePairs, changedStretch, oneWordSwap } from './_changed-stretch.ts';
import { bindingFrame } from './_binding-frame.ts';
import { NUMBER_WORDS, PERIOD_SECONDS, RATE_ADVERB_PERIODS } from './_numbers.ts';
import { normaliseWord, quote, RULE_WORDS, sameRoot, STOP_WORDS, tokenizeWords } from './_text.ts';
import { isUnnegatedGrant } from './_unnegated-grant.ts';
import { kindsApart, knownForm, partAt } from './_kinds-apart.ts';

/** Content words and figures kept round the swap: the rule's frame. */
const KEPT_AROUND = 3;

/**
 * Kinds of sense (WordNet's lexicographer files) whose words are reworded freely with words the
 * dictionary does not link, or are read by readings of their own: a swap whose words are of one
 * of these kinds in their commonest sense is not read here.
 */
const LEFT_TO_OTHERS = /^(?:noun\.(?:person|group|quantity|time|relation|attribute|Tops)|verb\.(?:communication|cognition|stative)|adj\.|adv\.)/;
/**
 * Of those, the kinds read after all when the two words' common senses are of kinds apart
 * (_kinds-apart.ts: "Format" -> "Label", "forecast" -> "age"); people, groups, amounts, times and
 * qualities said by adjectives and adverbs stay with their own readings (round 31b).
 */
const READ_WHEN_APART = /^(?:noun\.(?:relation|attribute)|verb\.(?:communication|cognition|stative))$/;

const NOUNS_AND_VERBS: readonly PartOfSpeech[] = ['n', 'v'];
const ALL_PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];

function amountWord(word: string): boolean {
  return /\d/.test(word) || word in NUMBER_WORDS || word in PERIOD_SECONDS || word.replace(/s$/, '') in PERIOD_SECONDS || word in RATE_ADVERB_PERIODS;
}

function ownWord(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word) && !amountWord(word);
}

function linkedInAnySense(lexicon: Lexicon, a: string, b: string): boolean {
  return neighbourhoodsMeet(senseNeighbourhood(lexicon, a), senseNeighbourhood(lexicon, b));
}

/** Senses of a word read for a shared parent: its commonest, those a rule's plain words mean. */
const SENSES_READ = 3;

/**
 * Whether a common sense of each word is a kind of one same thing ("disinfect" and "sanitise" are
 * both ways to clean): two words of one parent reword each other as often as a word and its parent.
 */
export function sameParent(lexicon: Lexicon, a: string, b: string): boolean {
  if (!lexicon.broader) return false;
  for (const pos of NOUNS_AND_VERBS) {
    const parents = new Set(lexicon.senses(a, pos).slice(0, SENSES_READ).flatMap((sense) => lexicon.broader?.(sense.id) ?? []));
    if (lexicon.senses(b, pos).slice(0, SENSES_READ).some((sense) => (lexicon.broader?.(sense.id) ?? []).some((id) => parents.has(id)))) return true;
  }
  return false;
}

/** Hypernym steps followed up from a word's common senses: "mop" is a way to "wipe up", to "wipe", to "clean". */
const STEPS_UP = 3;

/** Whether a common sense of one word is a kind of a common sense of the other, a few steps up. */
export function kindOf(lexicon: Lexicon, a: string, b: string): boolean {
  if (!lexicon.broader) return false;
  for (const pos of NOUNS_AND_VERBS) {
    const target = new Set(lexicon.senses(b, pos).slice(0, SENSES_READ).map((sense) => sense.id));
    let level = lexicon.senses(a, pos).slice(0, SENSES_READ).map((sense) => sense.id);
    for (let step = 0; step < STEPS_UP && level.length > 0; step++) {
      level = level.flatMap((id) => lexicon.broader?.(id) ?? []);
      if (level.some((id) => target.has(id))) return true;
    }
  }
  return false;
}

/**
 * Whether two words name acts or things of kinds read here: they are nouns or verbs both, and in
 * every such part of speech they share, the commonest sense of each is of a kind not left to others,
 * or of a kind read when apart and the two words are of kinds apart (_kinds-apart.ts): where they
 * are used (`used`, read from the word's place), else in every part of speech they share ("Wipe" ->
 * "Polish" are both verbs of contact, though apart as nouns).
 */
function readableKinds(lexicon: Lexicon, a: string, b: string, parts: readonly PartOfSpeech[] = NOUNS_AND_VERBS, used: PartOfSpeech | null = null, actInPlace = false): boolean {
  let apart: boolean | undefined;
  const kindsAreApart = (): boolean => {
    if (apart === undefined) {
      const both = parts.filter((pos) => lexicon.senses(a, pos).length > 0 && lexicon.senses(b, pos).length > 0);
      apart = used && both.includes(used) ? kindsApart(lexicon, a, b, used) : both.length > 0 && both.every((pos) => kindsApart(lexicon, a, b, pos));
    }
    return apart;
  };
  const readable = (read: readonly PartOfSpeech[]): boolean => {
    let shared = 0;
    for (const pos of read) {
      const first: Sense | undefined = lexicon.senses(a, pos)[0];
      const second: Sense | undefined = lexicon.senses(b, pos)[0];
      if (!first || !second) continue;
      shared++;
      const left = [first.category, second.category].filter((kind) => LEFT_TO_OTHERS.test(kind));
      if (left.length > 0 && !(left.every((kind) => READ_WHEN_APART.test(kind)) && kindsAreApart())) return false;
    }
    return shared > 0;
  };
  // A word WordNet does not know (a name, a typo) or of another part of speech is no reading of its.
  const unknown = (word: string): boolean => ALL_PARTS.every((pos) => lexicon.senses(word, pos).length === 0);
  if (unknown(a) || unknown(b)) return false;
  if (readable(parts)) return true;
  // The act of an instruction or a duty, its object kept ("Sweep the ring" -> "Salt the ring"), whose noun is
  // a quality or a time ("a sweep" is an attribute), is read as the verb it is there, if the two verbs' two
  // commonest senses share no kind either (motion against perception and contact); verbs of one kind
  // ("Wipe" / "Polish" are verbs of contact, "Park" / "Leave" of motion) stay unread, as before (round 47a, v69's drift).
  return actInPlace && parts.includes('v') && commonKindsApart(lexicon, a, b, 'v') && readable(['v']);
}

/** Senses of each word whose kinds are compared when only its verb is read: the commonest two. */
const VERB_SENSES_COMPARED = 2;

/** Whether the commonest senses of the two words in `pos` are filed under no kind in common. */
function commonKindsApart(lexicon: Lexicon, a: string, b: string, pos: PartOfSpeech): boolean {
  const kinds = (word: string): Set<string> => new Set(lexicon.senses(word, pos).slice(0, VERB_SENSES_COMPARED).map((sense) => sense.category));
  const first = kinds(a);
  const second = kinds(b);
  return first.size > 0 && second.size > 0 && ![...first].some((kind) => second.has(kind));
}

/**
 * One word replaced by a noun of two words, or two by one, the head the last word ("the original
 * passport" -> "the original driving licence", "a receipt" -> "a bank card"): the heads are the
 * words compared, and the modifier must say nothing of the word it stands beside ("a receipt" ->
 * "a till receipt" keeps the head; "the safe" -> "the key safe" too). Round 28b.
 */
function compoundHeadSwap(a: readonly string[], b: readonly string[], lexicon: Lexicon): { at: number; gone: string; came: string; goneWords: number } | null {
  if (Math.abs(a.length - b.length) !== 1) return null;
  const { head: at, tail } = changedStretch(a, b);
  const gone = a.slice(at, a.length - tail);
  const come = b.slice(at, b.length - tail);
  const [single, pair] = gone.length === 1 && come.length === 2 ? [gone, come] : gone.length === 2 && come.length === 1 ? [come, gone] : [null, null];
  if (!single || !pair) return null;
  const [word] = single as [string];
  const [modifier, head] = pair as [string, string];
  // The modifier a noun or an -ing word naming a kind ("driving", "bank", "paper"), not an adjective of degree.
  if (!ownWord(modifier) || sameRoot(normaliseWord(modifier), normaliseWord(word)) || linkedInAnySense(lexicon, modifier, word)) return null;
  if (lexicon.senses(head, 'n').length === 0 || lexicon.senses(word, 'n').length === 0) return null;
  return gone.length === 1 ? { at, gone: word, came: head, goneWords: 1 } : { at, gone: head, came: word, goneWords: 2 };
}

/** Prepositions a verb takes with it: "return the e-readers to the desk" -> "collect ... from the desk". */
const PREPOSITIONS = new Set(['to', 'from', 'into', 'onto', 'in', 'on', 'at', 'with', 'for', 'off', 'out', 'of', 'by']);

/**
 * One word swapped and one preposition after it swapped too, the sentence otherwise word for word
 * ("Members must return e-readers to the desk" -> "must collect e-readers from the desk"): the act
 * replaced with the preposition its object takes, read as the one word (round 36a, v47's drift).
 */
function swapWithPreposition(a: readonly string[], b: readonly string[]): { at: number; gone: string; came: string } | null {
  if (a.length !== b.length) return null;
  const differ = a.flatMap((word, i) => (word === b[i] ? [] : [i]));
  if (differ.length !== 2) return null;
  const [at = 0, then = 0] = differ;
  if (then - at > 3 || !PREPOSITIONS.has(a[then] ?? '') || !PREPOSITIONS.has(b[then] ?? '') || PREPOSITIONS.has(a[at] ?? '')) return null;
  return { at, gone: a[at] ?? '', came: b[at] ?? '' };
}

/** Auxiliaries of the passive a verb may gain or lose with its replacement: "have taken" -> "have been prescribed". */
const PASSIVE_AUXILIARIES = new Set(['been', 'be', 'being']);

/**
 * One verb replaced by another in the passive, the rest word for word ("whether they have taken any
 * painkillers" -> "whether they have been prescribed any painkillers"): the auxiliary is the voice's,
 * the two verbs are compared (round 37a, v48's drift).
 */
function swapWithAuxiliary(a: readonly string[], b: readonly string[]): { at: number; gone: string; came: string } | null {
  const [short, long] = a.length + 1 === b.length ? [a, b] : b.length + 1 === a.length ? [b, a] : [null, null];
  if (!short || !long) return null;
  const { head: at, tail } = changedStretch(short, long);
  if (at + tail !== short.length - 1 || !PASSIVE_AUXILIARIES.has(long[at] ?? '')) return null;
  const [one, other] = [short[at] ?? '', long[at + 1] ?? ''];
  // Where the gone word stands in the old sentence: past the auxiliary when the old one had it.
  return short === a ? { at, gone: one, came: other } : { at: at + 1, gone: other, came: one };
}

/** Words that open an instruction's object: "Sweep the ring", not "Staff supervise" (a subject). */
const DETERMINER = /^(?:the|a|an|each|every|all|any|your|their|its|our|this|these|those)$/;

/** The one word of a kept sentence replaced by a word naming another act or thing, or null. */
export function wordReplaced(previous: string, next: string, lexicon: Lexicon): { gone: string; came: string } | null {
  // "Guests may use the hotel pool" -> "the rooftop pool": a grant moved, read by the grant readings.
  if (isUnnegatedGrant(previous)) return null;
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const one = oneWordSwap(a, b) ?? swapWithPreposition(a, b) ?? swapWithAuxiliary(a, b);
  const swap = one ? { ...one, goneWords: 1 } : compoundHeadSwap(a, b, lexicon);
  if (!swap) return null;
  // "Retest" -> "Relabel": a verb said again with "re-" that WordNet does not list reads as its base.
  const [gone, came] = [knownForm(lexicon, swap.gone), knownForm(lexicon, swap.came)];
  if (!ownWord(gone) || !ownWord(came) || sameRoot(normaliseWord(gone), normaliseWord(came))) return null;
  // Figures and times kept count as frame ("every 6 months", "before 6am"): they tie the rule down.
  const kept = a.filter((word, i) => (i < swap.at || i >= swap.at + swap.goneWords) && (ownWord(word) || (/\d/.test(word) || amountWord(word))));
  // A kept "must", "never" or "no" is frame too: it pins what a short rule forbids (round 30b).
  // An instruction's opening verb with its object after it ("Sieve the castings before they are bagged") is bound
  // as a "must" is: the mood pins what a short rule demands (round 47a, v69's drift).
  const opensInstruction = one !== null && swap.at === 0 && DETERMINER.test(a[1] ?? '');
  const bound = Math.max(bindingFrame(a.filter((_, i) => i < swap.at || i >= swap.at + swap.goneWords)), opensInstruction ? 1 : 0);
  if (kept.length + bound < KEPT_AROUND) return null;
  // An act in place: the word opens an instruction with its object after it ("Sweep the ring"), or follows a modal.
  // Not when the old sentence already says the new verb's root ("Dry the leaves in the firing room" -> "Fire the
  // leaves ..."): the act the place is named for, said with the sentence's own word.
  const saidAlready = a.some((word, i) => i !== swap.at && sameRoot(normaliseWord(word), normaliseWord(came)));
  const actInPlace = one !== null && partAt(a, swap.at) === 'v' && (swap.at > 0 || DETERMINER.test(a[1] ?? '')) && !saidAlready;
  // A noun of two words stands where a noun stood: only the words' noun senses are read.
  if (!readableKinds(lexicon, gone, came, one ? NOUNS_AND_VERBS : ['n'], one ? partAt(a, swap.at) : 'n', actInPlace) || linkedInAnySense(lexicon, gone, came) || sameParent(lexicon, gone, came) || kindOf(lexicon, gone, came) || kindOf(lexicon, came, gone)) return null;
  return { gone, came };
}

export function findWordsReplaced(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = wordReplaced(old, now, lexicon);
    if (replaced) reasons.push({ code: 'semantic-drift', message: `word of the rule replaced: "${replaced.gone}" gave way to "${replaced.came}", which ${lexicon.id} does not link to it, in ${quote(now)}` });
  }
  return reasons;
}

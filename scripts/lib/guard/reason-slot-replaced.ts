// `semantic-drift` for one slot of a kept rule filled with another thing where the slot is not one
// word for one word: a phrasal verb for a verb ("Spell out every abbreviation the clinician
// dictates" -> "Standardise every abbreviation ..."), a word for a phrase or a phrase that keeps a
// word of the old one ("Ask clients about metal allergies" -> "about their favourite metal";
// "Label every bottle with the date it was pressed" -> "with the name of the person who pressed
// it"; "record the time at which the last animal was loaded" -> "the number of animals that were
// loaded"), an act and its object for an act ("Verify every new member's identity on a video call"
// -> "Welcome every new member on a video call"). The one-word reading (reason-word-replaced.ts)
// asks for one word each side in place, the stretch and spans readings (reason-demand-replaced.ts,
// reason-spans-replaced.ts) for two content words of their own each side, so a slot of one word
// against two, or a word beside a span of one side, fell between them (round 31b: "the spans
// reading does not accept a span of one side"). Read as a reviewer reads it, not from a list: the
// sentences aligned on their content words (a possessive and a plural are the word they mark, a
// verb and its particle one word when WordNet knows them so: "put out" is "extinguish"), the words
// of each side the other does not keep are the slot; the slot says the same thing when a word of one
// side says a word of the other (same root, a shared sense or one link in the dictionary, a kind of
// the other, both kinds of one thing: a synonym, a derivation, the broader or narrower word), and
// another thing when none does; the words kept as written outweigh all the edit changed, three at
// least (a kept "must", "never", "not" counts one). Words of telling, thinking, states and attributes, which WordNet links poorly
// when a rewording uses them, are read only when the heads' commonest senses are of kinds apart
// (nouns by their commonest sense, verbs by their three: _kinds-apart.ts); a word before a noun it
// modifies is no head. Left to other readings: a modal, a negation, a case, order, amount or
// figure in the slot; one word for one word in place, a verb for a verb, a party for a party (the
// one-word and party readings); an adjective only; a word WordNet does not know; an abbreviation
// (its initials in the other sentence); a grant; a "You are ..." line; a sentence rebuilt round
// another subject. Asked when no other reading flags (round 32b). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { changedSentencePairs, oneWordSwap } from './_changed-stretch.ts';
import { changedSpans } from './_changed-spans.ts';
import { bindingFrame } from './_binding-frame.ts';
import { FRAMING, isOwnWord, saidBy, type WordSenses } from './reason-demand-replaced.ts';
import { kindOf, sameParent } from './reason-word-replaced.ts';
import { NUMBER_WORDS, PERIOD_SECONDS, RATE_ADVERB_PERIODS } from './_numbers.ts';
import { kindsApart, partAt } from './_kinds-apart.ts';
import { normaliseWord, quote, RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';
import { isUnnegatedGrant } from './_unnegated-grant.ts';

/** Content words the frame keeps at least: the rule's act and what it is done to. */
const MIN_FRAME = 3;
/** Content words a slot holds at most on either side: more is a rewrite, which other readings weigh. */
const MAX_SLOT = 4;

/** Kinds of sense whose words a rewording says with words WordNet does not link: read only when apart. */
const READ_WHEN_APART = /^(?:noun\.(?:attribute|relation|communication|cognition|state|act|quantity|time|event|Tops)|verb\.(?:communication|cognition|stative|social|change|possession))$/;
const NOUNS_AND_VERBS: readonly PartOfSpeech[] = ['n', 'v'];

/** A word as the alignment reads it: a possessive is the word it marks, a plural its singular. */
function alignable(word: string): string {
  return normaliseWord(word.replace(/'s?$/, ''));
}

/** Senses beyond which a verb says what its object says ("get", "make", "take", "give", "hold"): too general to be a slot. */
const LIGHT_VERB_SENSES = 30;

/** Particles that make a verb of two words the dictionary knows whole ("spell out", "put off", "back up"). */
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'in', 'on', 'over', 'away', 'back', 'through']);

/**
 * The content words of a span as the dictionary reads them: a verb and the particle after it as
 * one word when the dictionary knows them so ("put out" is "extinguish", not "put"); a word of
 * the most general kind ("person", "thing", "food": WordNet's tops) or a verb of thirty senses and
 * more says too little to be a slot.
 */
function spanWords(lexicon: Lexicon, words: readonly string[], light = false): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/'s?$/, '');
    const particle = words[i + 1];
    if (particle && PARTICLES.has(particle) && lexicon.senses(`${word} ${particle}`, 'v').length > 0) {
      found.push(`${word} ${particle}`);
      i++;
    } else if (isOwnWord(word) && lexicon.senses(word, 'n')[0]?.category !== 'noun.Tops' && (light || lexicon.senses(word, 'v').length <= LIGHT_VERB_SENSES)) found.push(word);
  }
  return [...new Set(found)];
}

/**
 * Words of how many or how often, of more and less, of whatever-cases and of questions: the number,
 * scope, order and case readings read them, and "why the flight is delayed" says "the reason for
 * the delay" in a clause the dictionary cannot weigh.
 */
const AMOUNTS = new Set(['every', 'each', 'all', 'any', 'some', 'most', 'least', 'more', 'less', 'fewer', 'few', 'several', 'many', 'both', 'either', 'half', 'twice', 'once', 'double', 'whatever', 'whoever', 'whichever', 'wherever', 'however', 'why', 'how', 'what']);
/** Words that open a noun phrase: a sentence opening with one where the other opens with a verb was rebuilt, not filled in one slot. */
const OPENING_A_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'no', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'we', 'they', 'you', 'it', 'he', 'she', 'i']);

const PRONOUNS = new Set(['we', 'they', 'you', 'it', 'he', 'she', 'i']);

const known = (lexicon: Lexicon, word: string): boolean => (['n', 'v', 'a', 'r'] as const).some((pos) => lexicon.senses(word, pos).length > 0);
const count = (lexicon: Lexicon, word: string, parts: readonly PartOfSpeech[]): number => parts.reduce((sum, pos) => sum + lexicon.senses(word, pos).length, 0);
/** A noun or a verb: a word with at least as many noun and verb senses as adjective and adverb ones ("whole", "worse" are adjectives). */
const nounOrVerb = (lexicon: Lexicon, word: string): boolean => count(lexicon, word, NOUNS_AND_VERBS) > 0 && count(lexicon, word, NOUNS_AND_VERBS) >= count(lexicon, word, ['a', 'r']);
/** A party named by a noun only ("consultant", "owner", "team", "department"): parties are the party readings'. */
const party = (lexicon: Lexicon, word: string): boolean => /^noun\.(?:person|group)$/.test(lexicon.senses(word, 'n')[0]?.category ?? '') && lexicon.senses(word, 'v').length === 0;

/** Whether a word stands before a noun it modifies ("their favourite metal"): no party then, whatever its commonest sense. */
function modifier(lexicon: Lexicon, word: string, sentence: readonly string[]): boolean {
  const after = sentence[sentence.findIndex((token) => token.replace(/'s?$/, '') === word) + 1];
  return after !== undefined && isOwnWord(after) && lexicon.senses(after, 'n').length > 0;
}

/**
 * Whether a word of the slot is the initials of a run of words of the other sentence: an
 * abbreviation expanded or made ("ETA" / "estimated time of arrival", "MRI" / "magnetic
 * resonance", its last letter left unsaid), read on the sentence as written, small words and all.
 */
function initialsIn(word: string, sentence: readonly string[]): boolean {
  const short = word.replace(/s$/, '');
  if (short.length < 2 || short.length > 6) return false;
  const fits = (letters: string): boolean => letters === short || (letters.length >= 2 && letters.length === short.length - 1 && short.startsWith(letters));
  for (let start = 0; start < sentence.length; start++) {
    for (let length = 2; length <= short.length + 2; length++) {
      const run = sentence.slice(start, start + length);
      if (fits(run.map((token) => token[0]).join('')) || fits(run.filter((token) => !STOP_WORDS.has(token)).map((token) => token[0]).join(''))) return true;
    }
  }
  return false;
}

/**
 * Whether two words of the slot are of kinds read here: each word's commonest noun or verb sense of
 * a kind WordNet links rewordings of, or, in every part of speech both have, the commonest senses of
 * the two filed under other kinds ("date" a time, "name" a word of communication; "verify" a verb
 * of thinking, "welcome" one of giving). One sense each, not three as the one-word reading reads
 * (_kinds-apart.ts) for nouns; verbs by their three, as that reading does. A slot of two words on a
 * side is weighed pair by pair, and every pair must be apart.
 */
function kindsRead(lexicon: Lexicon, a: string, b: string, placeA: PartOfSpeech | null, placeB: PartOfSpeech | null): boolean {
  // A verb of two words for a verb ("smoke" / "light up", "postpone" / "put off"): a rewording when
  // any sense of the two-word verb, which has few, is of a kind of the verb's three commonest.
  const [phrasal, other] = a.includes(' ') ? [a, b] : b.includes(' ') ? [b, a] : [null, null];
  if (phrasal && other && lexicon.senses(other, 'v').length > 0) {
    const kinds = new Set(lexicon.senses(other, 'v').slice(0, 3).map((sense) => sense.category));
    return !lexicon.senses(phrasal, 'v').some((sense) => kinds.has(sense.category));
  }
  const left = (word: string): boolean => NOUNS_AND_VERBS.some((pos) => READ_WHEN_APART.test(lexicon.senses(word, pos)[0]?.category ?? ''));
  if (!left(a) && !left(b)) return true;
  // Where both places say one part of speech ("the date" / "the name": nouns), the words are weighed there.
  const both = placeA && placeA === placeB ? [placeA] : NOUNS_AND_VERBS.filter((pos) => lexicon.senses(a, pos).length > 0 && lexicon.senses(b, pos).length > 0);
  // Verbs by their three commonest senses, as the one-word reading weighs them: a rewording swaps
  // verbs WordNet files apart in their commonest sense ("arrange" / "book", "park" / "leave").
  return both.every((pos) => (pos === 'v' ? kindsApart(lexicon, a, b, 'v') : lexicon.senses(a, pos)[0]?.category !== lexicon.senses(b, pos)[0]?.category));
}

const blocks = (word: string): boolean => RULE_WORDS.has(word) || FRAMING.has(word) || AMOUNTS.has(word) || /\d/.test(word) || word in NUMBER_WORDS || word in PERIOD_SECONDS || word.replace(/s$/, '') in PERIOD_SECONDS || word in RATE_ADVERB_PERIODS;

/** The gate an "only" puts on a grant: "may give a free refill ... only if the customer is sitting in". */
const GATES = new Set(['if', 'when', 'once', 'after', 'while']);

/**
 * Whether everything two versions of a grant change lies in its "only if/when/once" gate, all before
 * it word for word: the case the grant waits for replaced ("only if the customer is sitting in" ->
 * "only if the customer brings their own cup") lets other people have it, which no grant reading
 * weighs (round 36a, v46's condition).
 */
function withinGate(a: readonly string[], b: readonly string[]): boolean {
  const at = a.findIndex((word, i) => word === 'only' && GATES.has(a[i + 1] ?? ''));
  return at > 0 && a.slice(0, at + 2).join(' ') === b.slice(0, at + 2).join(' ');
}

/** The words that went and came in the one slot of a kept rule filled with another thing, or null. */
export function slotReplaced(previous: string, next: string, lexicon: Lexicon): { went: string[]; came: string[] } | null {
  // "You are the sales assistant for ..." states a role, not a rule; a grant is the grant readings'.
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  if ((isUnnegatedGrant(previous) && !withinGate(a, b)) || /^\s*you\s+are\b/i.test(previous)) return null;
  // "Tell the caller the arrival time" -> "The caller hears the arrival time": rebuilt round another subject.
  // "We return the deposit to the hirer" -> "The hirer gets the deposit back from us": so too round a pronoun.
  if (a[0] !== b[0] && (OPENING_A_NOUN.has(a[0] ?? '') !== OPENING_A_NOUN.has(b[0] ?? '') || PRONOUNS.has(a[0] ?? '') || PRONOUNS.has(b[0] ?? ''))) return null;
  // A one-word swap is the one-word reading's (reason-word-replaced.ts), weighed there with the place of the word.
  if (oneWordSwap(a, b)) return null;
  // Aligned on the words that carry content (and a verb's particles): "the" and "for" align anywhere and cut a slot in two.
  const carries = (word: string): boolean => isOwnWord(word.replace(/'s?$/, '')) || PARTICLES.has(word) || blocks(word);
  const { spans, kept } = changedSpans(a.filter(carries), b.filter(carries), alignable);
  if (spans.some((span) => [...span.gone, ...span.come].some(blocks))) return null;
  const keptStems = new Set(kept.filter(isOwnWord).map(alignable));
  // The frame is the words kept as written, and a kept "must", "never" or "no" (round 30b); it
  // outweighs all the edit changed, reworded spans too: a sentence reworded through is no slot filled.
  // Read before the dictionary is asked anything: most edits a reading before passed are rewrites.
  const frame = keptStems.size + bindingFrame(kept);
  if (frame < MIN_FRAME) return null;
  const swapBeside = spans.some((span) => span.gone.some(isOwnWord) && span.come.some(isOwnWord));
  // A word a span brings before a kept noun it modifies, beside a word swapped in the same span ("new
  // starters or their managers" -> "new joiners or their line managers"), qualifies that noun: the
  // scope readings'. A word dropped there ("the time at which the last animal was loaded") went with the slot.
  const qualifies = (word: string, sentence: readonly string[]): boolean => {
    const after = sentence[sentence.indexOf(word) + 1];
    return after !== undefined && keptStems.has(alignable(after)) && modifier(lexicon, word, sentence);
  };
  const read: Array<{ goneRead: readonly string[]; comeRead: readonly string[]; gone: string[]; come: string[] }> = [];
  let changed = 0;
  let inPlace = 0;
  for (const span of spans) {
    const bothSides = span.gone.some(isOwnWord) && span.come.some(isOwnWord);
    const goneRead = span.gone;
    const comeRead = bothSides ? span.come.filter((word) => !qualifies(word, b)) : span.come;
    const gone = spanWords(lexicon, goneRead).filter((word) => !keptStems.has(alignable(word)));
    const come = spanWords(lexicon, comeRead).filter((word) => !keptStems.has(alignable(word)));
    if (gone.length + come.length === 0) continue;
    // Words only added or only dropped before a noun they modify, beside a word swapped ("new starters or
    // their managers" -> "new joiners or their line managers"), qualify it: the scope readings'.
    if (swapBeside && gone.length === 0 && come.every((word) => modifier(lexicon, word, b))) continue;
    if (swapBeside && come.length === 0 && gone.every((word) => modifier(lexicon, word, a))) continue;
    // One word for one word in place ("starters" -> "joiners") is the one-word reading's, weighed there by its place and kinds.
    if (goneRead.length === 1 && comeRead.length === 1) inPlace++;
    changed += Math.max(gone.length, come.length);
    read.push({ goneRead, comeRead, gone, come });
  }
  if (frame < changed) return null;
  const senses = new Map<string, WordSenses>();
  const says = (x: string, y: string): boolean => saidBy(lexicon, [x], [y], 0, senses) || kindOf(lexicon, x, y) || kindOf(lexicon, y, x) || sameParent(lexicon, x, y);
  const went: string[] = [];
  const came: string[] = [];
  let slots = 0;
  for (const { goneRead, comeRead, gone, come } of read) {
    // A span said again in other words is no slot filled with another thing ("Inspect" -> "Check"
    // before the slot); a light verb says its act too ("give" / "hand" a free box).
    const [goneSaid, comeSaid] = [spanWords(lexicon, goneRead, true), spanWords(lexicon, comeRead, true)];
    if (goneSaid.some((x) => comeSaid.some((y) => says(x, y)))) continue;
    slots++;
    went.push(...gone);
    came.push(...come);
  }
  if (slots === 1 && inPlace === 1 && went.length === 1 && came.length === 1) return null;
  // One slot: one span, or an act and its object (a span of one side beside it); more is a rewrite.
  if (slots > 2 || went.length === 0 || came.length === 0 || went.length > MAX_SLOT || came.length > MAX_SLOT) return null;
  if (went.some((word) => initialsIn(word, b)) || came.some((word) => initialsIn(word, a))) return null;
  // A verb for a verb, each one word ("arranges for" -> "books", "Hose" -> "Wash ... down"), is the
  // one-word reading's, weighed there by its place and kinds whatever small words moved round it.
  const verbAt = (word: string, sentence: readonly string[]): boolean => !word.includes(' ') && lexicon.senses(word, 'v').length > 0 && partAt(sentence, sentence.indexOf(word)) !== 'n';
  if (went.length === 1 && came.length === 1 && verbAt(went[0]!, a) && verbAt(came[0]!, b)) return null;
  const words = [...went, ...came];
  if (words.some((word) => !known(lexicon, word))) return null;
  // A party for a party is the party readings' (roles, kin); a thing for a party is another thing.
  const partyAt = (word: string, sentence: readonly string[]): boolean => party(lexicon, word) && !modifier(lexicon, word, sentence);
  if (went.some((word) => partyAt(word, a)) && came.some((word) => partyAt(word, b))) return null;
  if (!went.some((word) => nounOrVerb(lexicon, word)) || !came.some((word) => nounOrVerb(lexicon, word))) return null;
  for (const x of went) for (const y of came) if (says(x, y)) return null;
  // The kinds are weighed between the heads: a word before a noun it modifies ("the last animal") says what kind, not what thing.
  const heads = (side: readonly string[], sentence: readonly string[]): string[] => {
    const found = side.filter((word) => !modifier(lexicon, word, sentence) && nounOrVerb(lexicon, word));
    return found.length > 0 ? found : [...side];
  };
  const place = (word: string, sentence: readonly string[]): PartOfSpeech | null => {
    const at = sentence.findIndex((token) => token.replace(/'s?$/, '') === word.split(' ')[0]);
    return at < 0 ? null : partAt(sentence, at);
  };
  const [wentHeads, cameHeads] = [heads(went, a), heads(came, b)];
  const pairs = wentHeads.flatMap((x) => cameHeads.map((y) => kindsRead(lexicon, x, y, place(x, a), place(y, b))));
  // An act that lost or gained what it was done to, a noun head more on one side ("Verify every new
  // member's identity" -> "Welcome every new member"), changed the slot when one pair is apart; else
  // every pair must be ("date" / "name"; "arrange" / "say ... book", two acts for one).
  const nouns = (side: readonly string[], sentence: readonly string[]): number => side.filter((word) => lexicon.senses(word, 'n').length > 0 && (place(word, sentence) === 'n' || lexicon.senses(word, 'v').length === 0)).length;
  const objectMoved = nouns(wentHeads, a) !== nouns(cameHeads, b) && wentHeads.length !== cameHeads.length;
  if (objectMoved ? !pairs.some(Boolean) : !pairs.every(Boolean)) return null;
  return { went, came };
}

export function findSlotsReplaced(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = slotReplaced(old, now, lexicon);
    if (replaced) reasons.push({ code: 'semantic-drift', message: `slot of the rule filled with another thing: "${replaced.went.join(' ')}" gave way to "${replaced.came.join(' ')}", which say none of each other, in ${quote(now)}` });
  }
  return reasons;
}

// `semantic-drift` for the act a rule demands, said by one verb, replaced by a phrase that does
// another thing, every other word kept ("Students must bow before stepping onto the mat" ->
// "Students must take off their shoes before ..."; "Refund a rider whose ride was stopped early"
// -> "Give a free re-ride to a rider ..."; "A parcel that does not fit is refused at drop-off" ->
// "... is charged at the larger size at drop-off"), or the other way round (a phrase replaced by
// one verb). The one-word reading (reason-word-replaced.ts) compares a word with a word, the
// stretch reading (reason-demand-replaced.ts) wants two words of its own on each side: a verb gone
// for a phrase of its own passed both (issue 11, round 29b: v32's bow and refund, v33's parcel
// refused). A phrase says the verb again when one of its words does: the same root ("give a refund
// to", "take a bow"), a shared sense or one link ("set free" for "release"), a kind of the other or
// of one same thing ("get off" for "dismount"), or the same kind of act or thing in WordNet's
// commonest sense ("send an email to" for "notify": both communication); a verb's place is read
// from the words before it (the sentence's start, a modal, "to", a form of "be" before a
// participle). Asked only when no other reading blocks, as the one-word reading is. Pure: the
// dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { neighbourhoodsMeet, senseNeighbourhood, type SenseNeighbourhood } from './_sense-neighbourhood.ts';
import { changedSentencePairs, changedWords } from './_changed-stretch.ts';
import { kindOf, sameParent } from './reason-word-replaced.ts';
import { normaliseWord, NOUN_DETERMINERS, quote, RULE_WORDS, sameRoot, STOP_WORDS, tokenizeWords } from './_text.ts';
import { isUnnegatedGrant } from './_unnegated-grant.ts';

/** Content words kept round the change: the rule's frame. */
const KEPT_AROUND = 3;
/** Longest phrase read as standing for one verb ("record the weight of", "give a free re-ride to": six words as tokenised). */
const LONGEST_PHRASE = 6;
/** Words after which a verb stands: a modal, "to", an adverb of frequency, a form of "be" before a participle. */
const BEFORE_VERB = new Set(['must', 'should', 'shall', 'will', 'would', 'can', 'may', 'to', 'always', 'never', 'not', 'please', 'first', 'then', 'is', 'are', 'be', 'been', 'was', 'were', 'get', 'gets']);
/** Particles that make a verb of two words ("get off", "switch on"). */
const PARTICLES = new Set(['on', 'off', 'up', 'out', 'in', 'down', 'back', 'away', 'over']);
/** Verbs whose commonest sense is a thought or a state: reworded freely with words WordNet does not link ("confirm" -> "make sure"). */
const LEFT_TO_OTHERS = /^verb\.(?:cognition|stative|perception)/;

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];
const NOUN: readonly PartOfSpeech[] = ['n'];

function ownWord(word: string): boolean {
  return /^[a-z][a-z-]{2,}$/.test(word) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word);
}

/** A word's senses (of the parts of speech given) and the senses one link from them. */
function neighbourhood(lexicon: Lexicon, word: string, parts: readonly PartOfSpeech[]): SenseNeighbourhood {
  if (parts === PARTS) return senseNeighbourhood(lexicon, word);
  const own = new Set<string>();
  const near = new Set<string>();
  for (const sense of parts.flatMap((pos) => lexicon.senses(word, pos))) {
    own.add(sense.id);
    for (const id of sense.related ?? []) near.add(id);
  }
  return { own, near };
}

/**
 * Whether a word of a phrase says the verb: the same root, a sense shared or one link, a kind of
 * it, or both kinds of one thing. A word after a determiner is a noun and read in its noun senses
 * only: "switch on their lights" says nothing of "dismount", whose rare sense is the verb "light".
 */
function saysVerb(lexicon: Lexicon, verb: string, word: string, parts: readonly PartOfSpeech[]): boolean {
  if (sameRoot(normaliseWord(verb), normaliseWord(word))) return true;
  if (neighbourhoodsMeet(senseNeighbourhood(lexicon, verb), neighbourhood(lexicon, word, parts))) return true;
  return sameParent(lexicon, verb, word) || kindOf(lexicon, verb, word) || kindOf(lexicon, word, verb);
}

/** Whether the commonest sense of the word (of each part given) is of the same kind, part of speech aside, as the verb's commonest. */
function sameKind(lexicon: Lexicon, verb: string, word: string, parts: readonly PartOfSpeech[]): boolean {
  const kind = (category: string) => category.replace(/^[a-z]+\./, '');
  const verbKind = lexicon.senses(verb, 'v')[0]?.category;
  if (!verbKind) return false;
  return parts.some((pos) => lexicon.senses(word, pos).slice(0, 1).some((sense) => kind(sense.category) === kind(verbKind)));
}

/** The verb and the phrase that took its place (either way round), or null. */
export function actReplacedByPhrase(previous: string, next: string, lexicon: Lexicon): { verb: string; phrase: string; gone: 'verb' | 'phrase' } | null {
  if (isUnnegatedGrant(previous)) return null;
  const a = tokenizeWords(previous);
  const b = tokenizeWords(next);
  const { head, tail, gone, came: come } = changedWords(a, b);
  const single = gone.length === 1 ? gone : come.length === 1 ? come : null;
  const phrase = gone.length === 1 ? come : come.length === 1 ? gone : null;
  if (!single || !phrase || phrase.length < 2 || phrase.length > LONGEST_PHRASE) return null;
  const [verb] = single as [string];
  const before = a[head - 1];
  if (before !== undefined && !BEFORE_VERB.has(before)) return null;
  // The verb and the phrase's first word are verbs; the verb's commonest sense an act.
  const first = lexicon.senses(verb, 'v')[0];
  if (!ownWord(verb) || !first || LEFT_TO_OTHERS.test(first.category) || lexicon.senses(phrase[0] ?? '', 'v').length === 0) return null;
  // Words of the phrase new to the sentence: a word kept elsewhere in it is no word of its own.
  const sentence = new Set((gone.length === 1 ? a : b).map(normaliseWord));
  const own = phrase.flatMap((word, i) => (ownWord(word) && !sentence.has(normaliseWord(word)) ? [{ word, parts: i > 0 && NOUN_DETERMINERS.has(phrase[i - 1] ?? '') ? NOUN : PARTS }] : []));
  if (own.length < 2 || !own.slice(1).some(({ word }) => lexicon.senses(word, 'n').length > 0 || lexicon.senses(word, 'v').length === 0)) return null;
  // A broader verb opening the phrase ("give" for "refund") leaves what it gives to say the act:
  // "give a refund to" says it, "give a free re-ride to" another thing.
  const broader = own[0]?.word === phrase[0] && kindOf(lexicon, verb, phrase[0] ?? '') ? own.slice(1) : own;
  if (broader.length === 0 || broader.some(({ word, parts }) => saysVerb(lexicon, verb, word, parts) || sameKind(lexicon, verb, word, parts))) return null;
  // A verb of two words the dictionary knows whole ("get off" is "dismount", "take on" is "load").
  if (phrase.some((word, i) => PARTICLES.has(phrase[i + 1] ?? '') && saysVerb(lexicon, verb, `${word} ${phrase[i + 1]}`, ['v']))) return null;
  const kept = [...a.slice(0, head), ...a.slice(a.length - tail)].filter((word) => ownWord(word) || /\d/.test(word));
  if (kept.length < KEPT_AROUND) return null;
  return { verb, phrase: phrase.join(' '), gone: gone.length === 1 ? 'verb' : 'phrase' };
}

export function findActsReplacedByPhrases(previous: string, next: string, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const replaced = actReplacedByPhrase(old, now, lexicon);
    if (!replaced) continue;
    const [gone, came] = replaced.gone === 'verb' ? [replaced.verb, replaced.phrase] : [replaced.phrase, replaced.verb];
    reasons.push({ code: 'semantic-drift', message: `act of the rule replaced: "${gone}" gave way to "${came}", which says nothing of it, in ${quote(now)}` });
  }
  return reasons;
}

// What a new word is to an old one when a rule's polarity moves (issue 11, round 48b: of v70/v71's
// 37 false flags, 17 were rules said from the other side, read as a negation added, removed or
// moved; round 47b's `_polarity-moved.ts` found the parities of most of them agree but the words
// not). Said from the other side, a rule trades words of two kinds: (a) an opposite, whose "no"
// moves with it ("stay seated" = "no one stands", "unsupervised" = "only supervised"), and (b) the
// same thing said in another word ("photographed" for "photographing", "played" for "used").
// Anything else is (c), new, and the rule is not read as the old one. Both relations are read from
// the dictionary, not from a list of words:
// - (a) the dictionary's antonyms, or an antonym of one word's sense that is a sense of the other's
//   participle ("seated" is the opposite of "standing", the participle of "stands") or one link
//   from the other across the links that keep a word's meaning but change its form: a derivation
//   ("differ" -> "different", whose opposite is "same"), a pertainym, an adjective's similar sense ("shut" is similar to "closed", whose opposite is "open"). Hypernyms
//   are not such links: the opposite of "walk"'s broader "travel" is no opposite of "walk".
// - (b) a sense in common, or one link apart among the two words' commonest senses (a word's rare
//   senses link nearly anything: "run" and "service" meet through "operate").
// Pure: the dictionary is handed in.
import type { Lexicon, PartOfSpeech, Sense } from './_lexicon.ts';
import { areOpposites } from './_dictionary-opposites.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];
/** How many of a word's commonest senses of each part of speech say it in context. */
const COMMON_SENSES = 2;

const partOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * The links of a sense that change a word's form but not what it names: to another part of speech
 * (a derivation, a pertainym) or from an adjective to an adjective (similar to). A verb's or a
 * noun's link within its own part of speech is a broader or narrower sense, never one of these.
 */
function formLinks(sense: Sense): string[] {
  const own = partOf(sense.id);
  return (sense.related ?? []).filter((id) => partOf(id) !== own || own === 'a' || own === 's');
}

/** A verb's participles, which the dictionary gives as adjectives of their own ("stands" -> "standing"). */
function participles(word: string): string[] {
  const base = word.replace(/(?:ing|ed|es|s)$/, '');
  return base.length >= 3 && base !== word ? [`${base}ing`, `${base}ed`] : [];
}

/** A word's senses (and its participles' as adjectives) and the senses one form link from them. */
function formNeighbourhood(lexicon: Lexicon, word: string): { own: Set<string>; near: Set<string>; senses: Sense[] } {
  const senses = [...PARTS.flatMap((pos) => lexicon.senses(word, pos)), ...participles(word).flatMap((form) => lexicon.senses(form, 'a'))];
  const own = new Set(senses.map((sense) => sense.id));
  const near = new Set(senses.flatMap(formLinks));
  return { own, near, senses };
}

/**
 * (a) Whether two words are opposites: the dictionary says so, or one word's antonym is a sense
 * one form link from the other's ("seated" / "stands", "differ" / "same").
 */
export function opposedWords(lexicon: Lexicon, a: string, b: string): boolean {
  if (a === b) return false;
  if (areOpposites(lexicon, a, b)) return true;
  const [first, second] = [formNeighbourhood(lexicon, a), formNeighbourhood(lexicon, b)];
  // Words that share a sense are no opposites, whatever their other senses' links say.
  if ([...first.own].some((id) => second.own.has(id))) return false;
  const reaches = (from: typeof first, to: typeof first) => from.senses.some((sense) => sense.antonyms.some((id) => to.own.has(id) || to.near.has(id)));
  return reaches(first, second) || reaches(second, first);
}

/**
 * (b) Whether a word says another's thing in context: a sense in common, or one link apart (a
 * broader or narrower sense, a derivation) among their commonest senses.
 */
export function saysSameThing(lexicon: Lexicon, a: string, b: string): boolean {
  if (a === b) return true;
  if (opposedWords(lexicon, a, b)) return false;
  return neighbourhoodsMeet(senseNeighbourhood(lexicon, a, COMMON_SENSES), senseNeighbourhood(lexicon, b, COMMON_SENSES));
}

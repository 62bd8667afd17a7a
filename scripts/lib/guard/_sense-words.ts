// Words of the new version that a dictionary holds as the same sense as words of the old one
// ("physician" -> "doctor", "put off" -> "postpone", "going into" -> "entering", "lawfully" ->
// "legally"), read as the old words before the two versions are compared; and a verb whose sense
// is a refusal ("turned away", "barred", "excluded") read as "refused" where the other version
// says its "no" with a negation ("are not allowed in the tunnel" -> "are turned away from the
// tunnel"). The hand-kept synonym groups of `_text.ts` know a few dozen words of support policy;
// a faithful rewording in other domains uses words no group holds (issue 11, held-back v19: 10 of
// 16 false flags were rewordings in other words). Pure: the dictionary is handed in.
//
// Only a shared sense counts, not a broader or a related one: "dog" -> "poodle", "physician" ->
// "pharmacist", "extinguish" -> "light" share none and stay changes. Only a word's common senses
// are read (a rare sense makes "new" = "raw"), and only words the other version lacks: a word
// both versions say is never folded.
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { isRefusal } from './_polarity.ts';
import { NEGATION_WORDS } from './_rule-words.ts';
import { escapeRegExp, normaliseWord, RULE_WORDS, STOP_WORDS } from './_text.ts';
import { NUMBER_WORDS, SCALE_WORDS } from './_numbers.ts';

/**
 * A word's senses read for a refusal: the most common ones. WordNet orders a word's senses by how
 * often they are tagged.
 */
const COMMON_SENSES = 4;

/**
 * Two words say the same thing when the sense they share is the first of one of them and among
 * the first `SHARED_SENSE_RANK` of the other ("physician"/"doctor": the first of both; "lawfully"
 * /"legally": the second of one, the first of the other); "fresh"/"new" (the fourth and second)
 * and "higher"/"above" are not read as one.
 */
const SHARED_SENSE_RANK = 3;

/**
 * Nouns and verbs only, and adverbs of manner ("lawfully"): adjectives and the other adverbs are
 * where order, degree and time live ("earlier"/"later", "higher"/"above"), read by the detectors.
 */
const PARTS: readonly PartOfSpeech[] = ['n', 'v', 'r'];

/** Words never folded: the ones the detectors read as order, bound, scope, time or keeping. */
const STRUCTURAL = new Set(
  `before after above below over under more less fewer higher lower earlier later first last next only every all any each
  some keep stay remain leave hold rise fall exceed reach drop start end begin finish open close once twice time times
  day days week weeks month months year years hour hours minute minutes always never ever still yet again`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Numbers and counting nouns are the number readings' to compare: "half a dozen" folded its
 * "dozen" into the old "twelve" (they share WordNet's sense of 12), hiding 12 -> 6 (round 19a).
 */
function isCount(word: string): boolean {
  return NUMBER_WORDS[word] !== undefined || SCALE_WORDS[word] !== undefined || /^(?:dozens?|pairs?|couples?|score|scores|trio|half|halves|quarters?|thirds?)$/.test(word);
}

/** Particles that make a collocation with the verb before them ("put off", "turn away", "look into"). */
const PARTICLES = new Set(['away', 'off', 'out', 'up', 'down', 'in', 'into', 'on', 'over', 'back', 'through', 'around', 'about']);

/** Verbs whose senses say "no" to what they govern: their synsets are the refusal senses. */
const REFUSAL_LEMMAS = ['refuse', 'reject', 'forbid', 'prohibit', 'ban', 'bar', 'deny'];

/** Verbs of letting in or through: a sense that is their opposite is a refusal ("turn away" ! "admit"). */
const GRANTING_LEMMAS = ['allow', 'permit', 'admit', 'accept', 'let', 'grant', 'include', 'approve'];

interface Unit {
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** Normalised stems of the unit's words. */
  stems: string[];
}

function unitsOf(text: string): Unit[] {
  const words = [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const units: Unit[] = [];
  words.forEach((word, i) => {
    const lower = word.text.toLowerCase();
    const next = words[i + 1];
    // A collocation first ("put off"): only when nothing but a space stands between the words.
    if (next && PARTICLES.has(next.text.toLowerCase()) && text.slice(word.end, next.start) === ' ' && !STOP_WORDS.has(lower)) {
      units.push({ text: `${word.text} ${next.text}`, start: word.start, end: next.end, stems: [normaliseWord(lower), normaliseWord(next.text.toLowerCase())] });
    }
    if (!STOP_WORDS.has(lower) && !RULE_WORDS.has(lower)) units.push({ text: word.text, start: word.start, end: word.end, stems: [normaliseWord(lower)] });
  });
  return units;
}

/** A unit's senses on each part of speech read, with their rank (0 = the most common). */
function rankedSenses(lexicon: Lexicon, unit: Unit): Map<string, number> {
  const ranks = new Map<string, number>();
  if (unit.text.split(' ').some((word) => STRUCTURAL.has(word.toLowerCase()) || isCount(word.toLowerCase()))) return ranks;
  for (const pos of PARTS) {
    if (pos === 'r' && !/ly$/i.test(unit.text)) continue;
    lexicon.senses(unit.text, pos).slice(0, SHARED_SENSE_RANK).forEach((sense, rank) => ranks.set(sense.id, rank));
  }
  return ranks;
}

/** Whether two units share a sense that is the first of one and common for the other. */
function shareSense(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  for (const [id, rank] of a) {
    const other = b.get(id);
    if (other !== undefined && (rank === 0 || other === 0)) return true;
  }
  return false;
}

/** Replace spans of a text, the last first so earlier offsets hold. */
function replaceSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; by: string }>): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) result = result.slice(0, span.start) + span.by + result.slice(span.end);
  return result;
}

/** Keep a sentence-opening capital when a word is replaced. */
function casedLike(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) && !/^[A-Z]/.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The new version with each word (or verb and particle) the old one lacks, that shares a common
 * sense with a word of the old version the new one lacks, written as that old word.
 */
export function foldSharedSenses(previous: string, next: string, lexicon: Lexicon): string {
  const oldUnits = unitsOf(previous);
  const newUnits = unitsOf(next);
  const oldStems = new Set(oldUnits.flatMap((unit) => unit.stems));
  const newStems = new Set(newUnits.flatMap((unit) => unit.stems));
  // Words of one version the other does not say: only these may have been said in other words.
  const gone = oldUnits.filter((unit) => unit.stems.every((stem) => !newStems.has(stem)));
  const came = newUnits.filter((unit) => unit.stems.every((stem) => !oldStems.has(stem)));
  if (gone.length === 0 || came.length === 0) return next;
  const goneSenses = gone.map((unit) => ({ unit, ranks: rankedSenses(lexicon, unit) }));
  const spans: Array<{ start: number; end: number; by: string }> = [];
  const used = new Set<Unit>();
  for (const unit of came) {
    if (spans.some((span) => unit.start < span.end && span.start < unit.end)) continue;
    const ranks = rankedSenses(lexicon, unit);
    if (ranks.size === 0) continue;
    const match = goneSenses.find((candidate) => !used.has(candidate.unit) && shareSense(ranks, candidate.ranks));
    if (!match) continue;
    used.add(match.unit);
    spans.push({ start: unit.start, end: unit.end, by: casedLike(unit.text, match.unit.text) });
  }
  return replaceSpans(next, spans);
}

/** The refusal senses: every sense of a verb of refusal, and every sense that is the opposite of one of letting in. */
function refusalSenses(lexicon: Lexicon): Set<string> {
  const ids = new Set<string>();
  for (const lemma of REFUSAL_LEMMAS) for (const sense of lexicon.senses(lemma, 'v')) ids.add(sense.id);
  for (const lemma of GRANTING_LEMMAS) for (const sense of lexicon.senses(lemma, 'v')) for (const antonym of sense.antonyms) ids.add(antonym);
  return ids;
}

/** "refused" in the inflection of the word it stands for ("turned away" -> "refused", "bars" -> "refuses"). */
function refusalLike(head: string): string {
  if (/ed$/i.test(head)) return 'refused';
  if (/ing$/i.test(head)) return 'refusing';
  if (/s$/i.test(head)) return 'refuses';
  return 'refuse';
}

const NEGATION = new RegExp(`\\b(?:${NEGATION_WORDS.filter((word) => word !== 'without').join('|')}|n't|cannot)\\b`, 'i');

/**
 * A text with each verb (or verb and particle) whose common senses hold a refusal written as
 * "refused", when the other version says "no" with a negation and this one says none: "are
 * turned away from the tunnel" then turns the rule round as "are not allowed in the tunnel" did.
 */
export function foldRefusalSenses(text: string, other: string, lexicon: Lexicon): string {
  if (NEGATION.test(text) || !NEGATION.test(other)) return text;
  let refusals: Set<string> | null = null;
  const spans: Array<{ start: number; end: number; by: string }> = [];
  for (const unit of unitsOf(text)) {
    const head = unit.text.split(' ')[0]!;
    // Already a verb of refusal the polarity reading knows: nothing to fold. Only a verb with its
    // particle ("turned away") or a participle ("are barred", "is excluded") is read: a bare word
    // is as often a preposition or another verb ("except", "Keep the lid shut" = "prevent").
    if (isRefusal(head.toLowerCase()) || STRUCTURAL.has(head.toLowerCase())) continue;
    if (!unit.text.includes(' ') && !/(?:ed|en)$/i.test(head)) continue;
    if (spans.some((span) => unit.start < span.end && span.start < unit.end)) continue;
    // Words the other version says as written name the same thing there, no refusal of this one's:
    // "Seed packets kept out of the cold store are (not) sent to growers" (round 34b).
    if (new RegExp(`\\b${escapeRegExp(unit.text)}\\b`, 'i').test(other)) continue;
    const senses = lexicon.senses(unit.text, 'v').slice(0, COMMON_SENSES);
    if (senses.length === 0) continue;
    refusals ??= refusalSenses(lexicon);
    const known = refusals;
    if (senses.some((sense) => known.has(sense.id))) spans.push({ start: unit.start, end: unit.end, by: casedLike(unit.text, refusalLike(head)) });
  }
  return replaceSpans(text, spans);
}

/** A verb of keeping a state and the state after it: "stay shut", "remains closed", "are kept locked". */
const KEPT_STATE = /\b(stays?|remains?|(?:is|are)\s+kept|keeps?)\s+([a-z]+)\b/gi;

/** Whether an adjective's common senses are the opposite of what a verb (or its participle) names as a state. */
function oppositeState(adjective: string, verb: string, lexicon: Lexicon): boolean {
  const states = new Set([verb, `${verb}ed`, `${verb}d`, verb.replace(/([^aeiou])$/, '$1$1ed')].flatMap((form) => lexicon.senses(form, 'a').slice(0, SHARED_SENSE_RANK).map((sense) => sense.id)));
  return lexicon.senses(adjective, 'a').slice(0, SHARED_SENSE_RANK).some((sense) => sense.antonyms.some((id) => states.has(id)));
}

/**
 * The new version with a state kept that is the opposite of what the old version forbids written
 * as that prohibition: "Boaters must not open the top paddles while ..." -> "The top paddles stay
 * shut while ..." reads "The top paddles do not open while ...". The opposite is the dictionary's
 * (open/shut, locked/unlocked, lit/unlit), and the old verb must be the one the "not" negates.
 */
export function foldOppositeStates(previous: string, next: string, lexicon: Lexicon): string {
  const negated = [...previous.matchAll(/\b(?:not|never|n't)\s+(?:(?:be|to|ever)\s+)?([a-z]+)\b/gi)].map((match) => match[1]!.toLowerCase());
  if (negated.length === 0) return next;
  return next.replace(KEPT_STATE, (whole, keeping: string, adjective: string) => {
    if (new RegExp(`\\b${adjective}\\b`, 'i').test(previous)) return whole;
    const verb = negated.find((candidate) => !/^(?:be|been|have|has|do|does|to|ever|only|just)$/.test(candidate) && oppositeState(adjective.toLowerCase(), candidate, lexicon));
    if (!verb) return whole;
    const singular = /^(?:stays|remains|keeps|is\s+kept)$/i.test(keeping);
    return `${singular ? 'does' : 'do'} not ${verb}`;
  });
}

/**
 * Both versions read with the dictionary: the new one in the old one's words where a word shares
 * a common sense, and either one's refusal verb as "refused" where the other says "not".
 */
export function foldSenseWords(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!lexicon || previous === next) return [previous, next];
  const folded = foldOppositeStates(previous, foldSharedSenses(previous, next, lexicon), lexicon);
  return [foldRefusalSenses(previous, folded, lexicon), foldRefusalSenses(folded, previous, lexicon)];
}

// What one sentence requires, read as the cases it forbids (issue 11, round 31c). Every rule, in
// whatever words, forbids a region of the cases it speaks of: "Do not release results to anyone who
// did not sign", "Results go only to people who signed" and "Never release results unless the form
// is signed" all forbid releasing results where the form is not signed. Each content word of the
// sentence is given the side of that region it stands on:
// - the rule's act (the word after its modal, negation or auxiliaries; an imperative's first word):
//   inside (+) when the rule forbids it or keeps it to a case or set ("only"), outside (-) when the
//   rule demands it (its not being done is what is forbidden);
// - the things and people the act is done by, to or with: inside either way ("Do not open the fire
//   door" and "The fire door stays closed" both forbid an open fire door);
// - a case that opens the rule ("if", "when", "once", "while", "where"): inside; one that lets it off
//   ("unless", "until", "without", "except"), or the case or set an "only" keeps to: outside;
// - a negation inside a case or a relative clause ("who did not sign") turns that stretch alone;
// - a bound's order word is read as one of two sides ("under 18" is "not 18 or over").
// A sentence whose frame cannot be read this way has none (null): a grant with no "only", a duty
// negated ("need not"), a hedge ("should", "if possible"), a negation after the act, no act found.
// The words are compared, not parsed (`requirements-kept-withdrawn.ts` compares two frames). Pure.
import { NEGATIONS } from './_rule-words.ts';
import { RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';
import { wordTable } from './_word-table.ts';

/** One side of the forbidden region: + inside it, - outside it. */
export type Side = 1 | -1;

export interface FrameWord {
  /** The word as written, lower case. */
  word: string;
  side: Side;
  /** Whether the word is the act of its clause. */
  act: boolean;
}

export interface RequirementFrame {
  /** Content words in the sentence's order, each with its side. */
  words: FrameWord[];
  /** Figures as written ("18", "10:00", "1,000"), and numbers said in words as figures, in order: a bound must name the same ones ("Tier 1 hands to Tier 2" is not "Tier 2 hands to Tier 1"). */
  figures: string[];
  /** The words before the rule's verb, where the rule names who it binds ("Instructors must ..."); empty for an imperative. */
  party: string[];
  /** How many "or"s join its words: "if it is old or fails" is not "old and fails". */
  alternatives: number;
  /** Whether a duty says "every"/"each"/"all"/"always": "Patrol every floor" is not "Patrol the ground floor". */
  every: boolean;
}

/**
 * Words that hedge a rule or leave it to effort: a rule said with one binds less than one without,
 * and a frame cannot say how much less, so a sentence holding one states no frame.
 */
const HEDGES = new Set(['should', 'ought', 'encouraged', 'recommended', 'advised', 'try', 'tries', 'trying', 'attempt', 'attempts', 'aim', 'aims', 'ideally', 'preferably', 'usually', 'generally', 'normally', 'typically', 'sometimes', 'mostly', 'practicable', 'practical', 'reasonable', 'reasonably', 'might', 'could', 'would', 'consider', 'optional', 'optionally', 'expected', 'best', 'likely']);

/**
 * Words that name whoever a rule binds without saying who ("anyone", "people"): a rewording swaps
 * them freely. A word that names a kind of person ("staff", "member", "user") is a word of the rule.
 */
const WHOEVER = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'person', 'people', 'one', 'whoever', 'nobody']);

/** Pronouns of the speaker: a party like any other ("Tenants must tell us" is not "We must tell tenants"). */
const SPEAKERS: Readonly<Record<string, string>> = wordTable({ we: 'we', us: 'we', our: 'we', ours: 'we', i: 'i', me: 'i', my: 'i' });

/** Words that quantify over part of a rule's things ("most", "some", "several"); "at most" is a bound. */
const PARTIAL = /^(?:most|some|many|several|few|certain|selected|particular|majority)$/;

/** Words of duty: negated, they grant ("need not", "not required"). */
const DUTIES = new Set(['need', 'needs', 'required', 'obliged', 'obligated', 'have', 'has']);

/** Cases that open a rule: where they hold, the rule applies. */
const OPENING = new Set(['if', 'when', 'whenever', 'once', 'while', 'where', 'wherever', 'during']);
/** Cases that let a rule off: where they hold, it does not apply. */
const LETTING_OFF = new Set(['unless', 'until', 'without', 'except']);
/** Words that open a relative clause: its negation is its own. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** Words of a grant: a rule that only grants forbids nothing, unless an "only" or a negation restricts it. */
const GRANTS = new Set(['may', 'can', 'allowed', 'permitted', 'possible', 'able', 'entitled', 'welcome', 'free']);
/** Punctuation kept as words: a case or a relative clause ends at it. */
const CLOSES = new Set([',', ';', ':']);

/**
 * Bound and order words, read as the side they put a figure on: "under", "below", "less", "fewer",
 * "younger", "before", "earlier" (low) and their opposites (high). A bound said "18 or over" is
 * high; "no one under 18" low: the same line, seen from the other side with the negation.
 */
const LOW = new Set(['under', 'below', 'less', 'fewer', 'younger', 'before', 'earlier', 'shorter', 'lower', 'most', 'within']);
const HIGH = new Set(['over', 'above', 'more', 'older', 'after', 'later', 'longer', 'higher', 'least', 'beyond']);
/** Order words that bound a figure only when one follows or precedes ("under 18", "more than 3", "18 or over"); else a place ("over the phone", "below ground"), read as a word. */
const BOUNDING_ONLY = new Set(['under', 'below', 'over', 'above', 'more', 'less', 'fewer', 'beyond']);

/** Numbers said in words, as the figures they are: "three hours" names the "3" of "3 hours", and "thirteen" is not "thirty". */
const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30',
  forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', thousand: '1000', dozen: '12',
  both: '2', half: '1/2', quarter: '1/4', twice: '2x', single: '1', second: '2nd', third: '3rd', other: 'other',
});

/** Words between a rule's party and its act: modals, negations, auxiliaries, and verbs that keep a state ("stays closed"). */
const AUXILIARY = /^(?:must|shall|may|can|will|need|needs|to|not|never|no|do|does|did|is|are|was|were|be|been|being|has|have|had|always|please|also|then|still|ever|just|stay|stays|stayed|remain|remains|remained|nobody|nothing|none|allowed|permitted|possible|able|entitled|required|obliged)$/;

/** Words that carry no requirement of their own: function words, modals, and the frame's own markers. */
function isFrameContent(word: string): boolean {
  if (SPEAKERS[word] !== undefined) return true;
  if (STOP_WORDS.has(word) && !LOW.has(word) && !HIGH.has(word)) return false;
  if (CLOSES.has(word) || RULE_WORDS.has(word) || NEGATIONS.has(word) || GRANTS.has(word) || WHOEVER.has(word) || OPENING.has(word) || LETTING_OFF.has(word)) return false;
  return !/^(?:do|does|did|be|is|are|was|were|been|being|has|have|had|to|only|let|lets|make|makes|stay|stays|stayed|remain|remains|remained|any|every|each|all|else|someone|anyone|anything|everything|everyone|whoever|whatever|ever|always|you|we|us|they|them|aged|age)$/.test(word);
}

/** The words, with the punctuation that ends a clause as words of its own (not a figure's: "10:00", "1,000"). */
function wordsWithStops(sentence: string): string[] {
  return sentence.split(/([,;:])(?=\s|$)/).flatMap((part) => (CLOSES.has(part) ? [part] : tokenizeWords(part)));
}

interface Stretch {
  start: number;
  end: number;
  /** The side the stretch's words stand on before its own negations: -1 for a case that lets off or an "only". */
  turn: Side;
  /** The order word that opened it, when one did ("before the patient is seated"): read as an order slot. */
  marker?: string | null;
}

/** A modal: in a relative clause past its first word, the main clause's verb ("A player who disconnects | may rejoin"). */
const MAIN_VERB = /^(?:must|shall|should|may|can|will|could|might|would|need|needs)$/;

/**
 * The end of a stretch that opens at `at`: the next comma, semicolon, case word or the end; a
 * relative clause, or a "without" that names what a party lacks, ends also at the main clause's
 * modal or negated verb ("who disconnects | may rejoin", "who are able to travel | do not get",
 * "without router training | are not allowed"), but not at its own ("who cannot travel").
 */
function stretchEnd(words: readonly string[], at: number, relative: boolean): number {
  for (let k = at + 1; k < words.length; k++) {
    const word = words[k]!;
    if (CLOSES.has(word) || OPENING.has(word) || LETTING_OFF.has(word)) return k;
    if (k < at + 2 || !(relative || words[at] === 'without')) continue;
    if (MAIN_VERB.test(word) || (/^(?:do|does)$/.test(word) && words[k + 1] === 'not')) return k;
    // "Campaigns that raise money for weapons | are not allowed"; "whose car is not registered" keeps its own.
    if ((words[at] === 'without' || k >= at + 3) && /^(?:is|are|was|were)$/.test(word) && words[k + 1] === 'not') return k;
  }
  return words.length;
}

/** Whether a "no"/"not" bounds an order word ("no more than", "not later than") rather than negating. */
function boundsOrder(words: readonly string[], k: number): boolean {
  return (words[k] === 'no' || words[k] === 'not') && (LOW.has(words[k + 1] ?? '') || HIGH.has(words[k + 1] ?? ''));
}

/** Parity of the negations among `positions`, as a side. */
function negationSide(words: readonly string[], positions: readonly number[]): Side {
  const turns = positions.filter((k) => NEGATIONS.has(words[k]!) && !boundsOrder(words, k)).length;
  return turns % 2 === 0 ? 1 : -1;
}

/** Words after which "that" opens what is said or known, not a relative clause ("tell customers that ..."). */
const SAYING = /^(?:tell|tells|told|know|knows|explain|explains|say|says|said|remind|warn|ensure|sure|confirm|check|mean|means|so|such|note|agree|agrees|show|shows|state|states|is|are|was|were|customers|callers|them|him|her|us|you)$/;

/** Verbs of saying whose hearer stands between them and their "that" ("tell members that", "warn callers that"). */
const TELLING = /^(?:tell|tells|told|remind|reminds|warn|warns|inform|informs|assure|assures|advise|advises|show|shows|teach|teaches|let)$/;

/** Whether the word at `i` opens a relative clause: "who", "which", "whose", or a "that" after a noun. */
function opensRelative(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  // "Tell members that fines ...": a "that" a word or two after a verb of saying opens what is said.
  return RELATIVES.has(word) || (word === 'that' && i > 0 && !SAYING.test(words[i - 1]!) && !TELLING.test(words[i - 2] ?? '') && !CLOSES.has(words[i - 1]!));
}

/**
 * The act of a clause (`main`: its word positions, in order): the word right after its first run of
 * auxiliaries ("must not | release", "stays | closed", "are never | offered"), or its first word
 * when none comes before it ("Close the premises"); none when that word is a function word ("is kept
 * | from the business").
 */
function actOf(words: readonly string[], main: readonly number[]): number {
  // "to" continues a run ("has to", "are not allowed to") but opens none ("assigns drivers to routes"); nor does a
  // negation that is a determiner ("No child under 8 may use"), which still negates the rule.
  // A run after a comma is another clause's ("Pre-treat stains before the clean, never after").
  const comma = main.findIndex((i) => CLOSES.has(words[i]!));
  const cluster = main.findIndex((i, k) => AUXILIARY.test(words[i]!) && !/^(?:to|no|nobody|nothing|none)$/.test(words[i]!) && (comma < 0 || k < comma));
  let k = cluster < 0 ? 0 : cluster;
  while (cluster >= 0 && k < main.length && AUXILIARY.test(words[main[k]!]!)) k++;
  const found = main[k];
  // An order word is no act ("never more than once"): its clause has none a frame can read.
  return found !== undefined && isFrameContent(words[found]!) && !LOW.has(words[found]!) && !HIGH.has(words[found]!) ? found : -1;
}

/** The clauses of the main clause: joined by a semicolon, a comma and "and", "but", "or" ("Ask for ID ..., and record the address"), or "and" and a modal ("must sign ... and must lock"). */
function clausesOf(words: readonly string[], main: readonly number[]): number[][] {
  const parts: number[][] = [[]];
  main.forEach((i, k) => {
    const next = words[main[k + 1] ?? -1] ?? '';
    // "..., and record", "...; never open", "and must report", "or may refer": a clause of its own.
    const joins = words[i] === ';' || (words[i] === ',' && /^(?:and|but|or|then)$/.test(next)) || (/^(?:and|but|or)$/.test(words[i]!) && (MAIN_VERB.test(next) || NEGATIONS.has(next) || /^(?:do|does|is|are)$/.test(next)));
    if (joins) parts.push([]);
    else parts[parts.length - 1]!.push(i);
  });
  return parts.filter((part) => part.length > 0);
}

/** An order word as the high side: "under" on the + side is "over" on the - side. */
function orderSide(word: string, side: Side): Side {
  return LOW.has(word) ? ((-side) as Side) : side;
}

/** Whether the word at `i` is an order word that bounds or orders (not "over the phone"). */
function isOrderAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!LOW.has(word) && !HIGH.has(word)) return false;
  if (!BOUNDING_ONLY.has(word)) return true;
  return /^(?:\d|than$)/.test(words[i + 1] ?? '') || NUMBER_WORDS[words[i + 1] ?? ''] !== undefined || words[i - 1] === 'or' || /^\d/.test(words[i - 1] ?? '');
}

/** Whether a word is an order or bound word in a frame: compared by its side alone. */
export function isOrderWord(word: string): boolean {
  return word === ORDER;
}

/** How a frame writes an order word: one word, its side saying which. */
const ORDER = '<order>';

/** The forbidden region a sentence states, or null when it states none a frame can read. */
export function readRequirementFrame(sentence: string): RequirementFrame | null {
  const words = wordsWithStops(sentence);
  if (sentence.includes('?') || words.some((word) => HEDGES.has(word))) return null;
  // "most controllers", "some rooms": a rule on part of its things, which a frame does not weigh.
  if (words.some((word, i) => PARTIAL.test(word) && words[i - 1] !== 'at')) return null;
  const onlyAt = words.flatMap((word, i) => (word === 'only' ? [i] : []));
  if (onlyAt.length > 1) return null;
  const only = onlyAt[0];
  // "only until", "only unless": the case an "only" keeps to is the one "until" lets off, turned
  // twice; a frame cannot say which way it reads ("leave only until relief arrives" is no ban on leaving before it).
  if (only !== undefined && LETTING_OFF.has(words[only + 1] ?? '')) return null;
  const stretches: Stretch[] = [];
  let restricts = false;
  // Cases and relative clauses, each its own stretch.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "before the next patient is seated", "after the alarm has sounded": an order word opening a clause of its own is a case.
    const timed = /^(?:before|after)$/.test(word) && words.slice(i + 1, stretchEnd(words, i, false)).some((inner) => /^(?:is|are|was|were|has|have|had|does|do|did)$/.test(inner));
    // "more than once", "at once": a count or a time, no case.
    const counted = word === 'once' && /^(?:than|at|all)$/.test(words[i - 1] ?? '');
    const opens = ((OPENING.has(word) && !counted) || LETTING_OFF.has(word) || timed);
    const relative = !opens && opensRelative(words, i);
    if (!opens && !relative) continue;
    const end = stretchEnd(words, i, relative);
    // "only if", "only once", "only when": the case an "only" keeps to is one the rule lets off
    // outside; so is the case of an imperative opened by "only" ("Only call it antique once ...").
    const imperativeOnly = only === 0 && !words.slice(1, i).some((between) => AUXILIARY.test(between));
    const keptTo = only !== undefined && (only === i - 1 || imperativeOnly) && OPENING.has(word) && !restricts;
    if (keptTo) restricts = true;
    // A case with no word of its own ("if possible", "where practical") hedges the rule.
    if (!words.slice(i + 1, end).some(isFrameContent) && !words.slice(i + 1, end).some((inner) => /^\d/.test(inner))) return null;
    stretches.push({ start: i + 1, end, turn: !relative && (keptTo || LETTING_OFF.has(word)) ? -1 : 1, marker: timed ? word : null });
    i = end - 1;
  }
  // An "only" that keeps to a set, not a case: the words it scopes, up to the rule's verb when it
  // opens the sentence ("Only trained members may use"), else to the end of its stretch ("seated
  // only between songs"); an imperative's "only" keeps to its last case, from the preposition on
  // ("Only exchange currency for customers aged 18 or over"). What it keeps to is turned: a
  // relative clause in the scope ("only to people who signed"), else the whole scope.
  let turned: { start: number; end: number } | null = null;
  if (only !== undefined && !restricts) {
    if (stretches.some((stretch) => only >= stretch.start && only < stretch.end)) return null;
    restricts = true;
    const rest = words.slice(only + 1);
    const verb = rest.findIndex((word) => AUXILIARY.test(word) || GRANTS.has(word));
    const preposition = rest.findIndex((word, k) => k > 0 && /^(?:for|to|with|in|on|at|from|between|by|during|inside|within)$/.test(word));
    const subject = only === 0 && verb > 0;
    const from = subject ? only + 1 : only === 0 ? only + 1 + Math.max(0, preposition) : only + 1;
    const to = subject ? only + 1 + verb : stretchEnd(words, from, false);
    const relative = stretches.find((stretch) => stretch.start - 1 >= from && stretch.start - 1 < to);
    if (relative) relative.turn = -1;
    else turned = { start: from, end: to };
  }
  const inStretch = (i: number) => stretches.find((stretch) => i >= stretch.start && i < stretch.end);
  const markers = new Set(stretches.filter((stretch) => stretch.marker).map((stretch) => stretch.start - 1));
  const main = words.flatMap((word, i) => (inStretch(i) || markers.has(i) || (OPENING.has(word) && !(word === 'once' && /^(?:than|at|all)$/.test(words[i - 1] ?? ''))) || LETTING_OFF.has(word) || opensRelative(words, i) || word === 'only' ? [] : [i]));
  const clauses = clausesOf(words, main);
  const acts = clauses.map((clause) => actOf(words, clause));
  if (acts.some((act) => act < 0)) return null;
  // A passive with its doer ("is cleared by the archers"): the roles are the other way round from
  // the words' order, which the frame compares; it reads no frame (round 32a).
  if (acts.some((act) => /^(?:is|are|was|were|be|been|being)$/.test(words[act - 1] ?? '') && words[act + 1] === 'by')) return null;
  const sides = new Map<number, Side>();
  let party: string[] = [];
  let grantsOnly = true;
  for (const [c, clause] of clauses.entries()) {
    const act = acts[c]!;
    const before = clause.filter((i) => i < act);
    // A negation after the act negates a thing or a case of it, which a frame does not place.
    // So does a modal or a grant after it ("Before it is dispensed, the pharmacist can check it").
    if (clause.some((i) => i > act && ((NEGATIONS.has(words[i]!) && !boundsOrder(words, i)) || GRANTS.has(words[i]!) || MAIN_VERB.test(words[i]!) || DUTIES.has(words[i]!)))) return null;
    const negated = negationSide(words, before) === -1;
    // An "only" and a negation on one act ("wet clean only must not go"): the frame cannot say which scopes which.
    if (negated && restricts) return null;
    // A duty negated ("need not", "are not required to") grants: it forbids nothing.
    if (negated && before.some((i) => DUTIES.has(words[i]!))) return null;
    const grants = before.some((i) => GRANTS.has(words[i]!));
    // A clause that only grants beside one that binds ("must sign ... and can lock"): the frame cannot weigh them.
    if (grants && !negated && !restricts && clauses.length > 1) return null;
    if (!grants || negated || restricts) grantsOnly = false;
    sides.set(act, negated || restricts ? 1 : -1);
    if (c === 0) party = before.filter((i) => isFrameContent(words[i]!) && !AUXILIARY.test(words[i]!)).map((i) => words[i]!);
  }
  // A grant says what may be done, not what may not: with no "only" and no negation it forbids nothing.
  if (grantsOnly) return null;
  const frame: FrameWord[] = [];
  const figures: string[] = [];
  words.forEach((word, i) => {
    if (/^\d/.test(word)) {
      figures.push(word);
      return;
    }
    const number = NUMBER_WORDS[word];
    // "every other week" counts; "other staff", "no one", "any one of them" do not.
    const pronoun = (word === 'other' && words[i - 1] !== 'every') || (word === 'one' && /^(?:no|any|every|each|which|the|this|that|no-one)$/.test(words[i - 1] ?? ''));
    if (number !== undefined && !pronoun) {
      figures.push(number);
      return;
    }
    const order = isOrderAt(words, i);
    const stretch = inStretch(i);
    // In a case, "any" is not "all": a quantifier there is a word of the case ("if any check fails").
    const quantifier = stretch !== undefined && /^(?:any|all|every|each|no)$/.test(word) && !NEGATIONS.has(word);
    if (!order && !quantifier && !isFrameContent(word)) return;
    // In a case or a relative clause, as in the rule, its act carries its side and its things stand inside:
    // "who did not sign the consent form" and (an "only" turning it) "who signed the consent form" agree.
    // A stretch whose act is not read ("when the patient uses oxygen", "except in the lanes") turns as a whole.
    const stretchSide = stretch ? ((stretch.turn * negationSide(words, range(stretch.start, stretch.end))) as Side) : 1;
    const carrier = stretch ? stretchAct(words, stretch) : -1;
    const own: Side = stretch ? (carrier < 0 || i === carrier ? stretchSide : 1) : (sides.get(i) ?? 1);
    const side: Side = turned && i >= turned.start && i < turned.end ? ((-own) as Side) : own;
    if (!order) {
      frame.push({ word: SPEAKERS[word] ?? word, side, act: sides.has(i) });
      return;
    }
    // "no more than 3" is "at most 3": the negation turns the order word, not the rule.
    const bound = boundsOrder(words, i - 1);
    frame.push({ word: ORDER, side: orderSide(word, (bound ? -side : side) as Side), act: false });
  });
  if (frame.length < 2) return null;
  const every = [...sides.values()].some((side) => side === -1) && words.some((word) => /^(?:every|each|all|always|whenever|any)$/.test(word));
  // "18 or over", "3 or more": the "or" of a bound joins no alternatives.
  const alternatives = words.filter((word, i) => word === 'or' && !(isOrderAt(words, i + 1) && (/^\d/.test(words[i - 1] ?? '') || NUMBER_WORDS[words[i - 1] ?? ''] !== undefined))).length;
  return { words: frame, figures, party, alternatives, every };
}

/** The act of a case or a relative clause, as `actOf` reads a clause's. */
function stretchAct(words: readonly string[], stretch: Stretch): number {
  return actOf(words, range(stretch.start, stretch.end));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

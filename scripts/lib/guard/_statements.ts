// One sentence of a clause read as a statement: its main clause and conditions, whether the main
// clause is negated, its order and direction words with what they attach to, its quantifiers and
// hedges, and the words in order (for who-does-what). Pure: no `node:` imports.
//
// Written on word lists rather than a parser: the statements of a codex clause are short
// imperative or modal sentences, and the distinctions that matter here (before/after, only
// if/unless, every/some, not/un-) are closed-class words that any tagger would hand back to a list
// like these. Keeping it dependency-free keeps the hook's start-up cost at zero.
import { normaliseWord, RULE_WORDS, STOP_WORDS, tokenizeWords } from './_text.ts';
import { negatedBases, wordsWithPrefixes } from './_spelled-negations.ts';
import { rememberedPerText } from './_per-text.ts';
import { isImperativeVerb, NEGATORS } from './_rule-words.ts';
import { APPROXIMATING, BOUNDS_AFTER, BOUNDS_BEFORE, NEGATED_BOUND_PATTERN, NUMBER_WORDS, RATE_ADVERB_PERIODS } from './_numbers.ts';
import { unitKey } from './_quantity-units.ts';

/** Conditions, by how they restrict the rule they sit in. */
export type ConditionKind = 'only-if' | 'if' | 'unless' | 'even-if' | 'whenever';

/** Order and direction classes; each has one opposite. */
export type Direction = 'before' | 'after' | 'up' | 'down' | 'first' | 'last';

export const OPPOSITE_DIRECTION: Readonly<Record<Direction, Direction>> = {
  before: 'after', after: 'before', up: 'down', down: 'up', first: 'last', last: 'first',
};

export interface DirectionCue {
  direction: Direction;
  /** The words as written, for messages. */
  words: string;
  /** Content stems right before and after the cue: what the order relation is about. */
  anchors: string[];
}

export interface Condition {
  kind: ConditionKind;
  /** The marker as written ("only if", "unless"). */
  marker: string;
  /** Content stems of the condition. */
  stems: string[];
  /** The condition's words, marker included. */
  words: string[];
  /** Where its words begin in the statement's words, so readings of the rule outside its conditions need not look for them again. */
  start: number;
}

export interface Statement {
  text: string;
  /** Lower-case words, contractions expanded. */
  words: string[];
  /** Normalised content stems, in order. */
  stems: string[];
  conditions: Condition[];
  /** Negating words of the main clause (conditions excluded, spelled-out "not paid" = "unpaid" excluded). */
  mainNegations: string[];
  /** Where each of `mainNegations` stands in `words`. */
  mainNegationAt: number[];
  /** Negating words inside conditions. */
  conditionNegations: string[];
  directions: DirectionCue[];
  /** all/every/each/any/always in the sentence. */
  universals: string[];
  /** some/most/certain/selected/... in the sentence. */
  partials: string[];
  /** Hedges that make a rule apply less than always ("where practical", "in most cases"). */
  qualifiers: string[];
  /** be + participle: "are approved by", "must be logged". */
  passive: boolean;
}

/** Multi-word cues first so "only if" wins over "if". Values: [kind, marker]. */
const CONDITION_MARKERS: ReadonlyArray<readonly [string, ConditionKind]> = [
  ['only if', 'only-if'], ['only when', 'only-if'], ['only once', 'only-if'], ['only after', 'only-if'],
  ['only where', 'only-if'], ['only provided', 'only-if'], ['only with', 'only-if'], ['if and only if', 'only-if'],
  ['even if', 'even-if'], ['even when', 'even-if'], ['even though', 'even-if'], ['regardless of whether', 'even-if'],
  ['whether or not', 'even-if'], ['regardless of', 'even-if'],
  ['unless', 'unless'], ['except when', 'unless'], ['except if', 'unless'], ['except where', 'unless'],
  ['except for when', 'unless'], ['other than when', 'unless'],
  // "Save where the coroner directs otherwise, ...": the old legal "save" is "except".
  ['save where', 'unless'], ['save when', 'unless'], ['save if', 'unless'], ['save in cases where', 'unless'], ['except in cases where', 'unless'],
  ['except in cases when', 'unless'], ['other than where', 'unless'], ['other than if', 'unless'], ['apart from when', 'unless'], ['apart from where', 'unless'],
  ['excepting where', 'unless'], ['excepting when', 'unless'], ['except in', 'unless'], ['except on', 'unless'], ['except during', 'unless'],
  ['whenever', 'whenever'], ['every time', 'whenever'], ['each time', 'whenever'], ['any time', 'whenever'], ['anytime', 'whenever'],
  ['provided that', 'if'], ['providing that', 'if'], ['as long as', 'if'], ['so long as', 'if'], ['on condition that', 'if'],
  ['in case', 'if'], ['if', 'if'], ['when', 'if'], ['once', 'if'], ['in the event that', 'if'],
];

/**
 * Order cues. Multi-word ones first. "over"/"under" count only before a number ("over $500", not
 * "over the phone", "under no circumstances"), as NUMBER_ONLY_CUES says.
 */
const DIRECTION_CUES: ReadonlyArray<readonly [string, Direction]> = [
  // Bounds ("at least", "no more than", "or fewer"), as `_numbers.ts` reads them. Not "within", a
  // deadline whose change the number and deadline readings judge, nor a bound said with a negated
  // verb ("not to exceed"), nor "no/not later than", an order in time (below).
  ...[...BOUNDS_BEFORE, ...BOUNDS_AFTER].filter((bound) => bound.phrase !== 'within' && !/^(?:no|not) later than$/.test(bound.phrase) && (bound.negates === undefined || bound.phrase === 'not exceed')).map((bound) => [bound.phrase, bound.side] as const),
  ['no later than', 'before'], ['no earlier than', 'after'], ['not later than', 'before'], ['not earlier than', 'after'],
  // "sooner" says "earlier" (round 26b: "no sooner than a week after stringing" -> "no later than").
  ['no sooner than', 'after'], ['not sooner than', 'after'],
  ['newer than', 'down'], ['prior to', 'before'], ['ahead of', 'before'], ['earlier than', 'before'],
  ['later than', 'after'], ['at the start', 'first'], ['at the beginning', 'first'], ['at the end', 'last'],
  ['before', 'before'], ['after', 'after'], ['following', 'after'], ['afterwards', 'after'], ['once', 'after'], ['as soon as', 'after'], ['immediately after', 'after'], ['straight after', 'after'],
  // "on leaving the suite", "upon arrival": at the moment it happens, so after it.
  ['upon leaving', 'after'], ['on leaving', 'after'], ['upon exiting', 'after'], ['on exiting', 'after'], ['upon arrival', 'after'], ['on arrival', 'after'], ['upon arriving', 'after'], ['on arriving', 'after'], ['upon entering', 'after'], ['on entering', 'after'], ['upon completion', 'after'], ['on completion', 'after'], ['upon completing', 'after'], ['on completing', 'after'],
  ['first', 'first'], ['last', 'last'], ['earliest', 'first'], ['latest', 'last'],
  // Order words inside a noun phrase: which end of a queue or a range comes first ("oldest first",
  // "the cheapest plan", "sorted by date, descending").
  ['oldest', 'first'], ['newest', 'last'], ['most recent', 'last'], ['least recent', 'first'], ['most recently', 'last'], ['least recently', 'first'], ['youngest', 'last'],
  ['cheapest', 'down'], ['most expensive', 'up'], ['least expensive', 'down'], ['priciest', 'up'],
  ['smallest', 'down'], ['largest', 'up'], ['biggest', 'up'], ['shortest', 'down'], ['longest', 'up'],
  ['ascending', 'up'], ['descending', 'down'],
  ['highest', 'up'], ['lowest', 'down'], ['increase', 'up'], ['decrease', 'down'], ['raise', 'up'], ['lower', 'down'],
  // Which of two is picked, or which end of a queue: "pay the lower of the two", "whichever is
  // earlier", "go to the front of the queue".
  ['the lower of', 'down'], ['the lesser of', 'down'], ['the smaller of', 'down'], ['the higher of', 'up'], ['the greater of', 'up'], ['the larger of', 'up'],
  ['whichever is earlier', 'before'], ['whichever is sooner', 'before'], ['whichever comes first', 'before'], ['whichever is later', 'after'], ['whichever comes last', 'after'],
  ['to the front', 'first'], ['at the front', 'first'], ['to the top', 'first'], ['to the end', 'last'], ['to the back', 'last'], ['at the back', 'last'], ['to the bottom', 'last'],
];
/** Bounds that are other words without a number after them ("over the phone", "beyond the gate", "min" of "min read"). */
const NUMBER_ONLY_CUES = new Set(['over', 'under', 'beyond', 'max', 'min']);
const AS_SOON_AS_DEADLINE = /^(?:possible|practicable|practical|feasible|reasonably|you can|they can|we can|it is (?:safe|possible|practicable))\b/;
const NOT_AFTER_ONCE = new Set(['for', 'per', 'a', 'an', 'every', 'each', 'more', 'again', 'only', 'or', 'and', 'in', 'at', 'to']);

const UNIVERSALS = new Set([
  'all', 'every', 'each', 'any', 'always', 'everyone', 'everybody', 'anyone', 'anybody', 'whatever', 'whichever', 'whenever', 'wherever',
  // "throughout the flight", "continuously": at every moment of it.
  'throughout', 'continuously', 'constantly',
  // "daily" is "every day": a frequency said either way keeps its scope.
  ...Object.keys(RATE_ADVERB_PERIODS),
]);
const PARTIALS = new Set([
  'some', 'most', 'certain', 'selected', 'several', 'many', 'few', 'particular', 'specific', 'occasional', 'large', 'major',
  'new', 'first-time', 'eligible', 'sometimes', 'often', 'occasionally', 'rarely',
]);

/** Phrases that make a rule apply less than always. */
export const WEAKENING_QUALIFIERS: readonly string[] = [
  'where practical', 'where practicable', 'if practical', 'when practical', 'if possible', 'where possible', 'when possible',
  'whenever possible', 'if feasible', 'where feasible', 'when feasible', 'ideally', 'usually', 'generally', 'typically', 'normally',
  'in most cases', 'in general', 'most of the time', 'as a rule', 'where appropriate', 'if appropriate', 'when appropriate',
  'if convenient', 'when convenient', 'at your discretion', 'at their discretion', 'if you can', 'try to', 'aim to', 'attempt to',
  'when asked', 'if asked', 'on request', 'upon request', 'if requested', 'when requested', 'if time permits', 'time permitting',
  'as needed', 'if needed', 'when needed', 'where relevant', 'if relevant', 'when relevant', 'as far as possible',
  'to the extent possible', 'reasonable efforts', 'best effort', 'sometimes', 'often', 'occasionally', 'in principle',
  'where necessary', 'if necessary', 'if it seems necessary', 'unless inconvenient', 'preferably', 'optionally', 'if you want',
  'if you like', 'feel free', 'by default', 'in some cases', 'in many cases', 'for the most part', 'when it makes sense',
  'after the second request', 'after repeated requests', 'on the second request', 'if the customer insists', 'when in doubt',
];

/**
 * Hedges with words of their own: "where workload allows", "if time permits", "as resources allow",
 * "when you get a chance", "subject to availability". Matched as written, quoted as found.
 */
const WEAKENING_QUALIFIER_PATTERNS: readonly RegExp[] = [
  // Any noun that must allow it first, as "staffing permitting" below: "where access allows".
  /\b(?:where|when|if|as|whenever) (?:the |your |their |our )?(?:[a-z]+ )?(?!law\b|regulations?\b|policy\b|contract\b)[a-z]+ (?:allows?|permits?)\b(?! (?:it|them|you|us|him|her|the|a|an)\b)/g,
  /\b(?:if|when|whenever) (?:you|they|we|staff|agents?) (?:have|get|find) (?:the |a )?(?:time|chance|moment|capacity|opportunity)\b/g,
  // "must, where there is time, be told": the same hedge with "there is" (round 37a, v48's obligation).
  /\b(?:if|when|whenever|where) there (?:is|are) (?:the |enough |a )?(?:time|chance|moment|capacity|opportunity|staff)\b/g,
  // A duty left to the doer's will ("Clean the grill whenever you like"); on a grant the same words
  // are "at any time" (conditionSpans).
  /\b(?:whenever|when|as often as|any time) (?:you|they|staff|we) (?:like|wish|want|choose|please|feel like)\b/g,
  /\bsubject to (?:availability|capacity|workload|resources)\b/g,
  // "staffing permitting", "weather allowing": a noun that must allow it first.
  /\b(?!not\b)[a-z]+ (?:permitting|allowing)\b/g,
  /\bwithin reason\b/g,
  // The class, not a list: an adverbial that makes the duty depend on what is reasonable or
  // possible ("as far as is reasonable", "where it is reasonably practicable", "to the extent feasible"),
  /\b(?:(?:as|so|in so|insofar) far as|where|when|if|insofar as|to the extent(?: that)?) (?:is |it is |it's |this is |that is |is )?(?:reasonabl[ey](?: practicable| possible| practical)?|practicable|practical|possible|feasible|convenient|sensible|realistic|achievable|workable)\b/g,
  // on someone's discretion or judgement ("at the agent's discretion", "if you think it necessary", "as they see fit"),
  /\bat (?:the |your |their |his |her |its |our )?(?:[a-z'’]+ (?:s )?){0,2}(?:own )?(?:discretion|option|convenience)\b/g,
  /\b(?:if|when|where|as) (?:you|they|we|staff|agents?|the agent|the team) (?:think|feel|judge|consider|decide|deem|believe|see fit)\b/g,
  // on effort ("make every effort to", "take reasonable steps to", "endeavour to", "do their best to"),
  /\b(?:make|use|take|makes|uses|takes) (?:every|all|reasonable|best|all reasonable|all possible) (?:effort|efforts|endeavours?|endeavors?|steps|measures)\b/g,
  /\b(?:endeavou?rs?|strives?|seeks?) to\b/g,
  // or on an aim ("The studio aims to give 30 days' notice", "intends to", "hopes to"): "aim to"
  // above in every person and form (round 30b).
  /\b(?:aims|aiming|intends?|intending|hopes?|hoping) to\b/g,
  /\bdo(?:es)? (?:your|their|our|its|his|her) best to\b/g,
  // or on being asked more than once ("after their second request", "if the customer asks again"),
  // any noun of a contact or an alert counting as the asking ("after the second report from the
  // public", "on the third warning"; round 25b).
  /\b(?:after|on|upon|following|at) (?:the |their |his |her |its |your |a )?(?:[a-z]+ )?(?:second|third|fourth|2nd|3rd|4th|repeated|several|multiple|further|another|subsequent|follow-up) (?:request|requests|ask|asks|reminder|reminders|complaint|complaints|chaser|chasers|contact|call|calls|email|emails|report|reports|message|messages|letter|letters|notice|notices|warning|warnings|enquiry|enquiries|inquiry|inquiries|query|queries|sighting|sightings|alert|alerts|visit|visits|mention|mentions)\b/g,
  // The repeat may come after what was asked for ("after the customer has asked for one a second time").
  // "and again" opens another occasion of the duty ("after each patient, and again before any
  // sterile pack is opened"): the duty done once more, not a case that waits for a repeat (round 39c).
  // "once every two hours, and twice an hour after 22:00", "once a week": a count of how often, not the
  // conjunction "once" (round 40c, v49). "until the horse is standing steadily again": a state come
  // back, no repeat waited for (round 43d, v60's vet staying after sedation).
  /\b(?:if|when|once(?! (?:every|each|a|an|per|daily|weekly|hourly|monthly|yearly|nightly)\b)|after|until(?! (?:they|he|she|you|(?:the |a |an |any |each |your |their )?[a-z]+) (?:is|are|can) )|as soon as) (?:they|he|she|you|(?:the |a |an |any |each |your |their )?[a-z]+) (?:has |have |had |does |did )?[a-z]+(?: [a-z']+){0,5}? (?:(?<!\band )again|twice|repeatedly|more than once|a (?:second|third|further) time|for the (?:second|third) time|(?:two|three|four|five|several|multiple|many) times)\b/g,
  /\b(?:if|when) pressed\b/g,
];

/** "no later than" bounds a number; "not only" adds; neither negates the rule. */
const NOT_NEGATING = new RegExp(String.raw`\b(?:${NEGATED_BOUND_PATTERN})\b|\bnot only\b|\bwhether or not\b|\bno matter\b|\bwithout exception\b|\bno exceptions?\b|\bunder no circumstances\b|\bin no case\b|\bno one\b|\b(?:need not|(?:do|does|did) not (?:need|have) to|(?:is|are|was|were|be) not (?:required|obliged|obligated) to)\b`, 'g');
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const AUXILIARIES = new Set([...BE, 'do', 'does', 'did', 'have', 'has', 'had', 'to', 'can', 'may', 'must', 'should', 'will', 'shall', 'could', 'would', 'might', 'yet', 'ever']);

function isContent(word: string): boolean {
  return !STOP_WORDS.has(word) && !RULE_WORDS.has(word);
}

/** Words with "never"/"no one" phrases that strengthen a rule ("under no circumstances") rewritten to "never". */
function readWords(text: string): string[] {
  const joined = tokenizeWords(text).join(' ');
  const emphatic = joined.replace(/\bunder no circumstances\b|\bin no case\b|\bat no time\b/g, 'never');
  return emphatic.split(' ').filter(Boolean);
}

/**
 * Phrases of a cue list grouped by first word, in list order, so each word is tried against only
 * the phrases that can start there (the hook reads every sentence of every changed clause).
 */
function indexPhrases<T>(list: ReadonlyArray<readonly [string, T]>): Map<string, Array<readonly [string, T, string[]]>> {
  const index = new Map<string, Array<readonly [string, T, string[]]>>();
  for (const [phrase, value] of list) {
    const parts = phrase.split(' ');
    const first = parts[0] ?? '';
    const bucket = index.get(first) ?? [];
    bucket.push([phrase, value, parts]);
    index.set(first, bucket);
  }
  return index;
}

/** The first phrase of an indexed cue list that starts at words[at], as [phrase, value]. */
function findPhraseAt<T>(index: ReadonlyMap<string, ReadonlyArray<readonly [string, T, string[]]>>, words: readonly string[], at: number): readonly [string, T] | undefined {
  const found = index.get(words[at] ?? '')?.find(([, , parts]) => parts.every((part, k) => words[at + k] === part));
  return found ? [found[0], found[1]] : undefined;
}

const CONDITION_INDEX = indexPhrases(CONDITION_MARKERS);
const DIRECTION_INDEX = indexPhrases(DIRECTION_CUES);

function nextContent(words: readonly string[], from: number): string | null {
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? '';
    if (isContent(word)) return normaliseWord(word);
  }
  return null;
}

function previousContent(words: readonly string[], from: number): string | null {
  for (let i = from; i >= 0; i--) {
    const word = words[i] ?? '';
    if (isContent(word)) return normaliseWord(word);
  }
  return null;
}

/** Word ranges [start, end) of condition clauses: from the marker to the next comma, semicolon or the end. */
/**
 * Whether an "only" limits the whole action, so an "if/when/once" after it is an "only if": "may
 * only be signed off once ..." = "sign off only after ...", "Only give parents the grades when the
 * student agreed" = "... only if the student agreed". An "only" before a subject ("Only managers
 * may ...") limits who, not when.
 */
function onlyLimitsAction(words: readonly string[]): boolean {
  if (words[0] === 'only' && isImperativeVerb(words[1] ?? '')) return true;
  return words.some((word, i) => word === 'only' && MODALS_BEFORE_ONLY.has(words[i - 1] ?? ''));
}
const MODALS_BEFORE_ONLY = new Set(['may', 'can', 'must', 'should', 'shall', 'will']);
/** Markers an "only" on the action turns into "only if". */
const PLAIN_CONDITIONS = new Set(['if', 'when', 'once', 'whenever']);

/** ", provided it has not turned up": "provided"/"providing" before a subject opens a condition ("the form provided by the bank" does not). */
function providedClause(words: readonly string[], i: number): readonly [string, ConditionKind] | undefined {
  return (words[i] === 'provided' || words[i] === 'providing') && /^(?:it|they|he|she|you|we|there|the|a|an|this|that|their|its|your|no|nobody)$/.test(words[i + 1] ?? '') ? [words[i] ?? 'provided', 'if'] : undefined;
}

/** "Where workload allows, ...", "Where possible, ...": a hedge, read as a qualifier, not a condition. */
function opensWithHedge(words: readonly string[]): boolean {
  const opening = ` ${words.slice(0, 6).join(' ')} `;
  return WEAKENING_QUALIFIERS.some((phrase) => opening.startsWith(` ${phrase} `)) || WEAKENING_QUALIFIER_PATTERNS.some((pattern) => [...opening.matchAll(pattern)].some((match) => match.index === 1));
}

/** A case that is only the holder's own will: "whenever they wish", "when you like", "as often as they want". */
const OWN_WILL = /^(?:whenever|when|any time|anytime|if|as often as) (?:they|you|he|she|we|staff) (?:wish|wishes|like|likes|want|wants|choose|chooses|please|pleases)\b/;
/** A grant before it: "may", "can", "are free to", "are welcome to". */
const GRANTED = /\b(?:may|can|could|(?:is|are) (?:free|welcome|allowed|permitted) to)\b/;

function conditionSpans(text: string, words: readonly string[]): Array<{ kind: ConditionKind; marker: string; start: number; end: number }> {
  const breaks = clauseBreaks(text);
  const spans: Array<{ kind: ConditionKind; marker: string; start: number; end: number }> = [];
  const onlyAction = onlyLimitsAction(words);
  for (let i = 0; i < words.length; i++) {
    // "Where the coroner directs otherwise, ...": a "where" opening the sentence is an "if" (elsewhere it is a place or a relative).
    const found = findPhraseAt(CONDITION_INDEX, words, i) ?? (i === 0 && words[0] === 'where' && !opensWithHedge(words) ? (['where', 'if'] as const) : undefined) ?? providedClause(words, i);
    if (!found) continue;
    // "at any time" and "at no time" are emphasis, not conditions.
    if (found[0] === 'any time' && words[i - 1] === 'at') continue;
    // "can leave flowers whenever they wish" = "at any time": a grant's holder's own will is no
    // condition on it (on a duty, "if you want" is a hedge, read as one).
    if (OWN_WILL.test(words.slice(i, i + 4).join(' ')) && GRANTED.test(words.slice(0, i).join(' '))) continue;
    const [marker, written] = found;
    const kind: ConditionKind = onlyAction && PLAIN_CONDITIONS.has(marker) && words.indexOf('only') < i ? 'only-if' : written;
    let end = i + marker.split(' ').length;
    while (end < words.length && !breaks.has(end)) end++;
    spans.push({ kind, marker, start: i, end });
    i += marker.split(' ').length - 1;
  }
  return spans;
}

/** Word ranges of "but ..." parts: from "but" to the next comma, semicolon or the end. */
function exceptionSpans(text: string, words: readonly string[]): Array<[number, number]> {
  const breaks = clauseBreaks(text);
  const spans: Array<[number, number]> = [];
  words.forEach((word, i) => {
    // ", except the pad crew without clearance": a negation in the case let off is the exception's.
    if (word === 'except' && breaks.has(i)) {
      let end = i + 1;
      while (end < words.length && !breaks.has(end)) end++;
      spans.push([i, end]);
      return;
    }
    if (word !== 'but' || i === 0) return;
    let end = i + 1;
    while (end < words.length && !breaks.has(end)) end++;
    // ", but it must not be programmable": a clause with its own subject and modal is a rule of
    // its own (said as a sentence of its own, it reads the same), not an exception carved out; so
    // is ", but you never approve overrides" (a sentence joined with "but").
    // The subject may be a bare noun phrase: ", but glass vases are not allowed".
    if (/^(?:it|they|he|she|you|we|this|these|those|the [a-z]+|(?:(?:the|a|an|any|all|no|our|your|their) )?(?!(?:not|never|only|also|just|even|then)\b)[a-z]+(?: [a-z]+)?) (?:must|shall|should|may|can|will|is|are|does|do|never|always|cannot)\b/.test(words.slice(i + 1, end).join(' '))) return;
    // "Visitors may watch from the gallery but must not touch the consoles": a verb phrase with its
    // own modal sharing the sentence's subject is a rule of its own too, as the two sentences it
    // joins were (round 26a); "but never alone" has no modal and stays an exception.
    if (/^(?:must|shall|should|may|can|cannot|will|need|needs|has|have) /.test(`${words.slice(i + 1, end).join(' ')} `) && i + 2 < end) return;
    spans.push([i, end]);
  });
  return spans;
}

/** Word indexes after which a comma, semicolon, colon, bracket or dash stood in the text. */
export function clauseBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let count = 0;
  // "10,000 pounds": a comma between digits groups them, it breaks no clause.
  for (const piece of text.toLowerCase().replace(/[’‘]/g, "'").replace(/(\d),(?=\d{3}\b)/g, '$1').split(/([,;:()—–]|\s-\s)/)) {
    if (/^([,;:()—–]|\s-\s)$/.test(piece)) breaks.add(count);
    else count += tokenizeWords(piece).length;
  }
  return breaks;
}

/** Negators of words[start..end), minus bound phrases and "not" + a word the other text spells as un-/in-/non-word. */
/** What a "keep" keeps something from: then it forbids sharing, showing or putting it elsewhere. */
const KEEPS_OUT = /\b(?:out of|away from|clear of|(?:hands|fingers|feet) off|off (?:the|their|your|its)|to yourself|to themselves|private|confidential|secret|within (?:the|your|our|their) (?:team|company|organisation|organization|department|business|group|firm|practice))\b/;

const KEPT_PRIVATE = /\b(?:private|confidential|secret)$/;

/**
 * "stay away from the coral", "steer clear of politics", "stay off the ice": a prohibition said as a duty.
 * So are "stay well back from the edges", "steer well clear of any hint" (round 43b: v60's "Do not walk
 * along the trench edges" -> "Stay well back from the edges of the trench", read as a negation removed).
 */
function staysAway(words: readonly string[], at: number): boolean {
  if (!/^(?:stay|stays|steer|steers|keep|keeps)$/.test(words[at] ?? '')) return false;
  const from = /^(?:well|right|safely)$/.test(words[at + 1] ?? '') ? at + 2 : at + 1;
  return /^(?:away from|clear of|back from|off (?:the|their|your|its|any)|out of) /.test(`${words.slice(from, from + 2).join(' ')} `);
}

/**
 * How far after a "keep" its "out of" may stand: seven words, two more for each "and"/"or" joining
 * a list of what is kept out ("Keep glass bottles, aerosol cans and laser pens out of the venue"
 * is the rule each item makes, "Keep glass bottles out of the venue"; round 30c, v35's list said as
 * prose), up to twelve.
 */
function keepReach(words: readonly string[], at: number): number {
  const joins = words.slice(at + 1, at + 8).filter((word) => word === 'and' || word === 'or').length;
  return Math.min(8 + 2 * joins, 13);
}

/** States a "keep" holds something in that forbid changing it: "keep the release branch frozen" = "do not change it". */
const UNCHANGED_STATES = new Set(['frozen', 'unchanged', 'untouched', 'unaltered', 'unmodified', 'locked', 'sealed']);

/** "Keep the release branch frozen (while ...)": the state closes the object's phrase (no noun after it, "a locked account"). */
function keepsUnchanged(words: readonly string[], at: number): boolean {
  const state = words.slice(at + 2, at + 7).findIndex((word) => UNCHANGED_STATES.has(word));
  if (state < 0) return false;
  const after = words[at + 2 + state + 1];
  return after === undefined || !isContent(after);
}

/** Words that make an "avoid" softer than a prohibition ("should avoid", "try to avoid"). */
const SOFTENERS = new Set(['should', 'must', 'may', 'might', 'can', 'could', 'would', 'to', 'try', 'ideally', 'generally', 'usually']);

function negationsOf(words: readonly string[], keep: (i: number) => boolean, negatedStems: ReadonlySet<string>, mode: 'main' | 'condition', spellsOutNegative = false): number[] {
  const text = ` ${words.join(' ')} `;
  const masked = new Set<number>();
  for (const match of text.matchAll(NOT_NEGATING)) {
    const first = text.slice(0, match.index).split(' ').filter(Boolean).length;
    const length = match[0].split(' ').length;
    // "No one who has been drinking may use the sauna": "no one" opening the sentence with a
    // relative clause after it is the rule's negation (as "Do not let anyone who ..." was).
    // So is "No one enters the pit" opening it, as "Nobody enters the pit" is.
    if (first === 0 && match[0] === 'no one') continue;
    for (let k = 0; k < length; k++) masked.add(first + k);
  }
  const found: number[] = [];
  words.forEach((word, i) => {
    // "Avoid slang" opening an instruction is "do not use slang"; a modal "should avoid" is softer and stays apart.
    const imperativeAvoid = word === 'avoid' && !SOFTENERS.has(words[i - 1] ?? '') && !SOFTENERS.has(words[i - 2] ?? '');
    // "say so instead of guessing" is "do not guess".
    const insteadOf = (word === 'instead' || word === 'rather') && words[i + 1] === (word === 'instead' ? 'of' : 'than');
    // "Keep user reports within the team", "keep opinions out of replies": a prohibition said as a duty.
    // "The fire door must be kept locked" is "Keep the fire door locked" in the passive.
    const keptPassive = word === 'kept' && /^(?:be|is|are|been|being)$/.test(words[i - 1] ?? '') && (UNCHANGED_STATES.has(words[i + 1] ?? '') || KEEPS_OUT.test(words.slice(i + 1, i + 6).join(' ')));
    // ("keep the identities of others on the waiting list confidential": the state may end a long object.)
    const keepsOut = ((word === 'keep' || word === 'keeps') && (KEEPS_OUT.test(words.slice(i + 1, i + keepReach(words, i)).join(' ')) || KEPT_PRIVATE.test(words.slice(i + 1, i + 12).join(' ')) || keepsUnchanged(words, i))) || keptPassive || staysAway(words, i);
    if (masked.has(i) || (!NEGATORS.has(word) && !imperativeAvoid && !insteadOf && !keepsOut)) return;
    // "Do not share passwords with anyone, not even IT staff": a "not even" after the rule's own
    // negation stresses it ("IT staff included"); "do not even open it" is the rule's negation.
    if (word === 'not' && words[i + 1] === 'even' && !AUXILIARIES.has(words[i - 1] ?? '') && found.length > 0) return;
    const relative = isRelative(words, i);
    if (mode === 'main' ? !keep(i) || relative : !keep(i) && !relative) return;
    // "Minors who are travelling without an adult" for "Unaccompanied minors": the other version's
    // negative word, spelled out in a relative clause.
    if (relative && (word === 'without' || word === 'no') && spellsOutNegative) return;
    // "Staff who do not hold a licence" for "Unlicensed staff", "code that nobody has reviewed" for
    // "unreviewed code": a relative clause's negation with the other version's negative word's base
    // a few words on ("licen-", "review-") spells that word out.
    if (relative && spellsOutNegative && words.slice(i + 1, i + 6).some((later) => spellsBase(later, negatedStems))) return;
    // "Cables that carry no label", "forms which bear no signature" for "Unlabelled cables": a "no"
    // after the relative clause's own verb spells the negative word out the same way.
    // A short base ("tag" of "untagged") must be the word itself.
    if (word === 'no' && relativeVerbBefore(words, i) && words.slice(i + 1, i + 4).some((later) => spellsBase(later, negatedStems) || negatedStems.has(normaliseWord(later)))) return;
    // "left without any damage", "with no damage" for "left undamaged": a "without" / "no" whose noun
    // (past an "any" / "a") is the base of the other version's negative word spells it out (round 29a).
    if ((word === 'without' || word === 'no') && namesBase(words, i + 1, negatedStems)) return;
    if (word === 'not' || word === 'never') {
      // "have not been paid" is "unpaid": a spelled-out negative word, not a negated rule.
      let j = i + 1;
      while (j < words.length && AUXILIARIES.has(words[j] ?? '')) j++;
      const following = words[j];
      if (following && negatedStems.has(normaliseWord(following))) return;
    }
    found.push(i);
  });
  return found;
}

/** Whether a relative pronoun after a noun opens the clause a word or two before `at` ("cables that carry no ..."). */
function relativeVerbBefore(words: readonly string[], at: number): boolean {
  for (let i = at - 2; i >= Math.max(0, at - 3); i--) {
    if (RELATIVE_PRONOUNS.has(words[i] ?? '') && i > 0 && isContent(words[i - 1] ?? '')) return true;
  }
  return false;
}

/** Whether a word starts as a negative word's base does ("licence" for the "licens" of "unlicensed"). */
function spellsBase(word: string, bases: ReadonlySet<string>): boolean {
  return word.length >= 4 && [...bases].some((base) => base.length >= 4 && word.startsWith(base.slice(0, 5)));
}

/** Whether the noun at `at` (past an "any", "a" or "an") is a negative word's base: "damage" of "undamaged". */
function namesBase(words: readonly string[], at: number, bases: ReadonlySet<string>): boolean {
  const noun = /^(?:any|a|an)$/.test(words[at] ?? '') ? words[at + 1] : words[at];
  return noun !== undefined && bases.size > 0 && (bases.has(normaliseWord(noun)) || spellsBase(noun, bases));
}

/**
 * A negation inside a relative clause ("purchases that were not downloaded") restricts what the
 * rule covers, like a condition; it does not negate the rule.
 */
function isRelative(words: readonly string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && AUXILIARIES.has(words[i] ?? '')) i--;
  if (RELATIVE_PRONOUNS.has(words[i] ?? '') && i > 0 && isContent(words[i - 1] ?? '')) return true;
  // "check that the order is paid, that the item is back and that no refund was issued": the last
  // of a series of that-clauses is as much what is checked as the first, which its list item says.
  if (words[i] === 'that' && (words[i - 1] === 'and' || words[i - 1] === 'or') && words.slice(0, i - 1).some((word, k) => word === 'that' && k > 0 && isContent(words[k - 1] ?? ''))) return true;
  return (words[at] === 'without' && insideRelativeClause(words, at)) || reducedRelative(words, at);
}

/** A past participle: "collected", "taken", "paid". */
const PARTICIPLE = /^(?:[a-z]+(?:ed|[^e\W]en|wn)|paid|kept|sold|held|made|left|sent|done|seen|told|built|bought|caught|taught|brought|found|lost|met|set|put|cut|shut|read|worn|given|taken)$/;
/** The rule's own verb, later in the sentence: a modal or a form of "be"/"have". */
const MAIN_VERB_AFTER = new Set(['must', 'may', 'can', 'should', 'shall', 'will', 'is', 'are', 'need', 'needs', 'have', 'has']);

/**
 * "Garments not collected within 90 days may be donated": a "not" right after a noun and before a
 * participle, with the rule's own modal or verb after it, describes which things the rule is about
 * (a relative clause with "that are" left out), as "Garments that were not collected" does; the
 * rule itself is a grant (issue 11, round 19a).
 */
function reducedRelative(words: readonly string[], at: number): boolean {
  if (words[at] !== 'not' || at === 0 || !isContent(words[at - 1] ?? '') || AUXILIARIES.has(words[at - 1] ?? '') || !PARTICIPLE.test(words[at + 1] ?? '')) return false;
  return words.slice(at + 2).some((word) => MAIN_VERB_AFTER.has(word));
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
/** Words that end a relative clause when walking back from inside it: the rule's own modal or verb of duty. */
const CLAUSE_HEADS = new Set(['must', 'should', 'shall', 'may', 'can', 'will', 'never', 'not', 'always', 'only']);

/**
 * "Minors who are travelling without an adult are met at the gate": a "without" a few words into a
 * relative clause (its own verb between) describes whom the rule covers, as "unaccompanied" did.
 * "without" negates a noun or a manner, never the rule's verb, so only the clause it sits in
 * matters; a modal on the way back means it is the rule's own ("Staff who ... must never ... without").
 */
function insideRelativeClause(words: readonly string[], at: number): boolean {
  for (let i = at - 1, seen = 0; i > 0 && seen < 4; i--) {
    const word = words[i] ?? '';
    if (CLAUSE_HEADS.has(word)) return false;
    if (RELATIVE_PRONOUNS.has(word)) return isContent(words[i - 1] ?? '');
    if (!AUXILIARIES.has(word)) seen++;
  }
  return false;
}

/** Stems a "not X" may spell out: "paid" for "unpaid", "complet" for "incomplete". */
export const negativeWordBases: (text: string) => ReadonlySet<string> = rememberedPerText((text) => new Set(wordsWithPrefixes(text).flatMap(negatedBases)));

interface NegativeLookingWord {
  word: string;
  /** For an in- word, the stem of its base ("inactive" -> "activ"); null for un-/non-. */
  inBase: string | null;
}

/**
 * The un-/non- words of a text (5+ letters after the prefix), and its in- words with the stem
 * of their base: the only words that can make a "not X" of the other version a spelled-out negative.
 */
const negativeLookingWords = rememberedPerText((text): ReadonlyArray<NegativeLookingWord> =>
  wordsWithPrefixes(text).flatMap((word): NegativeLookingWord[] => {
    if (/^(?:un|non)[a-z]{5,}$/.test(word)) return [{ word, inBase: null }];
    if (/^in[a-z]{5,}$/.test(word)) return [{ word, inBase: normaliseWord(word.slice(2)) }];
    return [];
  }),
);

function isPassive(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i] ?? '')) continue;
    let j = i + 1;
    if (/ly$/.test(words[j] ?? '') || words[j] === 'not') j++;
    const verb = words[j] ?? '';
    if (/(?:ed|en|wn|ne|ld|lt|nt|ught|id)$/.test(verb) && isContent(verb)) return true;
  }
  return false;
}

/**
 * Read one sentence. `otherText` is the other version of the clause: a "not paid" here is only
 * read as a spelled-out "unpaid" when the other version says "unpaid".
 */
export function readStatement(text: string, otherText = ''): Statement {
  const words = readWords(text);
  const spans = conditionSpans(text, words);
  // ", but not without a beep" carves an exception out of the rule: its negation is not the rule's.
  const exceptions = exceptionSpans(text, words);
  const inCondition = (i: number): boolean => spans.some((span) => i >= span.start && i < span.end) || exceptions.some(([start, end]) => i >= start && i < end);
  const bases = negativeWordBases(otherText);
  const stemsHere = new Set(words.map(normaliseWord));
  // "Inactive listings" -> "listings that have had no activity": an in- word counts when its base is here.
  const spellsOutNegative = otherText !== '' && negativeLookingWords(otherText).some(({ word, inBase }) => !words.includes(word) && (inBase === null || stemsHere.has(inBase)));
  const stems = words.filter(isContent).map(normaliseWord);

  const directions: DirectionCue[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = findPhraseAt(DIRECTION_INDEX, words, i);
    if (!found) continue;
    const [phrase, direction] = found;
    const length = phrase.split(' ').length;
    if (NUMBER_ONLY_CUES.has(phrase) && !/^\d/.test(words[i + 1] ?? '')) continue;
    // "once the build has run" orders; "apologise once for it" counts.
    if (phrase === 'once' && (i + 1 >= words.length || NOT_AFTER_ONCE.has(words[i + 1] ?? ''))) continue;
    // "as soon as you have left" orders; "as soon as possible" is a deadline, "as soon as it is safe" a case.
    if (phrase === 'as soon as' && AS_SOON_AS_DEADLINE.test(words.slice(i + 3, i + 6).join(' '))) continue;
    // "following" as an adjective ("the following steps") orders nothing.
    if (phrase === 'following' && words[i - 1] === 'the') continue;
    const anchors = [previousContent(words, i - 1), nextContent(words, i + length)].filter((stem): stem is string => stem !== null);
    // "must not go above 10 km/h" = "must not exceed 10 km/h": a bound on a figure after a negated
    // verb is the other side's bound (round 22c). Only up or down before a number: "do not ship
    // before ..." is an order the order facts read.
    // A figure in words is a figure ("more than twenty kilograms" = "more than 20 kg", round 26a).
    // So is a fraction of an amount ("more than half a day" = "more than 12 hours", round 28a).
    const isFigure = (word: string) => /^[\d£$€]/.test(word) || NUMBER_WORDS[word] !== undefined || word === 'half';
    // "an hour", "a day" is a figure too ("must not take longer than an hour and a half" = "longer than 90 minutes", round 29a).
    const oneUnit = /^an?$/.test(words[i + length] ?? '') && unitKey(words[i + length + 1] ?? '') !== '';
    const figure = isFigure(words[i + length] ?? '') || oneUnit || (APPROXIMATING.has(words[i + length] ?? '') && isFigure(words[i + length + 1] ?? ''));
    const negatedVerb = /^(?:not|never)$|n['’]t$/.test(words[i - 2] ?? '') && /^[a-z]+$/.test(words[i - 1] ?? '') && !/^(?:not|never|only)$/.test(words[i - 1] ?? '');
    // "no faster than 1.6 m/s" = "at most 1.6 m/s", as "no more than" is.
    const turned = figure && (negatedVerb || words[i - 1] === 'no') && (direction === 'up' || direction === 'down') ? OPPOSITE_DIRECTION[direction] : direction;
    directions.push({ direction: turned, words: phrase, anchors });
    i += length - 1;
  }

  const padded = ` ${words.join(' ')} `;
  const mainNegationAt = negationsOf(words, (i) => !inCondition(i), bases, 'main');
  return {
    text,
    words,
    stems,
    conditions: spans.map((span) => ({
      kind: span.kind,
      marker: span.marker,
      stems: words.slice(span.start, span.end).filter(isContent).map(normaliseWord),
      words: words.slice(span.start, span.end),
      start: span.start,
    })),
    mainNegations: mainNegationAt.map((i) => words[i] ?? ''),
    mainNegationAt,
    conditionNegations: negationsOf(words, inCondition, bases, 'condition', spellsOutNegative).map((i) => words[i] ?? ''),
    directions,
    // "at no point may the pilot lose sight": every moment, as "at all times".
    universals: words.filter((word, i) => UNIVERSALS.has(word) || (word === 'no' && words[i - 1] === 'at' && /^(?:point|time|stage|moment)$/.test(words[i + 1] ?? ''))),
    // "3 weeks at (the) most" is a bound on the figure, not "most" of the cases (round 27a).
    partials: words.filter((word, i) => PARTIALS.has(word) && !(word === 'often' && /^(?:more|as)$/.test(words[i - 1] ?? '')) && !(word === 'most' && (words[i - 1] === 'at' || (words[i - 1] === 'the' && words[i - 2] === 'at')))),
    // "even when asked" widens a rule; only a bare "when asked" limits it.
    qualifiers: [...new Set([
      // "and more often when the wind is high" asks for more, it hedges nothing.
      // "must not try to guess" forbids even the attempt.
      ...WEAKENING_QUALIFIERS.filter((phrase) => padded.includes(` ${phrase} `) && !padded.includes(` even ${phrase} `) && !padded.includes(` more ${phrase} `) && !padded.includes(` not ${phrase} `) && !padded.includes(` never ${phrase} `)),
      ...WEAKENING_QUALIFIER_PATTERNS.flatMap((pattern) => [...padded.matchAll(pattern)].filter((match) => !(OWN_WILL.test(match[0]) && GRANTED.test(padded.slice(0, match.index)))).map((match) => match[0]).filter((phrase) => !padded.includes(` even ${phrase}`))),
    ])],
    passive: isPassive(words),
  };
}

/**
 * Content stems of a text, as a set. Remembered: detectors ask for the whole clause's stems once
 * per sentence or list item they read.
 */
export const stemSet: (text: string) => ReadonlySet<string> = rememberedPerText((text) => new Set(readWords(text).filter(isContent).map(normaliseWord)), 4_096);

export { isContent };

// Whether the new version of a clause entails the old one where it differs: every difference that
// only demands more (a bound tightened in the direction its rule reads, a prohibition or a duty
// that hands nothing over widened, a duty given more to do, a permission or a hand-over narrowed,
// a modal firmed, emphasis, a new duty or prohibition that contradicts nothing) is put back to the
// old words, one difference at a time, giving the new text with its tightenings undone: the new
// text entails it. What stays different after that is what the detectors should judge. Pure.
//
// The direction of a bound depends on the rule round it (lib/guard/README.md, "Statements and stricter edits"):
//   - what a duty demands and what a permission or a hand-over allows: an upper bound ("within",
//     "at most", "below", "every") is tighter lower, a lower bound ("at least", "more than") higher;
//   - what a prohibition forbids, and the trigger of a duty ("after four hours", "when fewer than
//     two staff"): the other way round, since the rule then bites in more cases.
import { isImperativeVerb, negationsIn, readModal } from './_rule-words.ts';
import { WEAKENING_QUALIFIERS } from './_statements.ts';
import { normaliseWord, STOP_WORDS, RULE_WORDS } from './_text.ts';
import { amountInTableRow, amountNamesAThing, boundMeasuresTheDuty } from './_amount-readings.ts';
import { inWhatIsTold } from './_told-facts.ts';
import { grantsARightReceived } from './_benefit-bounds.ts';
import { boundInCase } from './_case-bounds.ts';
import { byIsAMargin } from './_margins.ts';
import { saysNegativeState } from './_negative-states.ts';
import { boundPhrases, BOUNDS_BEFORE, NEGATED_BOUNDS, NUMBER_WORD_PATTERN, NUMBER_WORDS, SCALE_WORDS, TIMES_WORDS } from './_numbers.ts';
import { wordTable } from './_word-table.ts';

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** Words (amounts, "log-in", "km/h" kept whole) and punctuation, with their place in the text. */
const TOKEN = /[£$€]?\d+(?:[.,]\d+)*%?|[A-Za-z][A-Za-z'’-]*(?:\/[A-Za-z]+)?|[,;:.!?]/g;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    const key = /^[a-z]/.test(word) ? normaliseWord(word.replace(/'s$/, '')) : word.replace(/^[£$€]/, '');
    return { text: match[0], key, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length };
  });
}

/** A run of old tokens [a0, a1) the new text replaced with its tokens [b0, b1) (either may be empty). */
interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * How much a matched token says the two texts hold the same place: a content word far more than
 * a function word or a comma, so "the first visit" -> "every visit" keeps "visit" matched rather
 * than a "the" further on.
 */
function weight(token: Token): number {
  return /^[a-z0-9]/.test(token.key) && !STOP_WORDS.has(token.text.toLowerCase()) ? 1 : 0.3;
}

/** The differing runs of two token lists, by their heaviest common subsequence. */
function hunksOf(old: readonly Token[], now: readonly Token[]): Hunk[] {
  const n = old.length;
  const m = now.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      lcs[i]![j] = old[i]!.key === now[j]!.key ? Math.max(lcs[i + 1]![j + 1]! + weight(old[i]!), skip) : skip;
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && old[i]!.key === now[j]!.key && lcs[i]![j]! === lcs[i + 1]![j + 1]! + weight(old[i]!)) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
      continue;
    }
    open ??= { a0: i, a1: i, b0: j, b1: j };
    if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) open.b1 = ++j;
    else open.a1 = ++i;
  }
  if (open) hunks.push(open);
  // "shut." -> "open, not even for a minute.": a word replaced and a phrase added after it are two
  // changes, and so are a qualifier and a clause added after it ("for that medicine, and every
  // dose is recorded"): what was added is cut at each comma or semicolon inside it.
  return hunks.flatMap((hunk) => {
    const cuts = now.slice(hunk.b0 + 1, hunk.b1).flatMap((token, index) => (/^[,;]$/.test(token.text) ? [hunk.b0 + 1 + index] : []));
    // A new sentence is read whole: "If the caller knows the surname, you may tell them" is one rule.
    const startsSentence = hunk.b0 === 0 || /^[.!?]$/.test(now[hunk.b0 - 1]!.text);
    if (cuts.length === 0 || (hunk.a0 === hunk.a1 && startsSentence)) return [hunk];
    const first = cuts[0]!;
    const pieces: Hunk[] = [{ ...hunk, b1: first }];
    for (const [index, at] of cuts.entries()) pieces.push({ a0: hunk.a1, a1: hunk.a1, b0: at, b1: cuts[index + 1] ?? hunk.b1 });
    return pieces;
  });
}

/** The sentence of `text` holding offset `at`: from the last sentence end before it to the next. */
function sentenceAt(text: string, at: number): { text: string; start: number } {
  const before = text.slice(0, at);
  let start = 0;
  for (const match of before.matchAll(/[.!?](?=\s)|\n/g)) start = (match.index ?? 0) + match[0].length;
  const rest = text.slice(at);
  const stop = rest.search(/[.!?](?=\s|$)|\n/);
  return { text: text.slice(start, stop < 0 ? text.length : at + stop + 1), start };
}

/** Clauses that set a case, a purpose or a description: a negation inside them forbids nothing. */
const SUBORDINATE = /\b(?:if|when|whenever|unless|once(?!\s+(?:every|a|an|per|in)\b)|where|wherever|because|since|as long as|so long as|provided|who|which|whose|that|until|while|so|in case|even if|even though)\b[^,;:.]*/gi;

/**
 * A negated verb of the rule itself makes a prohibition: not one inside a case or a description
 * ("if the patient has not mentioned driving"), not "without" (a manner: "refund without asking").
 */
function forbids(sentence: string): boolean {
  const own = sentence.replace(SUBORDINATE, ' ');
  // "Deposits are non-refundable within 14 days": a ban said as the thing's state (_negative-states.ts, round 31b).
  return negationsIn(own).some((word) => word !== 'without') || saysNegativeState(own);
}

/** A permission: "may", "can", "allowed to", with no negation. */
function grants(sentence: string): boolean {
  return readModal(sentence)?.strength === 1 && !forbids(sentence);
}

/**
 * Verbs that hand something over or let someone in (and their participles, "are accepted",
 * "is given"): done in fewer cases or with a proviso, such a rule gives less away, stricter; done
 * in more cases it gives more, looser ("Refund if the receipt is shown" -> "Refund": the case
 * left out was the safeguard).
 */
const GIVING = /\b(?:unlock|unblock|reset|enable|activate|refund|release|approve|grant|share|disclose|send|sent|issue|waive|pay|paid|transfer|publish|deploy|accept|allow|give|given|provide|offer|return|reopen|restore|reinstate|lift|extend|renew|credit|reimburse|forward|reveal|export|ship|dispense|prescribe|sell|sold|lend|lent|admit|let|hand|open|discharge|authori[sz]e|show|shown)(?:s|es|ed|d|ing)?\b/gi;

/**
 * Whether the rule's own verb hands something over: the imperative it opens with ("Refund the
 * booking fee"), or the verb after its modal or "is"/"are" ("are offered", "must be accepted").
 */
function rulesGiving(sentence: string): boolean {
  const text = sentence.replace(/^\s*(?:(?:if|when|whenever|once|before|after|for|on|during)\b[^,]*,\s*)?(?:please|always|only|then)?\s*/i, '');
  const verbs = [/^(\w+)/.exec(text)?.[1], /\b(?:is|are|be|been|must|shall|should|will|can|may|to)\s+(?:only\s+)?(?:be\s+)?(\w+)/i.exec(text)?.[1]];
  return verbs.some((verb) => verb !== undefined && new RegExp(`^${GIVING.source.slice(2, -2)}$`, 'i').test(verb));
}

/** A benefit said without a giving verb: "children under 5 go free", "are exempt", "at half price". */
const BENEFIT = /\b(?:free|free of charge|complimentary|discount(?:ed)?|exempt|waived|no charge|half price|reduced rate|concession)\b/i;

function gives(sentence: string): boolean {
  if (BENEFIT.test(sentence)) return true;
  for (const match of sentence.matchAll(GIVING)) {
    // "print the return label", "stop the lift": after a determiner the word names a thing.
    if (!/\b(?:the|a|an|this|that|its|their|your|our|his|her|each|every|any|no)\s+$/i.test(sentence.slice(0, match.index))) return true;
  }
  return false;
}

/** A rule that binds harder the more cases it covers: a prohibition, or a duty handing nothing over. */
function widerIsTighter(sentence: string): boolean {
  return !grants(sentence) && (forbids(sentence) || !gives(sentence));
}

/** A rule whose cases are a gate: a permission or a hand-over, tighter the fewer cases it opens. */
function gated(sentence: string): boolean {
  return grants(sentence) || (!forbids(sentence) && gives(sentence));
}

/**
 * Words that open a case, an exception or a limit: what follows them in a clause is no object.
 * "restricted to", "reserved for" are an "only" said as a restriction (round 23b); "solely", "exclusively" say it
 * too (round 38d: "given exclusively to members" + "and their families" widens the set, no more to do).
 */
const CASE_OPENER = /\b(?:if|when|whenever|once|unless|except|other than|apart from|save|without|only|solely|exclusively|(?:restricted|limited|confined) to|reserved for|provided|as long as|so long as|where|wherever|while|until|outside|besides|who|which|whose)\b|\bthat\s+(?:is|are|was|were|has|have|had|contains?|includes?|shows?|lacks?|needs?|holds?|carries|carry)\b/i;
const EXCEPTION_OPENER = /\b(?:unless|except|other than|apart from|save|but not|excluding|outside|besides)\b/i;

/** The clause of `prefix` the next words continue: after its last semicolon, colon or ", and"/", but". */
function lastClause(prefix: string): string {
  const parts = prefix.split(/[;:]|,\s*(?:and|but)\s+/i);
  return parts.at(-1) ?? prefix;
}

/** Granting words, exceptions and contrasts: an added clause holding one may let something off ("is not needed" too: a duty lifted, round 38a). */
const LETS_OFF = /\b(?:may|can|could|might|allowed|permitted|free to|entitled|optional|up to (?:the|them|you|him|her|each)|at (?:their|the|your|his|her) discretion|if (?:needed|possible|practical|convenient)|unless|except|other than|apart from|save|however|instead|rather than|but|or not|where practical|ideally|encouraged|recommended|(?:do|does|did|is|are) not (?:need|needed|have|required|obliged|necessary|mandatory|compulsory|obligatory)|need not|needn't|left (?:for|to) (?:the |their |its |a |an )?[a-z]+(?: [a-z]+)? to [a-z]+|exempt|fine|okay|ok|acceptable|allowed|will do|enough|suffices?|sufficient|is all it takes)\b/i;

/** Whether an added phrase carries a hedge that lets a rule off ("when asked", "where time allows"). */
function hedged(text: string): boolean {
  const padded = ` ${text.toLowerCase().replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ')} `;
  return WEAKENING_QUALIFIERS.some((phrase) => padded.includes(` ${phrase} `)) || /\b(?:allows?|permits?)\b/i.test(text);
}

/** "and", "then", "also" leading an added clause: what follows is the clause. */
const LEADING_JOINER = /^[\s,;:]*(?:(?:and|also|then|and then|and also|plus)\s+)*/i;

/**
 * Whether `clause` is a rule of its own that demands or forbids (an imperative, a negated verb, a
 * "must", "every dose is recorded") and lets nothing off: a duty or prohibition added beside the
 * old ones, unless it hands something over (a duty to give more is no tightening) or forbids what
 * the old text demands, or demands what it forbids (a contradiction).
 */
function addsDemand(clause: string, old: string): boolean {
  const text = clause.replace(LEADING_JOINER, '').replace(/[.!?\s]+$/, '');
  if (text === '' || LETS_OFF.test(text)) return false;
  const words = text.toLowerCase().split(/\s+/);
  const negated = forbids(text);
  const modal = readModal(text);
  const demands = negated || (modal !== null && modal.strength >= 2) || isImperativeVerb(words[0] ?? '') || /^(?:every|each|all|the|any)\b.*\b(?:is|are)\s+\w+(?:ed|en)\b/i.test(text);
  if (!demands || (!negated && gives(text))) return false;
  // "not with cotton ones", "not for a release": a negation with no verb of its own contrasts, it adds no rule.
  if (negated && !/^(?:refuse|decline|refrain)/i.test(text) && !/\b(?:never|not|no longer|don't|do not|mustn't|cannot|can't)\s+(?!(?:with|for|to|in|on|at|by|from|the|a|an|only|just|even|more|less|as|if|when|so|that)\b|[a-z]+ly\b)[a-z]+/i.test(text) && !/^no\s+\w+(?:\s+\w+)?\s+(?:may|can|must|shall|is|are)\b/i.test(text)) return false;
  // The verb the clause demands or forbids, and its polarity: the same verb in an old sentence of
  // the other polarity is a contradiction ("Never give the rabbits chocolate" + "Give them chocolate drops").
  // A duty with a case of its own ("If the member is in a hurry, read the balance to them") may
  // carve an exception out of an old rule: only a prohibition or a refusal may bring one.
  if (!negated && /\b(?:if|when|whenever|unless|where|provided|as long as|so long as|in case)\b/i.test(text)) return false;
  // A duty added beside a prohibition may carve a case out of it ("For common painkillers, tell the
  // user how many tablets to take"): only beside duties is a new duty plainly more to do.
  if (!negated && old.split(/(?<=[.!?])\s+|\n/).some((sentence) => forbids(sentence))) return false;
  const own = contentStemsOf(text);
  // A clause whose words the old text already had was moved, not added ("..., then revoke their
  // SSO access" after the steps were swapped).
  const oldStems = new Set(contentStemsOf(old));
  if (own.length > 0 && own.filter((stem) => oldStems.has(stem)).length * 2 > own.length) return false;
  for (const sentence of old.split(/(?<=[.!?])\s+|\n/)) {
    if (forbids(sentence) === negated) continue;
    // A word of the new rule in an old rule of the other polarity: the two may clash ("Never share
    // account balances over chat" + "Read the account balance aloud in chat").
    const stems = contentStemsOf(sentence);
    if (own.some((stem) => stems.includes(stem))) return false;
  }
  return true;
}

/** Content words of a text, stemmed: no function, modal or negation words. */
function contentStemsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((word) => word.length > 2 && !STOP_WORDS.has(word) && !RULE_WORDS.has(word) && !/^(?:never|not|always|every|each|all|any)$/.test(word)).map((word) => normaliseWord(word.replace(/'s$/, '')));
}

/** Phrases saying a rule holds in every case, without exception: emphasis only. */
const EMPHASIS = /^(?:under (?:any|no) circumstances?|without exceptions?|no exceptions?|in (?:any|every|all) (?:\w+ )?(?:cases?|circumstances|systems?|forms?|ways?|situations?|settings?|channels?)|at any (?:time|point|stage|hour)|at all times|at all|ever|always|whatever (?:the )?\w+(?: \w+)?|for any (?:reason|purpose)|no matter (?:what|how|when|who)(?: .*)?|regardless(?: of .*)?|not even [^,;]*|even (?:if|when|though|for|after|during|with|on|in|once|briefly|for a) (?!.*\b(?:not|never|no)\b)[^,;]*|however (?:briefly|long|short|small|few|little|much|many|busy|urgent)(?: .*)?|on no account|in no case|at no (?:time|point)|every (?:single )?time|each and every time|for any length of time|for a (?:single )?(?:moment|minute|second))$/i;

/** Whether every comma-separated piece of an added phrase is emphasis. */
function emphasisOnly(added: string): boolean {
  const pieces = added.replace(/[.!?]+$/, '').split(/[,;.]/).map((piece) => piece.trim().replace(/^(?:and|or)\s+/i, '')).filter(Boolean);
  return pieces.length > 0 && pieces.every((piece) => EMPHASIS.test(piece));
}

/** Firmer modals for softer ones: "should" -> "must", "should avoid" -> "must not", "do not" -> "never". */
const SOFT_DUTY = /^(?:should|ought to|(?:is|are) (?:expected|encouraged|asked|advised|recommended) to|try to|should try to|ideally|it is (?:best|advisable|recommended) to)$/i;
const FIRM_DUTY = /^(?:must|shall|has to|have to|needs? to|(?:is|are) required to|must always|shall always|always)$/i;
const SOFT_BAN = /^(?:should not|shouldn't|should avoid|avoid|try not to|should never|(?:is|are) discouraged from|do not|don't|does not|doesn't|must not|shall not|may not|cannot|can't|not)$/i;
const FIRM_BAN = /^(?:must not|must never|never|shall not|shall never|may not|may never|cannot|can never|(?:is|are) (?:forbidden|prohibited) (?:to|from)|under no circumstances|at no time|do not ever|never ever)$/i;

/** Words saying a duty covers every case of what it names: "every visit", "all orders". */
const EVERY = /^(?:every|each|all|any|every single|each and every)$/i;
const ONE_CASE = /^(?:(?:the|a|an)\s+)?(?:first|initial|next|new|opening|some|most|certain|selected|main|last)?$/i;

/** States kept by a duty and their opposites left by a prohibition: "Keep the lid shut" = "Never leave the lid open". */
const OPPOSITE_STATES: Readonly<Record<string, readonly string[]>> = wordTable({
  shut: ['open', 'ajar', 'unlocked'], closed: ['open', 'ajar', 'unlocked'], locked: ['open', 'unlocked', 'ajar'], open: ['shut', 'closed', 'locked'],
  on: ['off'], off: ['on'], covered: ['uncovered', 'open'], attended: ['unattended', 'alone'], supervised: ['unsupervised', 'alone', 'unattended'],
  sealed: ['open', 'unsealed'], clean: ['dirty'], dry: ['wet'], upright: ['flat'], secured: ['unsecured', 'loose'], charged: ['flat', 'uncharged'],
  clear: ['blocked', 'obstructed', 'cluttered'], visible: ['hidden', 'covered'], full: ['empty'], tidy: ['untidy', 'messy'],
});

/** Duties that put a thing in a state, and the state: "lock" leaves it "locked". */
const STATE_OF: Readonly<Record<string, string>> = wordTable({
  lock: 'locked', close: 'closed', shut: 'shut', cover: 'covered', seal: 'sealed', secure: 'secured', supervise: 'supervised', attend: 'attended',
});

const KEEPING = /^(?:always\s+)?(?:keep|keeps|leave|leaves|have|ensure|make sure|must keep|must stay|stay|remain)$/i;
const NOT_LEAVING = /^(?:never|do not|don't|must not|must never|should never)\s+(?:leave|let|have)$/i;

interface Bound {
  value: number;
  rest: string;
}

/** Every amount said as one word, with "a"/"an" as one and "half" ("half an hour"). */
const AMOUNT_WORDS: Readonly<Record<string, number>> = wordTable({ a: 1, an: 1, half: 0.5, ...NUMBER_WORDS, ...SCALE_WORDS, ...TIMES_WORDS });
/** A number written as a word ("five", "a thousand"), for telling an amount in a removed run. */
const AMOUNT_PATTERN = new RegExp(`\\b(?:${NUMBER_WORD_PATTERN}|${Object.keys(SCALE_WORDS).join('|')})\\b`, 'i');

/** The one amount of a changed run and its other words' keys ("2 weeks" -> 2, "week"; "week" after "every" -> 1). */
function boundOf(tokens: readonly Token[], afterEvery: boolean): Bound | null {
  const amounts = tokens.filter((token) => /^\d/.test(token.key) || token.key in AMOUNT_WORDS || AMOUNT_WORDS[token.text.toLowerCase()] !== undefined);
  const rest = tokens.filter((token) => !amounts.includes(token)).map((token) => token.key.replace(/s$/, '')).join(' ');
  if (amounts.length === 1) {
    const word = amounts[0]!.text.toLowerCase();
    const value = /^[£$€]?\d/.test(word) ? Number(word.replace(/[£$€%,]/g, '')) : AMOUNT_WORDS[word];
    return value === undefined || Number.isNaN(value) ? null : { value, rest };
  }
  // "every week" is every 1 week.
  return amounts.length === 0 && afterEvery && tokens.length === 1 && /^[a-z]/.test(tokens[0]!.key) ? { value: 1, rest } : null;
}

/** Words before an amount that bound it from above, as `_numbers.ts` reads them, and what caps a count here: "only", a deadline ("before", "by"), a period ("every"). */
const UPPER = [...boundPhrases('down'), 'only', 'before', 'every', 'once every', 'by'];
/** Words before an amount that bound it from below, and "after" (a trigger). */
const LOWER = [...boundPhrases('up'), 'after'];

/** Floors ("at least", "no fewer than"): under a prohibition they measure the abstention it demands. */
const FLOORS: ReadonlySet<string> = new Set(boundPhrases('up', 'limit'));
/** Bounds that measure what a duty demands (every limit of `_numbers.ts`, a deadline, a period): narrower is tighter. */
const DUTY_MEASURES: ReadonlySet<string> = new Set([...BOUNDS_BEFORE.filter((bound) => bound.kind === 'limit').map((bound) => bound.phrase), 'every', 'once every', 'before', 'by']);

/** The bound word right before an amount: "upper" (within, at most, below, every), "lower" (at least, over, after), or null. */
function boundBefore(prefix: string): { side: 'upper' | 'lower'; phrase: string } | null {
  const text = ` ${prefix.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()}`;
  let best: { side: 'upper' | 'lower'; phrase: string } | null = null;
  for (const [side, phrases] of [['upper', UPPER], ['lower', LOWER]] as const) {
    for (const phrase of phrases) {
      if (text.endsWith(` ${phrase}`) && (!best || phrase.length > best.phrase.length)) best = { side, phrase };
    }
  }
  return best;
}

/**
 * A state said to last, not an act: "is valid for", "are good for", "remains in force for" (a
 * copula and an adjective or phrase that is no participle, then "for"). A duty said in the passive
 * ("must be kept for", "are stored for") is an act.
 */
const STATE_FOR = /\b(?:is|are|was|were|be|been|remains?|stays?)\s+(?!\w+(?:ed|en)\b)(?:\w+|in force|in effect)\s+for\s*$/i;

/** An amount of time right after a "for": "60 days", "two hours", "a full week". */
const DURATION = /^\s*\S+\s+(?:full\s+|whole\s+|working\s+|calendar\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b/i;

/**
 * Whether an amount moved from `before` to `after` binds harder, read from the bound word and the
 * rule round it: what a duty demands, or a permission, a hand-over, an exception or an "only"
 * gate lets through, is tighter the narrower it is; what a prohibition forbids, or what triggers
 * a duty, is tighter the wider it is.
 */
function amountTightened(sentence: string, prefix: string, before: number, after: number): boolean {
  if (before === after) return false;
  // A number naming a rung or a place ("the Level 3 certificate"), or a table row's: no direction (_amount-readings.ts).
  if (amountNamesAThing(prefix, sentence.slice(prefix.length).replace(/^\s*\S+/, '')) || amountInTableRow(prefix)) return false;
  // "Tell callers that the mason will visit within three days": a fact told, not a bound demanded (_told-facts.ts).
  if (inWhatIsTold(prefix)) return false;
  // "Buyers may return a book within 14 days": a right the people served hold loses part of itself
  // as it narrows; neither way is a tightening (_benefit-bounds.ts, round 37d).
  if (grantsARightReceived(sentence.toLowerCase())) return false;
  // "Students can retake an exam twice": a count a permission grants is its most.
  // The rule the amount sits in: its clause, not one joined after it by ", and never ...".
  const joins = /[;:]|,\s*(?:and|but)\s+/i;
  const own = `${prefix.split(joins).at(-1) ?? ''}${sentence.slice(prefix.length).split(joins)[0] ?? ''}`;
  const counted = grants(own) && !/\b(?:at least|minimum|more than|over|above|entitled|right to|allowance)\b/i.test(own) && !/^\s*\S+\s*(?:a\.?m\b|p\.?m\b|o'clock|h\b|:)/i.test(sentence.slice(prefix.length));
  const bound = boundBefore(prefix) ?? (counted ? { side: 'upper' as const, phrase: '' } : null);
  // "Quarantine new stock for 30 days" -> "for 60 days": how long a duty's act lasts is what it
  // demands, longer is more. Not a prohibition's ("do not park for 2 hours"), a permission's or a
  // hand-over's (a longer grant gives more), and not a state's: "The certificate is valid for 12
  // months" binds nobody to an act, and a longer validity lets the next check wait.
  const lasting = !bound && /\bfor\s*$/i.test(prefix) && DURATION.test(sentence.slice(prefix.length));
  // "Alert the vet when a calf has not fed for 12 hours": a duration in a duty's case picks when it binds (_case-bounds.ts).
  const lastingCase = lasting ? boundInCase(prefix, sentence.slice(prefix.length), 'for', 'up') : null;
  if (lastingCase && widerIsTighter(lastingCase.rule)) return (after > before) === lastingCase.largerWidens;
  if (lasting) {
    return !STATE_FOR.test(lastClause(prefix)) && !grants(own) && !forbids(own) && !gives(own) && after > before;
  }
  if (!bound) return false;
  // "win by 2" -> "win by 1", "cut back by 30 centimetres": a margin, not a deadline; no side is sure (_margins.ts, round 47a).
  if (bound.phrase === 'by' && byIsAMargin(prefix, sentence.slice(prefix.length))) return false;
  const clause = lastClause(prefix);
  // "may not exceed 14 hours": the negation belongs to the bound, the rule is a duty.
  const rule = own.replace(/\b(?:not|never)\s+(?:to\s+)?exceed/gi, 'exceed').replace(NEGATED_BOUNDS, 'within');
  // "Escalate if the customer has not had a reply within 2 days" -> "within 1 day": a bound in the
  // case of a duty or a prohibition; more cases bind harder, and the case's own negation turns its
  // bound (_case-bounds.ts, round 31b).
  const side = BOUNDS_BEFORE.find((known) => known.phrase === bound.phrase)?.side;
  const inCase = side ? boundInCase(prefix, sentence.slice(prefix.length), bound.phrase, side) : null;
  if (inCase && widerIsTighter(inCase.rule)) return (after > before) === inCase.largerWidens;
  let narrowerIsTighter: boolean;
  // A hand-over's amount is its point or its gate, as it reads ("Offer a callback if the wait
  // exceeds 5 minutes"): no direction is sure.
  if (!grants(rule) && !forbids(rule) && gives(rule) && !/\bonly\b/i.test(clause)) return false;
  if (/\bonly\b/i.test(clause) || EXCEPTION_OPENER.test(clause) || grants(rule)) narrowerIsTighter = true;
  // "must not eat for at least 4 hours": a floor measures the abstention the prohibition demands.
  else if (forbids(rule)) narrowerIsTighter = FLOORS.has(bound.phrase);
  else if (/\b(?:if|when|whenever|wherever|once(?!\s+(?:every|a|an|per|in)\b)|as soon as|where)\b/i.test(clause) || bound.phrase === 'after') narrowerIsTighter = false;
  // A deadline, a period or a "minimum"/"maximum" measures what the duty demands; "over", "below"
  // after a noun picks what it applies to ("refunds over $200"), a trigger, unless a verb of
  // keeping holds the measure ("keep the fridge below 5°C").
  else if (DUTY_MEASURES.has(bound.phrase)) narrowerIsTighter = true;
  // "Pre-heat steel thicker than 25 mm": a comparative right after the thing's noun picks the things the duty covers.
  else if (comparativePicksThings(clause, bound.phrase, sentence.slice(prefix.length))) narrowerIsTighter = false;
  // "must test below 0.5%": the bound follows the duty's own verb, so it measures what is demanded.
  else if (boundMeasuresTheDuty(clause.slice(0, clause.toLowerCase().lastIndexOf(bound.phrase)))) narrowerIsTighter = true;
  else if (/\b(?:keep|kept|stay|stays|remain|remains|hold|held|store|stored|maintain|chill|chilled|cool|cooled|heat|heated|cook|cooked|reach|reaches|work|drive|fly|lift|carry|last|lasts)\b/i.test(clause)) narrowerIsTighter = true;
  else narrowerIsTighter = false;
  const lower = after < before;
  return narrowerIsTighter === (bound.side === 'upper' ? lower : !lower);
}

/** Words before a comparative that are no noun of a thing: verbs of being, moving or growing, and degree words. */
const NOT_A_THING = /^(?:are|was|were|been|being|get|gets|got|grow|grows|drive|drives|go|goes|run|runs|fly|flies|travel|travels|move|moves|work|works|much|far|even|ever|still|slightly|little|lot|bit|anything|something|nothing|none|any|no)$/;
/** Verbs that keep a thing in a state: the level after them is the duty's measure ("Keep the fridge colder than 5°C"). */
const KEEPS_A_STATE = /\b(?:keep|keeps|kept|stay|stays|remain|remains|hold|holds|held|maintain|maintains|maintained)\b/i;
/** Units of a level a thing is brought to or kept at. */
const LEVEL_AFTER = /^\s*\S+\s*(?:°|degrees?\b|%|percent\b|per cent\b)/i;

/**
 * "Pre-heat steel thicker than 25 mm before welding", "Inspect any load heavier than 2 tonnes": a
 * comparative right after the noun of the thing a duty acts on picks the things it covers, a
 * trigger like "refunds over $200", whatever the verb (round 34b: v43's "Pre-heat" was read as the
 * "heat" of a level the duty demands, so a raised thickness read as a tightening). A level a thing
 * is kept or brought to ("Keep the fridge colder than 5°C", "hotter than 180 degrees") stays the
 * duty's measure.
 */
function comparativePicksThings(clause: string, phrase: string, after: string): boolean {
  if (!/^[a-z]{3,}er than$/.test(phrase) || KEEPS_A_STATE.test(clause) || LEVEL_AFTER.test(after)) return false;
  const words = clause.toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').trim().split(/\s+/);
  const at = words.lastIndexOf(phrase.split(' ')[0]!);
  const noun = words[at - 1] ?? '';
  return at > 1 && /^[a-z]{3,}$/.test(noun) && !NOT_A_THING.test(noun) && !/ly$/.test(noun) && !STOP_WORDS.has(noun) && !isImperativeVerb(noun);
}

/** What a changed run does to the rule round it, read by the shape of the change. */
interface Context {
  old: string;
  now: string;
  oldTokens: readonly Token[];
  nowTokens: readonly Token[];
}

function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return '';
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Whether an added run (nothing removed) only demands more of the rule it sits in. */
function insertionTightens(added: string, hunk: Hunk, context: Context): boolean {
  const { now, nowTokens } = context;
  const at = nowTokens[hunk.b0]!.start;
  const sentence = sentenceAt(now, at);
  const prefix = now.slice(sentence.start, at);
  const oldSentence = sentenceAt(context.old, hunk.a0 < context.oldTokens.length ? context.oldTokens[hunk.a0]!.start : Math.max(0, context.old.length - 1)).text;
  const rule = oldSentence.trim() === '' ? sentence.text : oldSentence;
  const next = nowTokens[hunk.b1];
  if (hedged(added)) return false;
  const endsSentence = !next || /^[.!?]$/.test(next.text) || /^[.!?]$/.test(nowTokens[hunk.b1 - 1]!.text);
  // "paid by 5 p.m. and the customer cannot be reached": a lower-case word after an abbreviation's
  // dot goes on with the sentence (here its condition); it starts no new rule.
  const abbreviationGoesOn = /^[\s,;:]*[a-z]/.test(added) && /\b(?:[a-z]\.){2,}\s*$|\b(?:etc|approx|incl|no|vs)\.\s*$/i.test(now.slice(0, at));
  // A new rule after the old ones (", and never drive more than ten hours"; a new sentence).
  if (endsSentence && !abbreviationGoesOn && /^[\s,;:]*(?:and\s+|then\s+|also\s+)*\S/i.test(added) && (((/^[\s,;:.!?]*(?:and|then|also)\b/i.test(added) || /^[,;:]/.test(added)) && !CASE_OPENER.test(lastClause(prefix).replace(/\bonly\b/gi, ''))) || prefix.trim() === '' || /[.!?]\s*$/.test(now.slice(0, at)))) {
    const clauses = added.replace(/^[\s,;:.]+/, '').split(/(?<=[.!?])\s+/).filter((clause) => clause.trim() !== '');
    if (clauses.length > 0 && clauses.every((clause) => addsDemand(clause, context.old))) return true;
  }
  // "under any circumstances, without exception", "even when asked": emphasis on a rule that binds harder the wider it is.
  if (emphasisOnly(added.trim()) && widerIsTighter(rule)) return true;
  const clause = lastClause(prefix);
  // "only", ", but only on weekdays", "only if the cancellation is made 7 days before": a
  // permission or hand-over limited. Not a duty ("Wear a hard hat" -> "only in the loading bay").
  // A hand-over the old rule gave in every case ("Send the briefing to every contractor") is the
  // duty's point, not a gate: an "only" added to it takes from those it protects.
  const gate = grants(rule) || (gated(rule) && rulesGiving(rule) && !/\b(?:every|each|all|any|always)\b/i.test(rule));
  const opens = /\b(?:any|anyone|anybody|every|all|or)\b/i;
  if (/^[\s,]*(?:(?:and|but)\s+)?only\b/i.test(added) && gate && !opens.test(added) && !hedged(added)) return true;
  // A permission given a condition: "Contractors may park" -> "... on weekdays"; not one that
  // already had an "only" (the condition may limit the limit instead).
  if (/^[\s,]*(?:if|when|once|provided|as long as|so long as|after|where)\b/i.test(added) && grants(rule) && !/\bonly\b/i.test(rule) && !LETS_OFF.test(added) && !hedged(added) && !opens.test(added)) return true;
  // A qualifier of what an "only" gate demands, tying it to the rule's own thing: "only with the
  // parent's written consent" + "for that medicine and dose" (the medicines the rule is about). A
  // qualifier naming things of its own ("for large orders", "for the master suite"), a case or a
  // time ("during the January sale", "if they are hazardous") limits the limit instead; so does a
  // party picked by what they did ("only to whoever paid for the session"): that is another party.
  const ruleStems = new Set(contentStemsOf(rule));
  if (/\bonly (?:with|to|from|by|through|via|using)\b/i.test(clause) && contentStemsOf(added).some((stem) => ruleStems.has(stem)) && !/^[\s,]/.test(added) && !/^(?:if|when|whenever|where|provided|as|so|during|while|unless|except|once|after|before|until|on|in|at|within|between|except)\b/i.test(added.trim()) && !/\d/.test(added) && !LETS_OFF.test(added) && !hedged(added) && !/\b(?:any|anyone|anybody|every|all|or|not|never|no|whoever|whomever|whichever|whatever)\b/i.test(added)) return true;
  // "every" before what a duty or prohibition covers: "before legal assignments" -> "before every legal assignment".
  if (EVERY.test(added.trim()) && widerIsTighter(rule) && !CASE_OPENER.test(clause)) return true;
  // An alternative or item added to what a prohibition or duty covers: "faces" -> "faces or name badges".
  // An alternative ("or a face shield") in a duty is a choice, looser; in a prohibition it forbids more.
  const alternative = /^[\s,]*or\b/i.test(added);
  // An alternative in the case a duty or prohibition holds in ("when handling photographs or
  // negatives") covers more cases; not in an exception or an "only" gate, which it opens.
  // The case may be a clause of its own ("or the instructor loses contact with them"): a trigger
  // said as a whole event is as much a case as a noun is, so long as it holds no rule of its own.
  if (alternative && /\b(?:if|when|whenever|while|wherever)\b/i.test(clause) && !/\b(?:unless|except|only|other than|apart from|without|save)\b/i.test(clause) && widerIsTighter(rule) && !LETS_OFF.test(added.replace(/^[\s,]*or\b/i, '')) && !hedged(added) && alternativeCaseFits(added)) return true;
  const itemHead = /^[\s,]*(?:or|and)\s+(\S+)/i.exec(added)?.[1]?.toLowerCase() ?? '';
  const verbLike = /^(?:is|are|was|were|has|have|had|can|cannot|must|may|will|would|should|do|does|did|be|been|not|never|then)$/.test(itemHead) || /ed$/.test(itemHead) || isImperativeVerb(itemHead);
  // An alternative forbids more only while the new sentence still forbids: said as a grant ("may not
  // borrow more than 4" -> "can borrow up to 4, or more in the holidays") it is one more thing let through (round 27a).
  if (/^[\s,]*(?:or|and)\s+\S/i.test(added) && !verbLike && (alternative ? forbids(rule) && !grants(rule) && !grants(sentence.text) : widerIsTighter(rule)) && !CASE_OPENER.test(clause) && !LETS_OFF.test(added.replace(/^[\s,]*(?:or|and)\b/i, '')) && !forbids(added) && added.split(/\s+/).length <= 6) return true;
  // Words added inside the condition a prohibition waits for ("Do not open the sluice until the
  // keeper has checked the water level" + "on the gauge board") or an "only if/once" gate of a
  // grant: the act waits for more (round 21b, _gates.ts). Not an alternative, which opens the gate.
  const waitsFor = (/\b(?:until|unless|before)\b/i.test(clause) && forbids(rule) && !grants(rule)) || (/\bonly (?:if|when|once|after)\b/i.test(clause) && grants(rule));
  // A clause of its own after a comma ("..., provided the study is externally funded") is a proviso on the gate, not part of it.
  if (waitsFor && !/^\s*[,;:]/.test(added) && !CASE_OPENER.test(added) && !/\b(?:or|any|anyone|anybody|every|all|not|never|no|either)\b/i.test(added) && !LETS_OFF.test(added) && !hedged(added) && added.trim().split(/\s+/).length <= 8) return true;
  return false;
}

/**
 * Whether an "or ..." added to a duty's or prohibition's case is one case: a short phrase ("or
 * negatives"), or a clause of at most twelve words with no comma and no rule word of its own
 * (must, never, not, then: those start a rule, not a case).
 */
function alternativeCaseFits(added: string): boolean {
  const words = added.trim().split(/\s+/);
  if (words.length <= 6) return true;
  return words.length <= 12 && !/[,;:]/.test(added.trim().replace(/^[,;:]+/, '').replace(/[.!?]+$/, '')) && !/\b(?:must|shall|should|never|not|no|then|and|always)\b/i.test(added);
}

/** Whether a removed run (nothing added) only demands more of the rule it sat in. */
function deletionTightens(removed: string, hunk: Hunk, context: Context): boolean {
  const { old, oldTokens } = context;
  const at = sentenceAt(old, oldTokens[hunk.a0]!.start);
  const sentence = at.text;
  const text = removed.trim();
  // The whole sentence gone, its case with it ("If the product has no label, tell the customer you
  // cannot confirm it is safe" dropped): the rule went, no case of it was let go (round 35b).
  const wordsOfSentence = oldTokens.filter((token) => token.start >= at.start && token.end <= at.start + sentence.length && /^[a-z0-9£$€]/i.test(token.text));
  if (wordsOfSentence.length > 0 && wordsOfSentence.every((token) => token.start >= oldTokens[hunk.a0]!.start && token.end <= oldTokens[hunk.a1 - 1]!.end)) return false;
  // An exception dropped from a prohibition or a duty that hands nothing over.
  // Not the exception's marker alone ("Other than where a manager approves, ..." -> "Where a manager
  // approves, ..."): its case stays, now as the rule's own case, and the rule is turned round.
  const marker = /^[\s,]*(?:unless|except|other than|apart from|save|but not|excluding)\b/i;
  if (marker.test(text) && text.replace(marker, '').trim() !== '' && widerIsTighter(sentence)) return true;
  // An amount bound dropped from a prohibition: "Do not accept cash deposits above £5,000".
  if (forbids(sentence) && !grants(sentence) && (/\d/.test(text) || AMOUNT_PATTERN.test(text)) && boundBefore(text.replace(/\s*\S+\s*$/, '').replace(/\s*[£$€]?\d[\d,.]*%?.*$/, '')) !== null) return true;
  // A condition or an "only" dropped from a prohibition: it now forbids in every case.
  if (/^[\s,]*(?:if|when|whenever)\b/i.test(text) && forbids(sentence) && !grants(sentence)) return true;
  return false;
}

/** Whether a replaced run only demands more: a firmer modal, "every" for one case, a tighter amount. */
function replacementTightens(removed: string, added: string, hunk: Hunk, context: Context): boolean {
  const { now, nowTokens, oldTokens, old } = context;
  const at = nowTokens[hunk.b0]!.start;
  const sentence = sentenceAt(now, at);
  const oldSentence = sentenceAt(old, oldTokens[hunk.a0]!.start).text;
  const prefix = now.slice(sentence.start, at);
  const was = removed.trim();
  const is = added.trim();
  if (SOFT_DUTY.test(was) && FIRM_DUTY.test(is)) return true;
  if (SOFT_BAN.test(was) && FIRM_BAN.test(is)) return true;
  if (ONE_CASE.test(was) && was !== '' && EVERY.test(is) && widerIsTighter(oldSentence) && !CASE_OPENER.test(lastClause(prefix))) return true;
  // "test the alarms or check the blanket" -> "and": both duties now.
  if (/^or$/i.test(was) && /^and$/i.test(is) && !forbids(oldSentence) && !gives(oldSentence) && !grants(oldSentence) && !CASE_OPENER.test(lastClause(prefix))) return true;
  const afterEvery = /\bevery\s*$/i.test(prefix);
  const before = boundOf(oldTokens.slice(hunk.a0, hunk.a1), afterEvery);
  const after = boundOf(nowTokens.slice(hunk.b0, hunk.b1), afterEvery);
  if (before && after && before.rest === after.rest && !/\b(?:am|pm)\b|:/.test(`${was} ${is}`)) {
    const amountAt = nowTokens.slice(hunk.b0, hunk.b1).find((token) => /^\d/.test(token.key) || AMOUNT_WORDS[token.text.toLowerCase()] !== undefined);
    const boundPrefix = now.slice(sentence.start, amountAt ? amountAt.start : at);
    return amountTightened(sentence.text, boundPrefix, before.value, after.value);
  }
  // The bound said with other words along with its number ("up to two" -> "only one", "no more
  // than 10" -> "at most 6"): both on the same side, compared as one bound.
  const sayings = [split(oldTokens.slice(hunk.a0, hunk.a1), old), split(nowTokens.slice(hunk.b0, hunk.b1), now)];
  const [said, says] = sayings;
  if (said && says && said.rest === says.rest && !/\b(?:am|pm)\b|:/.test(`${was} ${is}`)) {
    const prefixOld = `${old.slice(sentenceAt(old, oldTokens[hunk.a0]!.start).start, oldTokens[hunk.a0]!.start)}${said.phrase}`;
    const prefixNow = `${prefix}${says.phrase}`;
    const sideOld = boundBefore(prefixOld)?.side;
    if (sideOld !== undefined && sideOld === boundBefore(prefixNow)?.side) return amountTightened(sentence.text, prefixNow, said.value, says.value);
  }
  return false;
}

/** A changed run read as bound words, one amount and what follows it ("up to two" -> "up to ", 2, ""). */
function split(tokens: readonly Token[], text: string): { phrase: string; value: number; rest: string } | null {
  const at = tokens.findIndex((token) => /^\d/.test(token.key) || (AMOUNT_WORDS[token.text.toLowerCase()] !== undefined && !/^(?:a|an|once|half)$/i.test(token.text)));
  if (at <= 0) return null;
  const amount = boundOf([tokens[at]!], false);
  if (!amount || tokens.slice(at + 1).some((token) => /^\d/.test(token.key) || AMOUNT_WORDS[token.text.toLowerCase()] !== undefined)) return null;
  return { phrase: `${text.slice(tokens[0]!.start, tokens[at - 1]!.end)} `, value: amount.value, rest: tokens.slice(at + 1).map((token) => token.key.replace(/s$/, '')).join(' ') };
}

/**
 * Pairs of changes that together say the old rule more strictly: "Keep the lid shut" -> "Never
 * leave the lid open"; "Hand the keys only to the tenant" -> "Never hand the keys to anyone other
 * than the tenant". Returns the indexes of the hunks so read.
 */
function pairedTightenings(hunks: readonly Hunk[], context: Context): Set<number> {
  const { old, now, oldTokens, nowTokens } = context;
  const text = (hunk: Hunk): [string, string] => [spanText(old, oldTokens, hunk.a0, hunk.a1).trim().toLowerCase(), spanText(now, nowTokens, hunk.b0, hunk.b1).trim().toLowerCase()];
  const paired = new Set<number>();
  const keep = hunks.findIndex((hunk) => {
    const [was, is] = text(hunk);
    return KEEPING.test(was) && NOT_LEAVING.test(is);
  });
  if (keep >= 0) {
    const state = hunks.findIndex((hunk, index) => {
      if (index === keep) return false;
      const [was, is] = text(hunk);
      return OPPOSITE_STATES[was]?.includes(is) === true;
    });
    if (state >= 0) paired.add(keep).add(state);
  }
  // "Always lock the door" -> "Never leave the door unlocked": the duty's verb said as the state it
  // leaves, and the prohibition names the opposite state after the kept object.
  const acting = hunks.findIndex((hunk) => {
    const [was, is] = text(hunk);
    return STATE_OF[was.replace(/^always\s+/, '')] !== undefined && NOT_LEAVING.test(is);
  });
  if (acting >= 0) {
    const kept = STATE_OF[text(hunks[acting]!)[0].replace(/^always\s+/, '')]!;
    const state = hunks.findIndex((hunk, index) => index > acting && text(hunk)[0] === '' && OPPOSITE_STATES[kept]?.includes(text(hunk)[1]) === true);
    if (state >= 0) paired.add(acting).add(state);
  }
  const negated = hunks.findIndex((hunk) => {
    const [was, is] = text(hunk);
    return was === '' && /^(?:never|do not|don't|must not|must never)$/.test(is);
  });
  if (negated >= 0) {
    const otherThan = /^(?:any(?:one|body| \w+)? (?:other than|except|but|apart from|besides)|anyone but|anybody but|no(?:one|body| \w+) (?:other than|except|but))$/;
    const only = hunks.findIndex((hunk) => {
      const [was, is] = text(hunk);
      return was === 'only' && otherThan.test(is);
    });
    if (only >= 0) paired.add(negated).add(only);
    // "only to the tenant" -> "to any person other than the tenant": the "only" and its other side apart.
    const dropped = hunks.findIndex((hunk) => text(hunk)[0] === 'only' && text(hunk)[1] === '');
    const added = hunks.findIndex((hunk) => text(hunk)[0] === '' && otherThan.test(text(hunk)[1]));
    if (dropped >= 0 && added >= 0) paired.add(negated).add(dropped).add(added);
  }
  return paired;
}

/**
 * The new text with every change that only tightens the old rule put back to the old words, or
 * null when no change was read as a tightening. The new text entails what this returns.
 */
export function undoTightenings(previous: string, next: string): string | null {
  const oldTokens = tokensOf(previous);
  const nowTokens = tokensOf(next);
  if (oldTokens.length === 0 || nowTokens.length === 0 || oldTokens.length * nowTokens.length > 250_000) return null;
  const hunks = hunksOf(oldTokens, nowTokens);
  const context: Context = { old: previous, now: next, oldTokens, nowTokens };
  const paired = pairedTightenings(hunks, context);
  const undo = hunks.map((hunk, index) => {
    if (paired.has(index)) return true;
    const removed = spanText(previous, oldTokens, hunk.a0, hunk.a1);
    const added = spanText(next, nowTokens, hunk.b0, hunk.b1);
    if (removed.trim() === '') return insertionTightens(added, hunk, context);
    if (added.trim() === '') return deletionTightens(removed, hunk, context);
    return replacementTightens(removed, added, hunk, context);
  });
  if (!undo.some(Boolean)) return null;
  // Rebuild the new text from the end, putting each undone run back to its old words.
  let text = next;
  for (let index = hunks.length - 1; index >= 0; index--) {
    if (!undo[index]) continue;
    const hunk = hunks[index]!;
    const oldWords = spanText(previous, oldTokens, hunk.a0, hunk.a1);
    if (hunk.b0 < hunk.b1) {
      const from = hunk.b0 > 0 ? nowTokens[hunk.b0 - 1]!.end : nowTokens[hunk.b0]!.start;
      const to = nowTokens[hunk.b1 - 1]!.end;
      text = `${text.slice(0, from)}${oldWords === '' ? '' : ` ${oldWords}`}${text.slice(to)}`;
    } else {
      const at = hunk.b0 > 0 ? nowTokens[hunk.b0 - 1]!.end : 0;
      text = `${text.slice(0, at)} ${oldWords}${text.slice(at)}`;
    }
  }
  // A sentence whose first words went back ("Never hand" -> "hand") starts with a capital again.
  return text.replace(/\s+([,;:.!?])/g, '$1').replace(/ {2,}/g, ' ').trim().replace(/(^|[.!?]\s+)([a-z])/g, (_whole, lead: string, first: string) => `${lead}${first.toUpperCase()}`);
}

/** Whether two texts say the same words in the same order (punctuation and case aside). */
export function sameWords(a: string, b: string): boolean {
  const keys = (text: string): string => tokensOf(text).filter((token) => /^[a-z0-9£$€]/i.test(token.text)).map((token) => token.key).join(' ');
  return keys(a) === keys(b);
}

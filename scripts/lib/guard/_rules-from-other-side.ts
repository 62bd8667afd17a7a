// A rule said from the other side (issue 11, round 22a: the cause behind most false flags of held-back
// v20-v23). A restriction said as a ban on what lies outside it: "Keep the cellar between 11 and 14
// degrees" = "The cellar must never drop below 11 degrees or climb above 14", "Quote delivery only
// for venues within 40 miles" = "never quote delivery beyond that distance", "Only riders who have
// passed accreditation may book" = "cannot be booked by anyone who has yet to complete
// accreditation"; a ban said as the duty to stay outside it ("Jet skis are not allowed within 200
// metres" = "Keep watercraft at least 200 metres away"); a prohibition said by "nobody" or "off
// limits" instead of "not" ("Visitors may not enter the fermentation room" = "The fermentation room
// is off limits to visitors"). The detectors count negations and "only"s, so each reads as a
// negation added or removed and a scope widened. Here a new sentence saying an old one's rule from
// the other side, with every word of the old one said again (`_requirement-kept.ts`), is written as
// the old sentence, and `reworded-withdrawn.ts` withdraws the edit's reasons only when nothing else
// is read on that text. What lies outside is read, never guessed: a bound turned round ("Keep the
// tank below 24°C" -> "must never fall below 24°C"), an "only" dropped with no word naming the rest
// ("Never feed the fry at the scheduled times"), or a ban with a case, exception or grant the old
// rule lacked is not folded. Pure: the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { areOpposites } from './_dictionary-opposites.ts';
import { onlyForTheOppositeSet } from './_only-opposite-sets.ts';
import { negationsIn } from './_rule-words.ts';
import { findQuantities } from './reason-number.ts';
import { BOUNDS_BEFORE } from './_numbers.ts';
import { sameAmount, type Amount } from './_quantity-units.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { keepsGateParty } from './_gate-parties.ts';
import { keepsTheState } from './_states-kept.ts';
import { saysDutyAsOnlyGrant } from './_duty-as-only-grant.ts';
import { escapeRegExp, splitSentences, tokenizeWords } from './_text.ts';

/**
 * Predicates that forbid without a "not": "The fermentation room is off limits to tour guests", and
 * "<noun>-free", the noun's thing kept out ("The cars are smoke-free" = "Do not smoke in the cars";
 * round 26a).
 */
const PROHIBITIVE = /\b(?:is|are|be|been|remains?|stays?|kept)\s+(?:strictly\s+|always\s+|entirely\s+|completely\s+)?(?:off[- ]limits|out of bounds|forbidden|prohibited|banned|barred|[a-z]+-free)\b/i;
/** The thing a "-free" predicate keeps out ("smoke" of "are smoke-free"). */
const FREE_OF = /\b(?:is|are|be|been|remains?|stays?|kept)\s+(?:strictly\s+|always\s+|entirely\s+|completely\s+)?([a-z]+)-free\b/i;
/** A ban said as the duty to stay out ("Keep out of the red zone", "Stay off the ice"): it forbids going in as "not" does. */
const STAY_OUT = /\b(?:keep|keeps|stay|stays)\s+(?:out of|away from|clear of|off)\b/i;
/**
 * A prohibition said impersonally of the act, a gerund opening the sentence ("Jumping another
 * craft's wake is forbidden"): it forbids the act to everyone, so the old rule's doer need not be
 * said again (round 26a).
 */
const IMPERSONAL_BAN = /^\s*[A-Z][a-z]+ing\b[^.;:]*?\b(?:is|are)\s+(?:strictly\s+)?(?:forbidden|prohibited|banned|not allowed|not permitted)\b/;

/** Predicates that close a place to people ("off limits to tour guests"): they forbid going in, whatever verb the old rule used. */
const CLOSED_PLACE = /\b(?:off[- ]limits|out of bounds)\b/i;

/** The verb a prohibition negates: the first word after its negation, past auxiliaries ("may not enter" -> "enter"). */
function negatedVerb(sentence: string): string | null {
  const words = tokenizeWords(sentence);
  const at = words.findIndex((word) => word === 'not' || word === 'never');
  if (at < 0) return null;
  const verb = words.slice(at + 1).find((word) => !/^(?:be|been|to|ever|even|allowed|permitted)$/.test(word));
  return verb ?? null;
}

/** Whether a clause forbids: a negation of its own (not the "no" of "no further than 40 miles"), or a prohibitive predicate. */
function bans(clause: string): boolean {
  return negationsIn(clause.toLowerCase().replace(/\b(?:no|not) (?:further|farther|closer|nearer) than\b/g, ' ')).length > 0 || PROHIBITIVE.test(clause) || STAY_OUT.test(clause);
}

/**
 * Whether an impersonal ban says words of its own after its predicate ("... is forbidden for
 * learners", "... during services"): it names its own doers or case, so it is not read as the old
 * rule said of the act.
 */
function saysMoreAfterBan(previous: string, next: string): boolean {
  const impersonal = IMPERSONAL_BAN.exec(next);
  if (!impersonal) return false;
  const old = new Set(tokenizeWords(previous));
  return tokenizeWords(next.slice(impersonal.index + impersonal[0].length)).some((word) => !/^(?:for|to|by|of|in|on|at|the|a|an|any|all|and|or)$/.test(word) && !old.has(word));
}

/**
 * The old rule's words the new prohibition need not say again: the verb a place closed or a
 * "-free" thing stands for ("may not enter" for "off limits", "smoke" for "smoke-free", "keep out"
 * for "off limits"), and the doer an impersonal ban leaves out (the words before the modal).
 */
function impliedByBan(previous: string, next: string): Set<string> {
  const implied = new Set<string>();
  const verb = negatedVerb(previous);
  const closed = CLOSED_PLACE.test(next) || FREE_OF.test(next);
  if (closed && verb) implied.add(verb);
  if (closed && STAY_OUT.test(previous)) for (const word of ['out', 'away', 'clear', 'off', 'from', 'of']) implied.add(word);
  if (IMPERSONAL_BAN.test(next) && !saysMoreAfterBan(previous, next)) {
    const words = tokenizeWords(previous);
    const modal = words.findIndex((word) => /^(?:must|may|can|cannot|should|shall|will|do|does|are|is)$/.test(word) || word === 'never' || word === 'not');
    for (const word of words.slice(0, Math.max(modal, 0))) implied.add(word);
  }
  return implied;
}

type Side = 'up' | 'down';

/**
 * Words before a number that say which side of it a clause speaks of, longest first: the number
 * readings' bounds ("below 18", "no more than 40 miles", "stronger than 10 knots", "at least 200
 * metres"), and "no further than" / "no closer than", which bound a distance the other way.
 */
const SIDE_BEFORE: ReadonlyArray<readonly [RegExp, Side]> = [
  [/\b(?:no|not) (?:further|farther) than$/, 'down'],
  [/\b(?:no|not) (?:closer|nearer) than$/, 'up'],
  ...BOUNDS_BEFORE.map((bound): readonly [RegExp, Side] => [new RegExp(`\\b${bound.phrase}$`), bound.side]),
];

/** Words after a number and its unit that say its side: "45 percent or more", "1 ppm or higher". */
const SIDE_AFTER: ReadonlyArray<readonly [RegExp, Side]> = [
  [/^(?:or|and) (?:more|higher|above|over|greater|longer|up(?:wards)?)\b/, 'up'],
  [/^(?:or|and) (?:less|lower|below|under|fewer|shorter)\b/, 'down'],
];

/** A back-reference to a figure said before it in the same text ("beyond that distance"). */
const BACK_REFERENCE = /\b(?:that|this|the same) (?:distance|limit|figure|temperature|amount|level|threshold|range)\b/gi;

/** The text with each back-reference to a figure written as the figure it refers to. */
function withFiguresSaid(text: string): string {
  return text.replace(BACK_REFERENCE, (match, offset: number) => {
    const before = findQuantities(text.slice(0, offset));
    return before.at(-1)?.text ?? match;
  });
}

interface Bound {
  amount: Amount;
  /** The side of the amount the rule allows, its clause's negation read. */
  allowed: Side;
  /** Whether the clause that sets it forbids: a bound turned round is said in a ban on one side only. */
  banned: boolean;
}

/** Clauses a sentence joins: a negation in one ("..., so never quote beyond") does not reach the other. */
function clausesOf(sentence: string): string[] {
  return sentence.split(/[;:]\s*|,\s*(?:so|and so|but|and|which)\s+/i).filter((clause) => clause.trim() !== '');
}

const flip = (side: Side): Side => (side === 'up' ? 'down' : 'up');

/**
 * The bounds a sentence sets, each with the side it allows: a ban's side turned round ("must never
 * fall below 18" allows 18 and up). "between 18 and 22" allows above the first and below the second.
 * Null when a figure's side cannot be told: such a sentence is left to the number readings.
 */
function boundsOf(sentence: string): Bound[] | null {
  const bounds: Bound[] = [];
  for (const clause of clausesOf(withFiguresSaid(sentence))) {
    const lower = clause.toLowerCase();
    const negated = bans(clause);
    const quantities = findQuantities(clause);
    let from = 0;
    for (const [i, quantity] of quantities.entries()) {
      const at = lower.indexOf(quantity.text.toLowerCase(), from);
      if (at < 0) return null;
      from = at + quantity.text.length;
      const before = lower.slice(0, at).replace(/\s+/g, ' ');
      const after = lower.slice(from).trim();
      const between = /\bbetween $/.test(before) && /^and\b/.test(after) ? 'up' : /\bbetween \S+(?: \S+)? and $/.test(before) ? 'down' : null;
      const side = between ?? SIDE_BEFORE.find(([pattern]) => pattern.test(before.trimEnd()))?.[1] ?? SIDE_AFTER.find(([pattern]) => pattern.test(after))?.[1];
      if (!side) return null;
      // "between 18 and 22 degrees": the first figure is counted in the second's unit.
      const dimension = quantity.dimension === '' && between === 'up' ? (quantities[i + 1]?.dimension ?? '') : quantity.dimension;
      bounds.push({ amount: { value: quantity.value, dimension }, allowed: negated ? flip(side) : side, banned: negated });
    }
  }
  return bounds;
}

/**
 * Whether every bound of each sentence is a bound of the other (the same amounts, the same sides
 * allowed) and one of them is said by a ban on one side and not on the other: the bound turned
 * round, not a sentence that kept its bound and gained a prohibition of something else.
 */
function boundsTurnedRound(a: readonly Bound[], b: readonly Bound[]): boolean {
  const turned = a.some((bound) => b.some((other) => sameBound(bound, other) && other.banned !== bound.banned));
  return a.length > 0 && turned && eachBoundInOther(a, b);
}

/** Whether two bounds allow the same side of the same amount (said by a ban or not). */
function sameBound(bound: Bound, other: Bound): boolean {
  return other.allowed === bound.allowed && sameAmount(bound.amount, other.amount);
}

/** Whether every bound of each list is a bound of the other. */
function eachBoundInOther(a: readonly Bound[], b: readonly Bound[]): boolean {
  const within = (x: readonly Bound[], y: readonly Bound[]) => x.every((bound) => y.some((other) => sameBound(bound, other)));
  return within(a, b) && within(b, a);
}

/**
 * Words naming what lies outside a set, before the words of the set: "anything other than dead
 * wood", "outside the scheduled times", "anyone who has yet to complete accreditation", "anyone not
 * on the rota".
 */
const OUTSIDE = /\b(?:other than|anything but|anyone but|anybody but|apart from|except|outside(?: of)?|beyond|yet to|not yet|(?:who|that|which) (?:has|have|is|are|does|do|did) not|(?:who|that) lacks?|lacking|without|(?:anyone|anybody|anything|any \w+) not)\b/i;

/** The words an "only" restricts: up to the modal after them, else the next few words. */
function onlyScope(sentence: string): string[] | null {
  const words = tokenizeWords(sentence);
  const at = words.indexOf('only');
  if (at < 0) return null;
  const rest = words.slice(at + 1);
  const modal = rest.findIndex((word) => /^(?:may|can|must|should|shall|will|are|is)$/.test(word));
  return rest.slice(0, modal > 0 ? modal : 6);
}

/** Whether a ban names the rest of an "only" restriction's set: a word naming what lies outside, then a word of the set. */
function bansTheRest(restriction: string, ban: string, lexicon: Lexicon): boolean {
  const scope = onlyScope(restriction);
  const outside = OUTSIDE.exec(ban);
  if (!scope || !outside) return false;
  const after = ban.slice(outside.index + outside[0].length).split(/\s+/).slice(0, 8).join(' ');
  return scope.some((word) => word.length > 2 && saysRuleWords(word, after, lexicon));
}


/**
 * Verbs that set a state a word after them names ("switch the light off", "leave the door open",
 * "let the fire go out"): said by the opposite state kept, not by a verb of their own.
 */
const STATE_VERBS = new Set(['leave', 'let', 'switch', 'turn', 'put', 'set', 'get', 'have', 'make']);

/**
 * Whether a duty keeps the opposite of what a prohibition forbids: a word after the old negation
 * whose dictionary opposite the new sentence says ("Never switch the safelight off" -> "Leave the
 * safelight on", "Do not unlock the cabinet" -> "The cabinet stays locked"), every other word of the
 * prohibition said again (the opposite word, and a verb that only sets it, left out).
 */
function keepsTheOpposite(previous: string, next: string, lexicon: Lexicon): boolean {
  const oldWords = tokenizeWords(previous);
  const newWords = tokenizeWords(next);
  const at = oldWords.findIndex((word) => word === 'not' || word === 'never' || word === 'no');
  if (at < 0) return false;
  const negated = oldWords.slice(at + 1);
  const turned = negated.find((word) => word.length > 1 && !newWords.includes(word) && newWords.some((other) => other.length > 1 && !oldWords.includes(other) && areOpposites(lexicon, word, other)));
  if (!turned) return false;
  const setting = negated.filter((word) => STATE_VERBS.has(word));
  return saysRuleWords(previous, next, lexicon, new Set([...FORM_WORDS, turned, ...setting]));
}

/**
 * Words that add a case, an exception or a grant, or soften a rule ("should usually be supervised"):
 * a rule gaining one the old rule lacked says less.
 */
const CASE_OR_GRANT = /\b(?:if|unless|when|whenever|provided|may|might|can|could|allowed|permitted|need|needed|needs|required|necessary|optional|should|ought|usually|normally|generally|ideally|sometimes|possible|practical|try)\b/gi;

/** Whether `next` adds a case, exception, grant or softening word `previous` lacks (a "cannot" forbids, it grants nothing). */
function addsCaseOrGrant(previous: string, next: string, outside: string): boolean {
  // "when" and "whenever" open the same case.
  const kind = (word: string) => word.toLowerCase().replace(/^whenever$/, 'when');
  const own = new Set((previous.match(CASE_OR_GRANT) ?? []).map(kind));
  // "is not allowed" forbids as "cannot" does.
  const theirs = (next.replace(/\bcannot\b|\bcan't\b|\bnot (?:allowed|permitted)\b/gi, ' not ').replace(outside, ' ').match(CASE_OR_GRANT) ?? []).map(kind);
  return theirs.some((word) => !own.has(word));
}

/** A prohibition held until a condition: its negation, then "unless", "until" or "without" a case. */
const GATED_BAN = /\b(?:not|never|no)\b[^;:]*?\b(?:unless|until|without)\b/i;
/** An act done only with, once or after a condition ("only cuts glass with a glazier beside them"). */
const ONLY_GATE = /\bonly\b[^;:]*?\b(?:with|once|after|when|if)\b/i;

/**
 * "Every repaired sail must be inspected by a second sailmaker before it is handed back" = "No
 * repaired sail goes back to its owner until another sailmaker has checked it": the duty's verb
 * (the first word after its modal) said after the new "until"/"without", a word of what comes
 * after "before" said before it, so an order turned round ("Nobody isolates the machine until
 * someone has opened the guard" for "Isolate the machine before anyone opens the guard") is not
 * read as kept; every word of the old sentence said again.
 */
function saysDutyAsGate(previous: string, next: string, lexicon: Lexicon): boolean {
  const old = /^(?<first>.*?)\bbefore\b(?<second>.+)$/i.exec(previous)?.groups;
  const now = /^(?<first>.*?)\b(?:until|without)\b(?<second>.+)$/i.exec(next)?.groups;
  if (!old || !now || !bans(now.first!)) return false;
  const words = tokenizeWords(old.first!);
  const modal = words.findIndex((word) => /^(?:must|shall|should|has|have|needs?|is|are)$/.test(word));
  const verb = words.slice(modal + 1).find((word) => !/^(?:to|be|been|always|first)$/.test(word));
  if (modal < 0 || !verb || !saysRuleWords(verb, now.second!, lexicon)) return false;
  const after = tokenizeWords(old.second!).filter((word) => saysRuleWords(word, now.first!, lexicon));
  return after.length > 0 && saysRuleWords(previous, next, lexicon, new Set([...FORM_WORDS, 'before', 'until', 'without']));
}

/** Words that count people or things, which the word readings pass over ("a second potter", "both keys"). */
const COUNT_WORDS = /\b(?:second|third|fourth|two|three|four|five|both|twice|double)\b/gi;

/** Whether every count word of the old sentence is said in the new one ("another" says "a second"). */
function keepsCounts(previous: string, next: string): boolean {
  const theirs = new Set((next.match(COUNT_WORDS) ?? []).map((word) => word.toLowerCase()));
  if (/\banother\b/i.test(next)) theirs.add('second');
  return (previous.match(COUNT_WORDS) ?? []).every((word) => theirs.has(word.toLowerCase()));
}

/** Words of a restriction or ban the other side says in its own words: the bound and "only" words, "keep" and "stay". */
const FORM_WORDS = new Set(['keep', 'kept', 'stay', 'stays', 'remain', 'remains', 'only', 'allowed', 'permitted', 'between', 'within', 'below', 'above', 'under', 'over', 'least', 'most', 'beyond']);

/**
 * Whether `next` says the rule of `previous` from the other side: the same bounds allowed, one
 * sentence a ban and the other not; an "only" restriction said as a ban on the rest; or a
 * prohibition said by a prohibitive predicate or "nobody". Every word of the old sentence but its
 * form words must be said again, and the new one may bring no case, exception or grant.
 */
export function saysFromOtherSide(previous: string, next: string, lexicon: Lexicon): boolean {
  const [oldBans, newBans] = [bans(previous), bans(next)];
  const outside = OUTSIDE.exec(next)?.[0] ?? '';
  // A duty on every thing an act takes in said as the act allowed only on things that meet it: its "may" grants nothing (`_duty-as-only-grant.ts`).
  if (!oldBans && !newBans && keepsCounts(previous, next) && saysDutyAsOnlyGrant(previous, next, lexicon)) return true;
  if (addsCaseOrGrant(previous, next, outside) || !keepsCounts(previous, next)) return false;
  // A prohibition said as the duty to keep the opposite: "Do not open the sluice gate" = "Keep the sluice gate shut".
  if (oldBans && !newBans && keepsTheOpposite(previous, next, lexicon)) return true;
  // A ban on things a word picks out said as the act allowed only for the things its opposite picks out, either way round (`_only-opposite-sets.ts`, round 44b).
  if ((oldBans && !newBans && onlyForTheOppositeSet(previous, next, lexicon)) || (!oldBans && newBans && onlyForTheOppositeSet(next, previous, lexicon))) return true;
  // A prohibition said as the state it keeps: "Do not take the powders out of the cupboard" = "The powders stay inside the cupboard" (`_states-kept.ts`).
  if (oldBans && !newBans && keepsTheState(previous, next, lexicon)) return true;
  // A duty done before something said as that thing forbidden until it is done.
  if (!oldBans && newBans && saysDutyAsGate(previous, next, lexicon)) return true;
  // A prohibition held until a condition said as the act done only with it: "may not cut glass
  // unless a glazier is beside them" = "only cuts glass with a glazier beside them".
  // "unless a staff member has checked" is not said by "only once a member has checked" (_gate-parties.ts, round 29b).
  if (oldBans && !newBans && GATED_BAN.test(previous) && ONLY_GATE.test(next)) return keepsGateParty(previous, next) && saysRuleWords(previous, next, lexicon, new Set([...FORM_WORDS, 'unless', 'until', 'without', 'with', 'once', 'after']));
  const implied = oldBans && newBans ? impliedByBan(previous, next) : new Set<string>();
  if (!saysRuleWords(previous, next, lexicon, new Set([...FORM_WORDS, ...implied]))) return false;
  const [oldBounds, newBounds] = [boundsOf(previous), boundsOf(next)];
  if (oldBounds === null || newBounds === null) return false;
  if (oldBounds.length > 0 || newBounds.length > 0) return boundsTurnedRound(oldBounds, newBounds);
  // An "only" restriction said as a ban on everything else: the ban is the sentence's own, not
  // the "not" of the words naming the rest ("customers who do not ask" forbids nothing).
  if (!oldBans && bans(next.replace(outside, ' ')) && /\bonly\b/i.test(previous) && !/\bonly\b/i.test(next)) return bansTheRest(previous, next, lexicon);
  // A prohibition kept, its "not" said by "nobody" or a prohibitive predicate the old rule lacked.
  const NOBODY = /\b(?:nobody|no one|no-one)\b/i;
  const saidOtherwise = (PROHIBITIVE.test(next) && !PROHIBITIVE.test(previous)) || (NOBODY.test(next) && !NOBODY.test(previous)) || (IMPERSONAL_BAN.test(next) && !IMPERSONAL_BAN.test(previous));
  return oldBans && saidOtherwise && !/\bonly\b/i.test(next) && outside === '' && sameSpanWords(previous, next) && !saysMoreAfterBan(previous, next);
}

/** Words that bound a rule in time or open its case: one said for another ("while" -> "until") changes when the rule holds. */
const SPAN_WORDS = /\b(?:while|until|till|before|after|once|unless|if|when|whenever|during)\b/gi;

/**
 * Whether the new sentence keeps each word of time and case the old one bounded its rule with
 * ("whenever" is "when"): "while the siren sounds" said as "until the siren sounds" is another span.
 * A span the old rule left unsaid ("a trail marked closed stays off limits until staff reopen it")
 * is left to the other readings, as before.
 */
function sameSpanWords(previous: string, next: string): boolean {
  const of = (text: string) => new Set((text.match(SPAN_WORDS) ?? []).map((word) => word.toLowerCase().replace(/^whenever$/, 'when').replace(/^till$/, 'until')));
  const now = of(next);
  return [...of(previous)].every((word) => now.has(word));
}

/** A text's sentences, the clauses a semicolon or colon joins read as one ("X stays inside; nobody carries it out"). */
function wholeSentences(text: string): string[] {
  const whole: string[] = [];
  for (const part of splitSentences(text)) {
    const last = whole.at(-1);
    if (last !== undefined && /[;:]$/.test(last)) whole[whole.length - 1] = `${last} ${part}`;
    else whole.push(part);
  }
  return whole;
}

/**
 * A case said with "whenever" where the old text said "if" or "when": a rule that applies if X
 * applies whenever X, so the new text reads with the old marker and only the condition's own words
 * are compared ("if the surface wind is above 10 knots" -> "whenever the wind at ground level is
 * stronger than 10 knots").
 */
function withOldCaseMarker(previous: string, next: string, lexicon: Lexicon): string {
  if (/\bwhenever\b/i.test(previous)) return next;
  const old = /\b(if|when)\s+([^,;:.]+)/i.exec(previous);
  const now = /\bwhenever\s+([^,;:.]+)/i.exec(next);
  if (!old || !now) return next;
  // Only the same case in other words: "whenever" put before another case ("when the return is
  // approved" -> "whenever a return is requested") is a condition changed.
  if (!sameCase(old[2]!, now[1]!, lexicon)) return next;
  const marker = old[1]!.toLowerCase();
  return next.replace(/\b([Ww])henever\b/, (_, w: string) => (w === 'W' ? marker[0]!.toUpperCase() + marker.slice(1) : marker));
}

/** Words of a case that say nothing of their own: articles, "be", and the bound words read by `boundsOf`. */
const CASE_FILLERS = new Set(['the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'its', 'their', 'than', 'above', 'below', 'over', 'under', 'more', 'less', 'at', 'of']);

/**
 * Whether two cases say the same: each word of the old one said again (the same word or one the
 * dictionary links: "surface" wind at "ground level"), the same figures bounded on the same sides.
 */
function sameCase(old: string, now: string, lexicon: Lexicon): boolean {
  const words = tokenizeWords(old).filter((word) => !CASE_FILLERS.has(word) && !/^\d/.test(word));
  const newWords = tokenizeWords(now);
  const said = words.every((word) => newWords.includes(word) || saysRuleWords(word, now, lexicon));
  const [a, b] = [boundsOf(old), boundsOf(now)];
  return said && a !== null && b !== null && a.length === b.length && eachBoundInOther(a, b);
}

/**
 * A grant and its holders' duty joined as the grant's condition: "Children may attend the class.
 * They must be accompanied by an adult." -> "Children may attend the class if an adult accompanies
 * them." The new sentence keeps the grant word for word and says every word of the duty after its
 * "if" (or "provided", "as long as"); the duty's subject is a pronoun for the grant's holders.
 * Returns the new text with the joined sentence written as the two old ones.
 */
function withDutySplitFromGrant(previous: string, next: string, lexicon: Lexicon): string {
  const old = splitSentences(previous);
  for (const [i, grant] of old.entries()) {
    const duty = old[i + 1];
    if (!duty || !/\b(?:may|can)\b/i.test(grant) || bans(grant)) continue;
    const owed = /^(?:they|he|she|it)\s+(?:must|should|shall|need to|have to|has to)\s+(?<rest>.+)$/i.exec(duty.trim())?.groups?.rest;
    if (!owed || bans(duty)) continue;
    const lead = grant.trim().replace(/[.!?]+$/, '');
    const joined = new RegExp(`^${escapeRegExp(lead)},?\\s+(?:if|provided(?: that)?|as long as)\\s+(?<cond>[^.;:]+)[.!?]?$`, 'i');
    for (const sentence of splitSentences(next)) {
      const cond = joined.exec(sentence.trim())?.groups?.cond;
      // "if they wish to wear a lab coat" leaves the duty to them.
      const leftToThem = cond !== undefined && (/\b(?:wish|wishes|want|wants|like|likes|choose|chooses|prefer|prefers|able|unless|except)\b/i.test(cond) || (cond.match(CASE_OR_GRANT) ?? []).length > 0);
      if (cond && !leftToThem && saysRuleWords(owed, cond, lexicon, new Set(), true)) return next.replace(sentence, `${grant} ${duty}`);
    }
  }
  return next;
}

/**
 * `next` with each sentence that says an old sentence's rule from the other side written as that
 * old sentence, so the detectors read only what else changed. Without a dictionary nothing is folded.
 */
export function foldRulesFromOtherSide(previous: string, next: string, lexicon: Lexicon | null | undefined): string {
  if (!lexicon) return next;
  const oldSentences = wholeSentences(previous);
  // Each distinct text once, against each distinct old text (the first that fits, as before): a
  // clause of 4,000 copies of one sentence, each changed, compared every copy with every copy
  // (16 M pairs, 90% of a 100 s hook; session 18).
  const kept = new Set(oldSentences);
  const distinct = [...kept];
  const matches = new Map<string, string | undefined>();
  let written = withDutySplitFromGrant(previous, withOldCaseMarker(previous, next, lexicon), lexicon);
  for (const sentence of wholeSentences(written)) {
    if (kept.has(sentence) || !written.includes(sentence)) continue;
    if (!matches.has(sentence)) matches.set(sentence, distinct.find((old) => saysFromOtherSide(old, sentence, lexicon)));
    const match = matches.get(sentence);
    if (match) written = written.replace(sentence, match);
  }
  return written;
}

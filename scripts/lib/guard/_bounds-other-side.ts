// A bound said from the other side with a negation: "Keep the room below 27 °C" = "The room must
// never reach 27 °C or higher"; "must not exceed 15 km/h" = "stay at or below 15 km/h"; "Do not
// park within 5 metres" = "Park more than 5 metres away". Each bound admits one side of its number
// (below or above), and a negation in its clause turns the side round, as it turns a rule round
// (`_polarity.ts`): the same number admitting the same side is the same limit, however each
// version words it. Whether the number itself is included ("below 27" / "27 or higher") is not
// read: rules are not written to that precision. A bound in the subject is turned by the negation
// of its clause's verb after it ("Members under 16 cannot hire a bike" admits 16 and over), and a
// grant of one side is the ban of the other only when "only" limits it ("Only members aged 16 or
// over can hire a bike"): "Loads under 20 kg may be lifted alone" says nothing of heavier loads, so
// it is no "Loads over 20 kg must not be lifted alone" (round 26a). Pure.
import type { Finding } from './_findings.ts';
import { APPROXIMATING, BOUNDS_AFTER, BOUNDS_BEFORE, type BoundSide as Side } from './_numbers.ts';
import { extremeBound, grantIsEdge } from './_extreme-bounds.ts';
import { contentStems, sameRoot } from './_text.ts';
import { CLAUSE_NEGATIONS } from './_rule-words.ts';

/**
 * Bounds before the number, longest first, with the side they admit. A bound that carries a
 * negation of its verb ("not exceed") is read as that verb and the negation counted like any other.
 */
const BEFORE: ReadonlyArray<readonly [string, Side]> = BOUNDS_BEFORE.filter((bound) => bound.negates === undefined).map((bound) => [bound.phrase, bound.side] as const);
/** Bounds after the number (and its unit); "3 nights a week at (the) most" caps as "at most 3 nights" does (round 27a). */
const AFTER: ReadonlyArray<readonly [string, Side]> = [...BOUNDS_AFTER.map((bound) => [bound.phrase, bound.side] as const), ['at most', 'down'], ['at least', 'up']];
/**
 * Bounds that cap the amount a grant gives ("can bring at most 2 bags", "may borrow up to 4
 * books"): after the grant's modal they limit it as "only" does, so the grant forbids what lies
 * beyond ("must not bring more than 2 bags"; round 27a). A bound before the modal picks out whom
 * the grant is for ("Loads under 20 kg may be lifted alone") and says nothing of the rest.
 */
const CAPS = new Set(['at most', 'up to', 'no more than', 'not more than', 'no longer than', 'a maximum of']);
/** Figures in words, read as the digits the other version may write: "two bags" = "2 bags" (not "one": "no one"). */
const FIGURE_WORDS: Readonly<Record<string, string>> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12' };
const NEGATIONS = CLAUSE_NEGATIONS;
/** Words that end a clause: a bound's negations are counted within its own clause and sentence. */
const CLAUSE_END = /^[;:,]$/;
/** A modal or auxiliary that opens a clause's verb ("cannot hire", "must not be lifted", "are not accepted"). */
const AUXILIARY = /^(?:must|may|might|can|cannot|could|should|shall|will|would|is|are|was|were|be|do|does|did|has|have)$/;
/** A modal that grants ("can hire", "may join") when no negation turns it. */
const GRANTING = /^(?:may|can|could|might)$/;
/** Words a unit may take between a number and a bound after it ("27 °C or higher", "90% or lower", "5 metres or less"). */
const UNIT = /^(?:[a-z]{1,12}|%)$/;

interface ReadBound {
  value: string;
  /** The side the bound words admit, before any negation. */
  written: Side;
  /** The side the rule admits: the written one, turned round by each negation in its clause before the bound. */
  admitted: Side;
  /** The bound words, as written. */
  words: string;
  negated: boolean;
  /** A superlative naming the limit's edge ("12 is the minimum age", `_extreme-bounds.ts`). */
  superlative?: boolean;
  /** Its clause grants ("may", "can") with no negation: it allows its side and, without "only", forbids nothing. */
  grant: boolean;
  /** An "only" in its clause limits the grant to the bound's side ("Only members aged 16 or over can hire"). */
  only: boolean;
  /** A cap after the grant's modal limits it instead ("can bring 2 bags at most"; round 27a). */
  capped?: boolean;
  /** A "no"/"not" right before the bound words negates them ("no taller than"), not the clause's verb (round 43a). */
  ownNegation: boolean;
}

function tokens(sentence: string): string[] {
  // A full stop ends a sentence only before a capital or the end ("7 p.m. is the latest" is one clause).
  const ends = sentence.replace(/[.!?](?=\s+[A-Z]|\s*$)/g, ' ; ');
  const words = ends.toLowerCase().replace(/n['’]t\b/g, ' not').replace(/\bat the (most|least)\b/g, 'at $1').match(/\d+(?:[.,]\d+)?|%|[a-z]+|[;:,]/g) ?? [];
  return words.map((word) => FIGURE_WORDS[word] ?? word);
}

function endsWith(words: readonly string[], at: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((part, k) => words[at - parts.length + k] === part);
}

/**
 * The negations of the clause's verb when the bound stands in its subject ("Members under 16
 * cannot hire", "Parcels over 30 kg are not accepted"): no verb before the bound in its clause, and
 * the first auxiliary after it, within six words, negated. A negation further on negates something
 * else ("Lift loads over 20 kg with a partner, never alone").
 */
function negationsOfVerbAfter(words: readonly string[], lead: readonly string[], from: number, to: number): number {
  if (lead.some((token) => AUXILIARY.test(token) || NEGATIONS.has(token))) return 0;
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const token = words[k] ?? '';
    if (token === 'cannot' || token === 'never') return 1;
    if (AUXILIARY.test(token)) return words[k + 1] === 'not' || words[k + 1] === 'never' ? 1 : 0;
  }
  return 0;
}

/** Every number with a bound in a text, and the side its rule admits. */
function readBounds(text: string): ReadBound[] {
  const words = tokens(text);
  const found: ReadBound[] = [];
  words.forEach((word, i) => {
    if (!/^\d/.test(word)) return;
    let bound: { phrase: string; side: Side; start: number } | null = null;
    // "faster than about 2.8 m/s": a word of approximation between the bound and its number.
    const at = APPROXIMATING.has(words[i - 1] ?? '') ? i - 1 : i;
    for (const [phrase, side] of BEFORE) {
      if (endsWith(words, at, phrase)) { bound = { phrase, side, start: at - phrase.split(' ').length }; break; }
      // "rise above 5 °C", "at or below 15": a word between the bound and the number is not read.
    }
    if (!bound) {
      for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
        const pair = `${words[k] ?? ''} ${words[k + 1] ?? ''}`;
        const after = AFTER.find(([phrase]) => phrase === pair);
        if (after) { bound = { phrase: after[0], side: after[1], start: i }; break; }
        if (!UNIT.test(words[k] ?? '')) break;
      }
    }
    // "12 is the minimum age", "4 pm is the last time", "after 4 pm" (round 25a).
    const extreme = bound ? null : extremeBound(words, i);
    if (extreme) bound = { phrase: extreme.words, side: extreme.side, start: extreme.start };
    if (!bound) return;
    let from = bound.start;
    while (from > 0 && !CLAUSE_END.test(words[from - 1] ?? '') && words[from - 1] !== 'and') from--;
    let to = i + 1;
    while (to < words.length && !CLAUSE_END.test(words[to] ?? '') && words[to] !== 'and') to++;
    // "no more than" is a bound of its own, not a negation of the rule.
    const lead = words.slice(from, bound.start);
    const negations = lead.filter((token) => NEGATIONS.has(token)).length + negationsOfVerbAfter(words, lead, i + 1, to);
    const turned = negations % 2 === 1;
    const clause = words.slice(from, to);
    const grant = negations === 0 && clause.some((token) => GRANTING.test(token));
    const capped = grant && CAPS.has(bound.phrase) && words.slice(from, Math.min(bound.start, i)).some((token) => GRANTING.test(token));
    const ownNegation = /^(?:no|not)$/.test(words[bound.start - 1] ?? '');
    found.push({ value: word, written: bound.side, admitted: turned ? (bound.side === 'up' ? 'down' : 'up') : bound.side, words: bound.phrase, negated: negations > 0, ...(extreme?.superlative ? { superlative: true } : {}), grant, only: clause.includes('only') || capped, ...(capped ? { capped: true } : {}), ownNegation });
  });
  return found;
}

/**
 * Whether both bounds forbid the side they do not admit: a ban does, a duty does ("Keep the room
 * below 27"), a grant only when "only" limits it ("Only members aged 16 or over can hire" = "Members
 * under 16 cannot hire"; "Loads under 20 kg may be lifted alone" leaves heavier loads unsaid).
 */
function sayTheBan(a: ReadBound, b: ReadBound): boolean {
  return (!a.grant || a.only) && (!b.grant || b.only);
}

/** Bounds of the same number written on opposite sides that admit the same side: the same limit said the other way. */
function boundsSaidFromOtherSide(previous: string, next: string, amountsAgree: boolean): Array<{ before: ReadBound; after: ReadBound }> {
  const after = readBounds(next);
  const old = readBounds(previous);
  // One bound each, whose amounts the number reading found the same in other units ("10 km/h" = "about 2.8 m/s").
  const sameValue = (a: ReadBound, b: ReadBound) => a.value === b.value || (amountsAgree && old.length === 1 && after.length === 1);
  return old.flatMap((before) => {
    // "must not exceed 10" = "must not go faster than 10": both negated, the same side admitted.
    // "Vehicles taller than 2.1 m cannot use the car park" = "takes only vehicles no taller than
    // 2.1 m": the same words, one negated by its clause's verb, the other by its own "no" (round 43a).
    const negatedAlike = (bound: ReadBound) => bound.words !== before.words || bound.ownNegation !== before.ownNegation;
    const same = after.find((bound) => sameValue(before, bound) && bound.admitted === before.admitted && (bound.superlative || before.superlative || sayTheBan(before, bound)) && ((bound.written !== before.written && bound.negated !== before.negated) || (bound.written === before.written && bound.negated && before.negated && negatedAlike(bound))));
    return same ? [{ before, after: same }] : [];
  });
}

/** Cap words, which the two versions say on either side of their figure. */
const CAP_WORDS = /\b(?:at (?:the )?most|up to|no more than|not more than|no longer than|a maximum of|more than|longer than|over)\b/gi;

/**
 * Whether the new text brings no content word the old one lacks, cap words aside: a grant read as
 * its cap's ban must not pick out some of its doers or add a case ("Pupils in year 6 can borrow up
 * to 4 books", "..., or more in the holidays").
 */
function saysNothingElse(previous: string, next: string): boolean {
  const old = contentStems(previous.replace(CAP_WORDS, ' '));
  return contentStems(next.replace(CAP_WORDS, ' ')).every((stem) => old.some((word) => sameRoot(word, stem)));
}

/** Words counted as negations across a text, for telling whether the bounds account for every negation that came or went. */
function negationCount(text: string): number {
  return tokens(text).filter((token) => NEGATIONS.has(token)).length;
}

/**
 * The reasons left when the change a bound said from the other side made is no change: the limit
 * turned round on the same amount ("at least N" -> "at most N"), the order words turned round
 * ("above" -> "lower"), each known by what the reason read (`_findings.ts`), and the negation that
 * came or went with it (only when those bounds account for every negation that did).
 */
export function withoutBoundsFromOtherSide(previous: string, next: string, reasons: Finding[]): Finding[] {
  const pairs = boundsSaidFromOtherSide(previous, next, !reasons.some((reason) => reason.code === 'number-changed'));
  if (pairs.length === 0) return reasons;
  const values = new Set(pairs.flatMap(({ before }) => [before.value, before.value.replace(',', '.')]));
  const boundWords = new Set(pairs.flatMap(({ before, after }) => [...before.words.split(' '), ...after.words.split(' ')]));
  const turned = pairs.filter(({ before, after }) => before.negated !== after.negated).length;
  const negationsExplained = Math.abs(negationCount(previous) - negationCount(next)) <= turned;
  const newBoundsPaired = readBounds(next).length <= pairs.length;
  const aboutValue = (amount: string) => [...values].some((value) => amount.startsWith(value));
  const boundWordIn = (words: string) => words.split(' ').some((word) => boundWords.has(word));
  return reasons.filter((reason) => {
    if (reason.limitTurned && (aboutValue(reason.limitTurned.before) || aboutValue(reason.limitTurned.after))) return false;
    if (reason.orderTurned && boundWordIn(reason.orderTurned.before) && boundWordIn(reason.orderTurned.after)) return false;
    if ((reason.code === 'negation-added' || reason.code === 'negation-removed') && negationsExplained) return false;
    // A ban said as its edge: "must not take off after 7 p.m." = "7 p.m. is the latest a flight may take off".
    if (reason.code === 'modal-weakened' && pairs.some(({ before, after }) => after.superlative && before.negated && !after.negated) && grantIsEdge(next)) return false;
    // A ban said as the grant "only" or a cap limits to the other side: "cannot hire" = "only ... can hire",
    // "must not bring more than 2 bags" = "can bring 2 bags at most"; a bound of the new text's own
    // ("Guests under 12 can bring 2 bags at most") picks out whom the grant is for, so it is no such ban.
    if (reason.code === 'modal-weakened' && pairs.some(({ before, after }) => before.negated && after.grant && after.only && (!after.capped || saysNothingElse(previous, next))) && newBoundsPaired) return false;
    return true;
  });
}

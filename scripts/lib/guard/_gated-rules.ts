// A gated rule read as one logical form (issue 11, round 33a): a prohibition lifted by a gate and the
// act allowed only inside that gate are one statement, "not (A and not C)" = "A only if C", however
// the words fall. "Do not let a tram leave the depot until its brake test has been recorded" = "A
// tram may leave the depot only once its brake test is on record"; "Do not tell a caller they
// qualify before the means test has been completed" = "Only once the means test is complete may you
// tell a caller that they qualify"; "Never press audio unless the client has confirmed they own the
// rights to it" = "Press only audio whose rights the client has confirmed they hold"; "Do not adjust
// a device that another clinic supplied" = "Only make adjustments to devices that this clinic
// supplied". Each sentence is read as (form, doer, act, gate, the gate's kind): the form a ban ("do
// not / never / must not ... until / unless / before / without C", or "... an X that has not C / that
// another P did") or an "only" ("A only if / when / once / after / while / with C", "Only once C may
// X A", "X may only A ... once C", "Only A the Xs that / whose C"); the gate said positively (a
// ban's restriction turned: its "not" taken out, "another clinic" read as "this clinic"). Two
// sentences of opposite forms say the same gated rule when every word of each act is said in the
// other (by root or a sense the dictionary gives both; a light verb, "make adjustments to", is the
// act's form; the doer a ban names before its negation may go, which binds more people; a party's
// words stay, "a staff member" is not "a member") and the words of the two
// gates say each other one for one, with their figures, bound words, "and"/"or", negations and
// party marks the same. Existing readings say parts of this (`_gates.ts`, `_only-gates.ts`, `_bans-as-only.ts`),
// each in one shape: a "let"/"allow" in front, an inverted "Only once C may", an "only" before the
// object with the case in a relative clause, a party said as "another"/"this" or a gate in other
// words stopped them (HISTORY.md, "Session 27, guard33a").
//
// What it never reads as the same (the near-miss twins, which loosen): "A once C" (no "only": the
// gate is no longer a gate), "A only until / before C" (the order turned), "A unless C" (no "not"),
// "Only A the Xs another clinic supplied" for "this clinic", "Only A the Xs this clinic supplied"
// said back as "Do not A an X another clinic supplied" (it lets an X no clinic supplied in again;
// the other way, ban to "only", it is stricter), a gate that gained or lost a word ("C
// or D", "in writing" gone), a new act narrower than the old ("Only trainees may ..."), a negation
// left in the "only" sentence, a softening modal or hedge on either side ("should be poured only
// once"). When either side cannot be read, nothing is folded. Pure: the
// dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { senseNeighbourhood } from './_sense-neighbourhood.ts';
import { NEGATIONS } from './_rule-words.ts';
import { normaliseWord, sameRoot, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Whether the act is forbidden but inside the gate ("ban"), or allowed only inside it ("only"). */
export type GatedForm = 'ban' | 'only';
/** A condition ("unless", "only if"), an event the act waits for ("until", "only once"), or a restriction of the act's object ("a device that ..."). */
export type GateKind = 'condition' | 'event' | 'restriction';

export interface GatedRule {
  form: GatedForm;
  kind: GateKind;
  /** Words naming who is bound, said before a ban's negation or an "only" sentence's modal: a rule that drops them binds more. */
  doer: readonly string[];
  /** The act and its object, form words out. */
  act: readonly string[];
  /** The case the act is allowed in, said positively, form words out; party marks `=own` / `=other`. */
  gate: readonly string[];
  /**
   * The gate is a ban's "another P" read as "this P": the same rule only when every thing was some
   * party's, so only read from the ban to the "only" (the "only" forbids the things of no party too).
   */
  partyTurned?: boolean;
  /**
   * A ban's gate said as written, to be turned by its complement (round 34a): one of its words must
   * be said in the other gate by its opposite ("a sling that is damaged" / "slings that are
   * undamaged", "fish past its use-by date" / "fish within its use-by date"), since it holds no "not"
   * to take out.
   */
  turn?: boolean;
  /** The act's verb was a light verb of motion with the thing as its subject ("pellets go only into stores"): someone moves or hands the thing over. */
  moved?: boolean;
}

/** A ban's gate: the act waits for an event, or is lifted by a condition. */
const BAN_GATES: Readonly<Record<string, GateKind>> = { until: 'event', before: 'event', unless: 'condition', without: 'condition', while: 'condition' };
/** An "only" gate: the case the act is allowed in. "only until / before" turns the order and is no such gate. */
const ONLY_GATES: Readonly<Record<string, GateKind>> = { if: 'condition', when: 'condition', whenever: 'condition', while: 'condition', with: 'condition', provided: 'condition', once: 'event', after: 'event' };
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
const MODALS = new Set(['may', 'can', 'could', 'must', 'should', 'shall', 'will', 'might']);
/** Single words of `WEAKENING_QUALIFIERS` and their kin that soften a case a gate closes on ("nearly", "mostly"). */
const WEAKENING = new Set(['nearly', 'almost', 'mostly', 'partly', 'partially', 'largely', 'roughly', 'approximately', 'often', 'occasionally', 'practical', 'practicable', 'feasible', 'appropriate', 'convenient', 'discretion', 'needed', 'necessary', 'relevant', 'request', 'requested', 'asked']);
/**
 * A modal or hedge that softens either form ("Concrete should be poured only once ...", "ideally"):
 * such a sentence says less than a "never" or a "may ... only", so it is not read.
 */
const SOFT = new Set(['should', 'ought', 'might', 'could', 'would', 'ideally', 'preferably', 'generally', 'usually', 'typically', 'normally', 'sometimes', 'possible']);
/** Words of the rule's form, said in one form and not the other: modals, auxiliaries, "let"/"allow", "ever". */
const FORM = new Set([...MODALS, 'do', 'does', 'did', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'to', 'ever', 'let', 'lets', 'allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'only', 'solely', 'exclusively']);
/**
 * Words of form in a gate: modals and auxiliaries, "done" of "until they have done the induction"
 * ("after the induction"). A gate's own "allows" or "permits" is its act ("unless its label allows it").
 * A state said to hold "still" or "already" is the state itself: "fish still within its use-by date"
 * is "fish within its use-by date", "doors someone has already seen" "doors someone has seen" (round 34a).
 */
const GATE_FORM = new Set([...MODALS, 'do', 'does', 'did', 'done', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'to', 'ever', 'only', 'still', 'already']);
/**
 * Words of a gate and the words that say its complement, where the dictionary gives no opposite (it
 * has none for prepositions): a thing "past" its date is one not "within" it (round 34a).
 */
const COMPLEMENTS: Readonly<Record<string, readonly string[]>> = { past: ['within', 'inside'], beyond: ['within', 'inside'], outside: ['within', 'inside'], within: ['past', 'beyond', 'outside'], inside: ['past', 'beyond', 'outside'] };
/** Verbs that move a thing with the thing as subject ("Bulk pellets go only into stores"): no act of their own, someone moves it. */
const MOVING = new Set(['go', 'goes', 'went', 'gone', 'going']);
/** A verb that carries no act of its own before a noun of the act ("make adjustments to", "an installation can go ahead"). */
const LIGHT = new Set(['make', 'makes', 'made', 'carry', 'carried', 'out', 'go', 'goes', 'ahead', 'happen', 'happens', 'place', 'get', 'gets']);
/** Words the stop list drops that change a gate: bounds, comparisons, alternatives. Compared as written. */
const EXACT = new Set(['below', 'above', 'under', 'over', 'more', 'less', 'fewer', 'most', 'least', 'than', 'and', 'or', 'nor', 'before', 'after', 'during', 'every', 'any', 'all', 'each', 'either', 'both', 'same']);
/** Quantifiers an act says as its article does: "Do not lend any key card" is "a key card" there (a gate keeps them: "every seat" is not "a seat"). */
const QUANTIFIERS = new Set(['every', 'any', 'all', 'each']);
/**
 * Words that take in everyone, which name no party of their own ("Anyone may enter ... only once"). A
 * party's words ("a staff member", "a member") are kept: `_gate-parties.ts`'s case, "unless a staff
 * member has checked" is not "only once a member has checked".
 */
const EVERYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever']);
const PRONOUNS = new Set(['i', 'me', 'you', 'we', 'us', 'he', 'him', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'themselves', 'itself', 'one', 'someone', 'somebody']);
/** A party named as the rule's own ("this clinic", "our shop") or as another ("another clinic", "other shops", "a different shop"). */
const OWN = new Set(['this', 'our', 'these']);
const OTHER = new Set(['another', 'other', 'different']);

/** The content words of a stretch, with exact words and party marks kept: what a side of the rule says. */
function wordsOf(tokens: readonly string[], form: ReadonlySet<string> = FORM): string[] {
  const words: string[] = [];
  for (const word of tokens) {
    if (OWN.has(word)) words.push('=own');
    else if (OTHER.has(word)) words.push('=other');
    else if (NEGATIONS.has(word)) words.push('=not');
    else if (EXACT.has(word) || /^\d/.test(word)) words.push(word);
    // The stop list's "own" is also the verb: "the client owns the rights" / "they own the rights".
    else if (word === 'own') words.push(word);
    else if (!STOP_WORDS.has(word) && !form.has(word) && !PRONOUNS.has(word) && !EVERYONE.has(word)) words.push(word);
  }
  return words;
}

/** A gate's words: its own verbs kept, its modals and auxiliaries out. */
function gateWords(tokens: readonly string[]): string[] {
  return wordsOf(tokens, GATE_FORM);
}

/** The act's words, its light verbs out when a word of the act is left. */
function actWords(tokens: readonly string[]): string[] {
  const words = wordsOf(tokens).filter((word) => !QUANTIFIERS.has(word));
  const heavy = words.filter((word) => !LIGHT.has(word));
  return heavy.length > 0 ? heavy : words;
}

/** Whether the act's words hold a verb of `MOVING` and another word, so that the thing was its subject. */
function movedBy(tokens: readonly string[]): boolean {
  return tokens.some((word) => MOVING.has(word));
}

/**
 * A ban's relative clause turned to the case allowed: its one "not" taken out, another party read as
 * the rule's own; with neither, the clause as written, to be turned by a word's opposite (round 34a).
 */
function turnedRestriction(clause: readonly string[]): { gate: string[]; turn?: boolean } | null {
  const negations = clause.filter((word) => NEGATIONS.has(word)).length;
  const other = clause.filter((word) => OTHER.has(word)).length;
  if (negations === 1 && other === 0) return { gate: gateWords(clause.filter((word) => !NEGATIONS.has(word))) };
  if (negations === 0 && other === 1) return { gate: gateWords(clause.map((word) => (OTHER.has(word) ? 'this' : word))) };
  if (negations === 0 && other === 0) return { gate: gateWords(clause), turn: true };
  return null;
}

function readBan(tokens: readonly string[]): GatedRule | null {
  const at = tokens.findIndex((word) => NEGATIONS.has(word));
  if (at < 0) return null;
  const rest = tokens.slice(at + 1);
  const gateAt = rest.findIndex((word) => word in BAN_GATES);
  if (gateAt >= 0) {
    const gate = rest.slice(gateAt + 1);
    // A second negation in the act or one in the gate is more than this form says.
    if (rest.slice(0, gateAt).some((word) => NEGATIONS.has(word)) || gate.some((word) => NEGATIONS.has(word)) || gate.length === 0) return null;
    // "Do not issue a pass while any defect is recorded": the act is allowed only when no defect is (round 34a); "any" is the "no" of the case turned.
    if (rest[gateAt] === 'while') return { form: 'ban', kind: 'condition', doer: wordsOf(tokens.slice(0, at)), act: actWords(rest.slice(0, gateAt)), gate: ['=not', ...gateWords(gate.filter((word) => word !== 'any'))] };
    return { form: 'ban', kind: BAN_GATES[rest[gateAt]!]!, doer: wordsOf(tokens.slice(0, at)), act: actWords(rest.slice(0, gateAt)), gate: gateWords(gate) };
  }
  // "Never lift a beam with a damaged sling": the gate is what the act is done with, turned by its opposite (round 34a).
  const withAt = rest.findIndex((word, i) => word === 'with' && i > 0);
  if (withAt > 0 && !rest.some((word) => RELATIVES.has(word) || word in ONLY_GATES && word !== 'with')) {
    const gate = gateWords(rest.slice(withAt + 1));
    return gate.length > 1 ? { form: 'ban', kind: 'condition', doer: wordsOf(tokens.slice(0, at)), act: actWords(rest.slice(0, withAt)), gate, turn: true } : null;
  }
  // "Do not adjust a device that another clinic supplied": the gate is the object's relative clause, turned.
  const relativeAt = rest.findIndex((word, i) => RELATIVES.has(word) && i > 0);
  if (relativeAt < 0 || rest.slice(0, relativeAt).some((word) => NEGATIONS.has(word))) return null;
  const clause = rest.slice(relativeAt + 1);
  const turned = turnedRestriction(clause);
  const partyTurned = clause.some((word) => OTHER.has(word));
  return turned && turned.gate.length > 0 ? { form: 'ban', kind: 'restriction', doer: wordsOf(tokens.slice(0, at)), act: actWords(rest.slice(0, relativeAt)), gate: turned.gate, ...(partyTurned ? { partyTurned } : {}), ...(turned.turn ? { turn: true } : {}) } : null;
}

/** The words before a modal that opens an "only" sentence's act ("Volunteers may sell ..."): its doer. */
function splitDoer(lead: readonly string[]): [string[], string[]] {
  const modal = lead.findIndex((word) => MODALS.has(word));
  return modal < 0 ? [[], [...lead]] : [lead.slice(0, modal), lead.slice(modal + 1)];
}

function readOnly(tokens: readonly string[]): GatedRule | null {
  if (tokens.some((word) => word === 'unless' || word === 'except')) return null;
  const at = tokens.indexOf('only');
  if (at < 0 || tokens.indexOf('only', at + 1) >= 0) return null;
  const after = tokens[at + 1] === 'ever' ? at + 2 : at + 1;
  const word = tokens[after];
  if (word === undefined || word === 'until' || word === 'before') return null;
  // A negation is read only inside a gate that follows the "only" ("only when no defect is on record",
  // round 34a), where it turns the case; anywhere else the sentence is no "only" of this form.
  const negated = tokens.findIndex((token) => NEGATIONS.has(token));
  if (negated >= 0 && !(negated > after && (word === 'when' || word === 'while' || word === 'if'))) return null;
  // "only when not every seat has been sold": a negated universal is no case turned (some, not none), so no gate.
  if (negated >= 0 && ['every', 'all', 'each'].includes(tokens[negated + 1] ?? '')) return null;
  if (word in ONLY_GATES && at === 0) {
    // "Only once the means test is complete may you tell a caller ...": the case runs to the modal that inverts the sentence.
    const modal = tokens.findIndex((token, i) => i > after + 1 && MODALS.has(token));
    if (modal < 0) return null;
    return { form: 'only', kind: ONLY_GATES[word]!, doer: [], act: actWords(tokens.slice(modal + 1)), gate: gateWords(tokens.slice(after + 1, modal)) };
  }
  if (word in ONLY_GATES) {
    const [doer, act] = splitDoer(tokens.slice(0, at));
    const gate = tokens.slice(after + 1);
    return gate.length > 0 ? { form: 'only', kind: ONLY_GATES[word]!, doer: wordsOf(doer), act: actWords(act), gate: gateWords(gate), ...(movedBy(act) ? { moved: true } : {}) } : null;
  }
  if (negated >= 0) return null;
  // "Swimmers may only enter the lake once ...": the case comes after the act the "only" stands before.
  const gateAt = tokens.findIndex((token, i) => i > after && token in ONLY_GATES && token !== 'with');
  const relativeAt = tokens.findIndex((token, i) => i > after && RELATIVES.has(token));
  // A gate word anywhere after the act is the case ("Only say that a bus connects with a train once control has confirmed it"): a "that" before it opens what is said.
  if (gateAt > 0) {
    if (tokens.slice(after, gateAt).some((token) => token === 'until' || token === 'before')) return null;
    const [doer, act] = splitDoer(tokens.slice(0, at));
    return { form: 'only', kind: ONLY_GATES[tokens[gateAt]!]!, doer: wordsOf(doer), act: actWords([...act, ...tokens.slice(after, gateAt)]), gate: gateWords(tokens.slice(gateAt + 1)) };
  }
  // "Only repair bikes that this shop sold", "Press only audio whose rights ...": the case restricts the object.
  if (relativeAt > 0 && !tokens.slice(after, relativeAt).some((token) => token in BAN_GATES || token in ONLY_GATES)) {
    const [doer, act] = splitDoer(tokens.slice(0, at));
    // "Only fish that is within its date can be sold": opening the sentence, the clause runs to the modal of the act (round 34a).
    const modal = at === 0 ? tokens.findIndex((token, i) => i > relativeAt + 1 && MODALS.has(token)) : -1;
    const gate = modal > 0 ? tokens.slice(relativeAt + 1, modal) : tokens.slice(relativeAt + 1);
    const acted = modal > 0 ? [...tokens.slice(after, relativeAt), ...tokens.slice(modal + 1)] : tokens.slice(after, relativeAt);
    return gate.length > 0 ? { form: 'only', kind: 'restriction', doer: wordsOf(doer), act: actWords([...act, ...acted]), gate: gateWords(gate), ...(movedBy(act) ? { moved: true } : {}) } : null;
  }
  return null;
}

/** The gated rule a sentence says, or null when it says none this reading knows (a clause joined by ";" or ":" is not read). */
export function readGatedRule(sentence: string): GatedRule | null {
  if (/[;:]/.test(sentence)) return null;
  const tokens = tokenizeWords(sentence);
  if (tokens.some((word) => SOFT.has(word))) return null;
  return readBan(tokens) ?? readOnly(tokens);
}

/** Whether `word` is said by one of `words`: the same word for exact words and marks, else the same root or one dictionary link. */
function said(word: string, words: readonly string[], lexicon: Lexicon | null | undefined): boolean {
  if (word.startsWith('=') || EXACT.has(word) || /^\d/.test(word)) return words.includes(word);
  const stem = normaliseWord(word);
  return words.some((other) => {
    if (other.startsWith('=') || EXACT.has(other) || /^\d/.test(other)) return false;
    const their = normaliseWord(other);
    return stem === their || sameRoot(stem, their) || (lexicon ? shareSense(lexicon, word, other) : false);
  });
}

/**
 * Whether two words say one sense of the dictionary. Not its links one step away: through them
 * "building" reaches "supervising" (a sense of "build") and "pipes" a "flue", a gate replaced that
 * would pass for the same (the tuning set's "only while a teacher is in the building" for "unless a
 * teacher is supervising"). The senses are `_sense-neighbourhood.ts`'s, made once per word.
 */
function shareSense(lexicon: Lexicon, a: string, b: string): boolean {
  const theirs = senseNeighbourhood(lexicon, b).own;
  for (const id of senseNeighbourhood(lexicon, a).own) if (theirs.has(id)) return true;
  return false;
}

/** The marks, figures, bounds and alternatives of a stretch, sorted: compared as written. */
function exactWords(words: readonly string[]): string[] {
  return words.filter((word) => word.startsWith('=') || EXACT.has(word) || /^\d/.test(word)).sort();
}

/** Whether every word of `some` is in `all`, as many times. */
function within(some: readonly string[], all: readonly string[]): boolean {
  const left = [...all];
  return some.every((word) => {
    const at = left.indexOf(word);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
}

/**
 * Whether two rules of opposite forms say one gated rule, the new one as strict or stricter: each
 * old act word said in the new act (an old doer may go: the rule binds more), each new act or doer
 * word said in the old one, no figure, bound or party mark of the new act's the old lacked; the
 * gates said one for one, the new gate free to close on a qualifier of its own (it allows less).
 */
export function sameGatedRule(before: GatedRule, after: GatedRule, lexicon: Lexicon | null | undefined): boolean {
  if (before.form === after.form || before.act.length === 0 || after.act.length === 0 || before.gate.length === 0 || after.partyTurned === true) return false;
  const oldAct = [...before.act, ...before.doer];
  const newAct = [...after.act, ...after.doer];
  if (!within(exactWords(newAct), exactWords(oldAct)) || !within(exactWords(before.act), exactWords(newAct))) return false;
  // "Never deliver pellets to a store ..." / "Pellets go only into stores ...": the thing moved is the act; the old verb may go when it moves or hands over a thing (round 34a).
  const oldActSaid = (word: string) => said(word, newAct, lexicon) || (after.moved === true && lexicon !== null && lexicon !== undefined && movesAThing(lexicon, word));
  if (!before.act.every(oldActSaid) || !newAct.every((word) => said(word, oldAct, lexicon))) return false;
  return gateKept(before.gate, after.gate, lexicon, before.turn === true || after.turn === true);
}

/** Whether one of a verb's three commonest senses moves a thing or hands it over ("deliver", "send", "give"), so "the thing goes" says it. */
function movesAThing(lexicon: Lexicon, word: string): boolean {
  return lexicon.senses(word, 'v').slice(0, 3).some((sense) => sense.category === 'verb.motion' || sense.category === 'verb.possession');
}

/**
 * Whether `b` says the complement of `a`: a word of `COMPLEMENTS`, or the dictionary's opposite of a
 * sense either one has as an adjective or a verb ("expired" / "valid", "damaged" / "undamaged").
 */
function saysOpposite(a: string, b: string, lexicon: Lexicon | null | undefined): boolean {
  if (COMPLEMENTS[a]?.includes(b)) return true;
  if (!lexicon || a.startsWith('=') || b.startsWith('=') || EXACT.has(a) || EXACT.has(b) || /^\d/.test(a) || /^\d/.test(b)) return false;
  const sensesOf = (word: string) => [...lexicon.senses(word, 'a'), ...lexicon.senses(word, 'v')];
  const ofA = sensesOf(a);
  const ofB = sensesOf(b);
  const idsB = new Set(ofB.map((sense) => sense.id));
  const idsA = new Set(ofA.map((sense) => sense.id));
  return ofA.some((sense) => sense.antonyms.some((id) => idsB.has(id))) || ofB.some((sense) => sense.antonyms.some((id) => idsA.has(id)));
}

/**
 * Whether the new gate says the old one word for word, one for one (a maximum matching: "in
 * writing" dropped from "its writer has agreed to it in writing" leaves "writing" said only by
 * "writer", which already says "writer"), its marks, figures, bounds and alternatives the same. The
 * new gate may close on words of its own ("if a parent stays in the shop for the whole
 * appointment"): a trailing qualifier allows less, unless it holds a mark, a figure, a bound, an
 * "or" or a softening word ("... or nearly so", "where possible").
 */
function gateKept(old: readonly string[], now: readonly string[], lexicon: Lexicon | null | undefined, turn = false): boolean {
  if (now.length < old.length) return false;
  const links = old.map((word) => now.flatMap((other, j) => (said(word, [other], lexicon) ? [j] : [])));
  if (!turn) return matchedOneForOne(old, now, links);
  // A gate turned by its complement: one old word said by its opposite, every other said as before (round 34a).
  return old.some((word, i) => {
    const opposite = now.flatMap((other, j) => (saysOpposite(word, other, lexicon) ? [j] : []));
    return opposite.length > 0 && matchedOneForOne(old, now, links.map((linked, k) => (k === i ? opposite : linked)));
  });
}

/** Whether `links` place every old gate word on its own new word, the new gate's own words only a trailing qualifier, the exact words the same. */
function matchedOneForOne(old: readonly string[], now: readonly string[], links: readonly (readonly number[])[]): boolean {
  const taken = new Array<number>(now.length).fill(-1);
  const place = (i: number, seen: Set<number>): boolean =>
    (links[i] ?? []).some((j) => {
      if (seen.has(j)) return false;
      seen.add(j);
      if (taken[j]! < 0 || place(taken[j]!, seen)) {
        taken[j] = i;
        return true;
      }
      return false;
    });
  if (!old.every((_, i) => place(i, new Set()))) return false;
  const last = Math.max(...taken.map((i, j) => (i >= 0 ? j : -1)));
  const own = now.filter((_, j) => taken[j]! < 0);
  if (own.length > 0 && (now.slice(0, last).some((_, j) => taken[j]! < 0) || exactWords(own).length > 0 || own.some((word) => SOFT.has(word) || WEAKENING.has(word)))) return false;
  return exactWords(old).join(' ') === exactWords(now.filter((_, j) => taken[j]! >= 0)).join(' ');
}

/**
 * `next` with each sentence that says an old sentence's gated rule in the opposite form written as
 * that old sentence, so the readings after it compare the rest of the edit. Returns both versions.
 */
export function foldGatedRules(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!/\bonly\b/i.test(previous + ' ' + next)) return [previous, next];
  const old = splitSentences(previous)
    .map((sentence) => ({ sentence, rule: readGatedRule(sentence) }))
    .filter((read): read is { sentence: string; rule: GatedRule } => read.rule !== null);
  if (old.length === 0) return [previous, next];
  let written = next;
  for (const sentence of splitSentences(next)) {
    if (previous.includes(sentence) || !written.includes(sentence)) continue;
    const rule = readGatedRule(sentence);
    const match = rule && old.find((read) => sameGatedRule(read.rule, rule, lexicon));
    if (match) written = written.replace(sentence, match.sentence);
  }
  return [previous, written];
}

// A thing given at no cost, said in another of the ways English says it (issue 11, round 30a): "Do
// not charge for salt, vinegar or tartar sauce" = "Salt, vinegar and tartar sauce come free of
// charge", "Employees may not be charged for a health surveillance test" = "Health surveillance
// tests are free to the employee", "Tester pots are free for trade account holders" = "Trade account
// holders pay nothing for tester pots", "There is no charge for an assessment". Each says one
// statement, that a party pays nothing for a thing, but half of them say it with a negation ("not
// charged", "no charge", "nothing") and half without ("free"), so the polarity readings counted a
// "not" gone or come. Here every such sentence is written in one form, "<thing> is free of charge
// for <party>", in its own words, when the other version says one too; the other readings then
// weigh the thing and the party (a thing replaced, a party narrowed, an item cut stay as they were).
// A sentence whose thing or party carries a case ("if", "unless", "only", "until") is left as
// written: the case is a reading of its own. A negated form's "or" and "any" are its universal ("do
// not charge for A or B" = "A and B are free"). The fold can only take findings away
// (`reworded-withdrawn.ts`). Round 37b widened the forms, not the statement: an act done free
// ("Children under 10 eat free from the kids' menu", "Members park free"), one case that opens the
// statement ("when an adult orders a main", "if they show a badge") read apart and asked of the
// other version word for word by root, and the universal before a thing or party ("free for every
// charity" = "does not charge charities") and "aged" before an age read as saying nothing of their
// own. A case that lets off or keeps to ("unless", "only", "until", "except") still leaves the
// sentence as written. Pure.
import { contentStems, splitSentences } from './_text.ts';

/** What a sentence says costs nothing, for whom, and who would charge (empty when it names none). */
export interface FreeThing {
  thing: string;
  party: string;
  doer: string;
  /** The one case that opens the statement ("when an adult orders a main"), written with "when"; absent when none. */
  case?: string;
}

const PARTY = String.raw`(?<party>[a-z0-9' -]+?)`;
const THING = String.raw`(?<thing>.+?)`;
/** "do not / must not / never / cannot ..." before a verb. */
const NEGATED = String.raw`(?:(?:must|may|should|shall|will|can|do|does|did)\s+not|(?:must|may|should|shall|will|do|does)\s+never|never|cannot|can't|don't|doesn't|mustn't|won't|shouldn't)`;
const DOER = String.raw`(?:(?<doer>we|you|staff|they|the [a-z -]+?|[a-z]+s)\s+)?`;

/** Forms with a negation: the party's charge denied. */
const NEGATED_FORMS: readonly RegExp[] = [
  // "Do not charge walkers for the trail map", "We never charge cyclists for a puncture check".
  new RegExp(String.raw`^${DOER}${NEGATED}\s+charge\s+(?:${PARTY}\s+)?(?:anything\s+(?:extra\s+)?)?for\s+${THING}$`, 'i'),
  // "We charge nothing for a survey", "Staff charge members nothing for towels".
  new RegExp(String.raw`^${DOER}(?:always\s+)?charges?\s+(?:${PARTY}\s+)?nothing\s+(?:extra\s+)?for\s+${THING}$`, 'i'),
  // "Employees may not be charged for ...", "Tenants are never charged for ...", "Pupils cannot be charged for ...".
  new RegExp(String.raw`^${PARTY}\s+(?:(?:is|are|will\s+be)\s+(?:not|never)|(?:must|may|should|shall|will|can)\s+(?:not|never)\s+be|cannot\s+be|can't\s+be|won't\s+be|(?:is|are)\s+(?:charged\s+)?nothing)\s+(?:charged\s+)?(?:anything\s+)?(?:extra\s+)?for\s+${THING}$`, 'i'),
  // "Walkers pay nothing for the trail map", "Walkers do not pay for the trail map".
  new RegExp(String.raw`^${PARTY}\s+(?:(?:will\s+|should\s+|must\s+)?pays?\s+nothing|${NEGATED}\s+(?:need\s+to\s+|have\s+to\s+)?pay(?:\s+anything)?)\s+(?:extra\s+)?(?:for|towards)\s+${THING}$`, 'i'),
  // "There is no charge (to walkers) for the trail map".
  new RegExp(String.raw`^there\s+(?:is|will\s+be)\s+no\s+(?:extra\s+|additional\s+)?(?:charge|fee|cost)\s+(?:(?:to|for)\s+${PARTY}\s+)?(?:for|on)\s+${THING}$`, 'i'),
  // "A puncture check costs cyclists nothing".
  new RegExp(String.raw`^${THING}\s+(?:costs?|will\s+cost)\s+(?:${PARTY}\s+)?nothing(?:\s+extra)?$`, 'i'),
];

/** Forms without one: the thing said to be free. */
const FREE_FORMS: readonly RegExp[] = [
  // "Refills are free for loyalty card holders", "The guides come free to pupils", "Parking is always free of charge".
  new RegExp(String.raw`^${THING}\s+(?:is|are|comes?|will\s+be|stays?|remains?)\s+(?:always\s+|completely\s+|entirely\s+|totally\s+)?(?:free(?:\s+of\s+charge)?|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|without\s+charge)(?:\s+(?:for|to)\s+${PARTY})?$`, 'i'),
  // An act done free by the party, the thing after it or the act itself the thing (round 37b): "Children under 10 eat free from
  // the kids' menu", "Carers travel free on the shuttle", "Blue badge holders park free". No verb of being or hedge anywhere:
  // "Every misspelled name is rewritten free of charge" is a thing's statement, and "are usually rewritten free" a hedged one.
  new RegExp(String.raw`^(?!.*\b(?:is|are|was|were|be|been|being|usually|often|sometimes|normally|generally|typically|mostly|occasionally|rarely|might|could|should|would|must|shall)\b)${PARTY}\s+(?:(?:can|may|will)\s+)?(?:always\s+)?(?<act>(?!(?:is|are|was|were|be|comes?|stays?|remains?|feel|feels|break|breaks|set|sets|run|runs|roam|roams|wander|wanders|hang|hangs|walk|walks|breathe|breathes)\b)[a-z]+)\s+(?:for\s+)?free(?:\s+of\s+charge)?(?:\s+(?:from|for|on|at|in|with|of)\s+${THING})?$`, 'i'),
];

/**
 * An act done at no cost, said from either side (round 45b: v64's "Compost may be collected by members
 * at no cost" = "Members pay nothing when they collect compost"): the passive act made free, and the
 * party paying nothing when they do the act. The act is read as part of the thing, so another act
 * ("when they deliver compost") is another statement. The passive names its party ("by members"):
 * "Every torn strap is replaced free of charge" is a thing's statement (round 37b), left as it is.
 */
const FREE_ACT = new RegExp(String.raw`^${THING}\s+(?:(?:may|can|will)\s+be|is|are)\s+(?<act>[a-z]+ed)\s+by\s+${PARTY}\s+(?:free(?:\s+of\s+charge)?|at\s+no\s+(?:extra\s+)?cost|without\s+charge|for\s+free)$`, 'i');
const NOTHING_TO_ACT = new RegExp(String.raw`^${PARTY}\s+(?:will\s+)?pays?\s+nothing\s+(?:extra\s+)?(?:when|whenever|to)\s+(?:they\s+|he\s+|she\s+|you\s+|we\s+)?(?<act>[a-z]+)\s+${THING}$`, 'i');

/** An act done at no cost (`FREE_ACT`, `NOTHING_TO_ACT`): the act and its thing as the thing. */
function freeAct(text: string): FreeThing | null {
  const found = FREE_ACT.exec(text) ?? NOTHING_TO_ACT.exec(text);
  const { act = '', thing = '', party = '' } = found?.groups ?? {};
  if (thing === '' || act === '' || CASE_WORDS.test(thing) || CASE_WORDS.test(party) || /[,;:]/.test(thing)) return null;
  return { thing: `${act} ${thing}`.trim(), party: party.trim(), doer: '' };
}

/** A case that opens the statement, before it ("When C, ...") or after it ("... when C"): read apart and asked of the other version (round 37b). */
const OPENING_CASE_BEFORE = /^(?<word>when|whenever|if)\s+(?<case>[^,;]+?),\s+(?<rest>.+)$/i;
const OPENING_CASE_AFTER = /^(?<rest>.+?)\s+(?<word>when|whenever|if)\s+(?<case>[^,;]+)$/i;


/** Words that put a case on the statement: such a sentence is left to the case readings. */
const CASE_WORDS = /\b(?:if|unless|only|except|provided|providing|until|when|whenever|while|once|but|although|though|however)\b/i;
/** "free to use", "free to leave": a grant of an act, not a price. */
const FREE_TO_ACT = /^(?:use|join|leave|go|come|choose|decide|cancel|attend|take|bring|enter|park|return|change|ask|stay|move|browse|walk|play|visit|book|try)\b/i;

/** What the sentence says costs nothing and for whom; null when it says no such thing. */
export function freeThing(sentence: string): FreeThing | null {
  const text = sentence.trim().replace(/[.!]+$/, '').trim();
  const plain = freeThingOf(text, '') ?? freeAct(text);
  if (plain) return plain;
  // One opening case read apart, the statement read on the rest (round 37b).
  const cased = OPENING_CASE_BEFORE.exec(text) ?? OPENING_CASE_AFTER.exec(text);
  if (!cased?.groups) return null;
  const { case: opening = '', rest = '' } = cased.groups;
  if (CASE_WORDS.test(opening)) return null;
  // "if", "when" and "whenever" open one case: written "when" either way.
  return freeThingOf(rest.trim(), `when ${opening.trim()}`);
}

function freeThingOf(text: string, opening: string): FreeThing | null {
  if (CASE_WORDS.test(text)) return null;
  for (const [forms, negated] of [[NEGATED_FORMS, true], [FREE_FORMS, false]] as const) {
    for (const form of forms) {
      const found = form.exec(text);
      if (!found?.groups) continue;
      // An act done free with no thing after it names the thing itself ("Carers travel free"); with one, the act
      // is said beside it as a doer's word is: named or not in the other version ("climb free at the lighthouse" / "the lighthouse climb").
      const act = (found.groups.act ?? '').trim();
      const thing = (found.groups.thing ?? act).trim();
      const party = (found.groups.party ?? '').trim();
      if (thing === '' || /[,;:]$/.test(thing)) continue;
      if (!negated && FREE_TO_ACT.test(party)) return null;
      // Under a negation "or" and "any" reach every item: "not charged for A or any B" = "A and every B are free".
      const said = negated ? thing.replace(/\bor\b/gi, 'and').replace(/\bany\b/gi, 'every') : thing;
      return { thing: said, party, doer: (found.groups.doer ?? (found.groups.thing ? act : '')).trim(), ...(opening ? { case: opening } : {}) };
    }
  }
  return null;
}

/** The statement in the one form: "<thing> is free of charge for <party>". */
function written({ thing, party, case: opening }: FreeThing): string {
  const lastWord = thing.split(/\s+/).pop() ?? '';
  const plural = /\band\b/i.test(thing) || (/s$/i.test(lastWord) && !/ss$/i.test(lastWord));
  const sentence = `${thing} ${plural ? 'are' : 'is'} free of charge${party ? ` for ${party}` : ''}${opening ? ` ${opening}` : ''}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}

/** The sentences of a text split at semicolons too ("...; there is no charge for X"). */
function clausesOf(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => sentence.split(/;\s+/)).map((clause) => clause.trim()).filter((clause) => clause !== '');
}

/** Verbs of handing over that name no price: "every service our advisers give clients". */
const HANDING = new Set(contentStems('give gives given provide provides provided offer offers offered get gets receive receives'));

/**
 * Whether two statements name the same thing for the same party: every content word of each one's
 * thing and party said, by root, in the other's thing, party or doer ("Advisers must not charge
 * clients for any service" = "Every service our advisers give clients is free of charge"). A word
 * of its own ("the first refill", "club cyclists") is another statement.
 */
function sameStatement(a: FreeThing, b: FreeThing): boolean {
  const covers = (one: FreeThing, other: FreeThing): boolean => {
    const said = new Set([...stemsOf(`${other.thing} ${other.party} ${other.doer}`), ...HANDING]);
    return stemsOf(`${one.thing} ${one.party}`).every((stem) => said.has(stem));
  };
  return covers(a, b) && covers(b, a) && bearings(a) === bearings(b) && sameCase(a.case ?? '', b.case ?? '');
}

/**
 * Words that say nothing of a thing or party of their own here (round 37b): a universal ("free for
 * every charity" is "does not charge charities"), "aged" before an age. "some", "most" or "first"
 * stay words of their own.
 */
const SAYING_NOTHING = /\b(?:every|each|any|all|aged)\b/gi;
const stemsOf = (text: string) => contentStems(text.replace(SAYING_NOTHING, ' '));

/** The same opening case, or none on either side: the same content words by root and the same bearings, each way. */
function sameCase(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  const [x, y] = [new Set(stemsOf(a)), new Set(stemsOf(b))];
  const bearing = (text: string) => (text.toLowerCase().match(BEARING) ?? []).sort().join(' ');
  return x.size > 0 && [...x].every((stem) => y.has(stem)) && [...y].every((stem) => x.has(stem)) && bearing(a) === bearing(b);
}

/**
 * Words no content stem holds that still pick which things or parties: an order, a side of a
 * bound, a rank, a figure. Both written in the old words, "guests who arrive before noon" and
 * "... after noon", or "guests over 65" and "under 65", would hide the change (review24).
 */
const BEARING = /\b(?:before|after|over|under|above|below|more|less|fewer|least|most|within|beyond|first|second|third|last|next|earlier|later|older|younger)\b|\d+(?:[.,]\d+)*/gi;

function bearings({ thing, party }: FreeThing): string {
  return (`${thing} ${party}`.toLowerCase().match(BEARING) ?? []).sort().join(' ');
}

/**
 * Both versions with a sentence that says a thing costs a party nothing, and one of the other
 * version that says the same thing costs the same party nothing another way, written alike:
 * "<thing> is free of charge for <party>" in the old version's words. A sentence both versions hold,
 * or a statement with a word of its own, is left as it is.
 */
export function foldFreeOfCharge(previous: string, next: string): [string, string] {
  const statements = (text: string, other: string): Array<[string, FreeThing]> =>
    clausesOf(text).flatMap((clause): Array<[string, FreeThing]> => {
      const free = other.includes(clause) ? null : freeThing(clause);
      return free === null ? [] : [[clause.replace(/[.!]+$/, ''), free]];
    });
  const olds = statements(previous, next);
  if (olds.length === 0) return [previous, next];
  const news = statements(next, previous);
  let oldWritten = previous;
  let newWritten = next;
  for (const [oldClause, oldFree] of olds) {
    const match = news.find(([, newFree]) => sameStatement(oldFree, newFree));
    if (!match) continue;
    const one = written(oldFree).replace(/\.$/, '');
    oldWritten = oldWritten.replace(oldClause, one);
    newWritten = newWritten.replace(match[0], one);
  }
  return [oldWritten, newWritten];
}

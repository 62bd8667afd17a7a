// `qualifier-added`: a hedge now limits the rule ("where practical", "in most cases", "when asked").
// `scope-narrowed`: every/all/each went, or some/most/large arrived, in a rule that is not a
// prohibition. `scope-widened`: a rule that is not a prohibition gained an "or ..." alternative
// with words of its own ("to the billing contact" -> "... or any team member"). Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput, StatementGroup } from './_statement-groups.ts';
import { isContent, stemSet } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { orAddsNoAlternative, sameWordForm } from './_alternatives-adding-nothing.ts';
import { isImperativeVerb, opensImperative } from './_rule-words.ts';
import { isParty } from './_parties.ts';
import { normaliseWord, quote, sameRoot } from './_text.ts';
import { wheneverSaidAsIf } from './_whenever-as-if.ts';
import { onlySaidAsEvery } from './_only-said-as-every.ts';
import { everySaidAsPer } from './_every-said-as-per.ts';
import { dutySaidByNegativeUniversal } from './_negative-universal-duty.ts';

function isProhibition(group: StatementGroup): boolean {
  return group.previous.some((statement) => statement.mainNegations.length > 0);
}

function missingFrom(words: readonly string[], others: readonly string[]): string[] {
  const rest = [...others];
  return words.filter((word) => {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
    return at < 0;
  });
}

/** "at all times" said in other words that name no span of their own: "the whole time", "from start to finish" (round 45b: v29, v32, v35, v65). */
const WHOLE_TIME = /\b(?:the (?:whole|entire) time|all the time|from start to finish|every minute)\b/i;

/** Who an "and any ..." addition is about: people added to whoever a rule lets see or do something. */
const PEOPLE = new Set(['anyone', 'anybody', 'partner', 'partners', 'member', 'members', 'team', 'colleague', 'colleagues', 'employee', 'employees', 'staff', 'user', 'users', 'customer', 'customers', 'contractor', 'contractors', 'vendor', 'vendors', 'third', 'party', 'parties', 'agent', 'agents', 'person', 'people', 'who', 'whoever', 'family', 'friend', 'friends', 'relative', 'relatives']);

// "-20 °C or colder", "60 °F or warmer", "120 cm or taller": a bound said by a comparative of its
// own kind (round 43d: v61's freezers read as "colder" added as an alternative).
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'longer', 'shorter', 'later', 'earlier', 'higher', 'lower', 'greater', 'above', 'below', 'over', 'under', 'older', 'younger', 'bigger', 'larger', 'smaller', 'sooner', 'after', 'before', 'colder', 'cooler', 'warmer', 'hotter', 'heavier', 'lighter', 'taller', 'faster', 'slower', 'deeper', 'shallower', 'wider', 'narrower', 'louder', 'quieter', 'stronger', 'weaker']);

const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
const EXCEPTS = new Set(['except', 'unless', 'excluding', 'apart']);

/** Words that name everyone or every one of a kind before the clause that picks them. */
const EVERYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'any', 'every', 'each', 'all']);

/**
 * Whether words[at] stands in a participle clause after a word for everyone ("anyone working on",
 * "every visitor entering", "all staff using"), no modal, negation or clause break between them.
 */
function everyoneDoing(words: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 10); i--) {
    const word = words[i] ?? '';
    if (/^(?:must|should|shall|may|can|will|not|never|and|then)$/.test(word)) return false;
    if (EVERYONE.has(word)) return [words[i + 1], words[i + 2]].some((after, k) => /^[a-z]{2,}ing$/.test(after ?? '') && (k === 0 || isContent(words[i + 1] ?? '')));
  }
  return false;
}

/** Negative words whose scope an "or" a few words on stands in. */
const NEGATIVE_BEFORE_OR = new Set(['no', 'nobody', 'none', 'nothing', 'neither', 'without', 'never', 'not', 'nor']);
/** Auxiliaries and modals right after an "or" that start a predicate of its own ("... or is damaged", "... or has been opened"). */
const OPENS_PREDICATE = /^(?:is|are|was|were|be|been|has|have|had|does|do|did|can|could|will|would|may|might|must|should|shall)$/;

/** Content stems right after each "or" of a statement's words, and after an "and any/other" that adds people. */
function alternatives(words: readonly string[], casesWiden = false, grants = false, oldWords: readonly string[] = []): string[][] {
  const found: string[][] = [];
  words.forEach((word, i) => {
    // "Report a suspected fraud" -> "any suspected or attempted fraud": a modifier added beside a
    // kept one of a kept noun names more cases of the same thing; where a wider rule is stricter, no widening.
    const noun = words[i + 2];
    if (casesWiden && word === 'or' && noun !== undefined && isContent(noun) && oldWords.some((old, k) => old === words[i - 1] && sameWordForm(oldWords[k + 1], noun))) return;
    // "an arm guard and a finger tab or release aid", "no exceptions for A or B": a choice that lets nothing old go.
    if (word === 'or' && oldWords.length > 0 && orAddsNoAlternative(words, i, oldWords)) return;
    // "Customers can cancel ..., except for personalised or perishable items": an alternative added
    // to what a permission excepts takes cases away from the grant, stricter.
    if (grants && word === 'or' && words.slice(Math.max(0, i - 8), i).some((other) => EXCEPTS.has(other))) return;
    // "Escalate every complaint that mentions legal action, a regulator or the press": an "or" in a
    // relative clause adds cases the rule covers; where a wider rule is stricter, that is no widening.
    if (casesWiden && word === 'or' && words.slice(Math.max(0, i - 10), i).some((other, k, window) => RELATIVES.has(other) && isContent(window[k - 1] ?? ''))) return;
    // "Anyone working on the fly floor or in the grid wears a hard hat": the same in a participle
    // clause after a word for everyone (round 23a, v24's rigging duty read as a scope widened).
    if (casesWiden && word === 'or' && everyoneDoing(words, i)) return;
    const addsPeople = word === 'and' && ['any', 'anyone', 'anybody', 'other', 'all'].includes(words[i + 1] ?? '') && words.slice(i + 1, i + 5).some((next) => PEOPLE.has(next));
    // "any vehicle left with nobody in or near it", "no food or drink": an "or" under a negative word
    // joins what is shut out (neither in nor near), it lets no case in (round 30c, v31's loading bay).
    // Not an "or" that opens a predicate of its own ("if the item is not used or is damaged"): that
    // case stands outside the negation, and lets one in.
    if (word === 'or' && !OPENS_PREDICATE.test(words[i + 1] ?? '') && words.slice(Math.max(0, i - 3), i).some((before) => NEGATIVE_BEFORE_OR.has(before))) return;
    // "12 characters or longer", "aged 18 or over": a bound, not an alternative.
    if (word === 'or' && COMPARATIVES.has(words[i + 1] ?? '')) return;
    if (word !== 'or' && !addsPeople) return;
    // A number after the alternative ("or confirmed breach within 24 hours") is number-changed's to read.
    found.push(words.slice(i + 1, i + 5).filter((after) => isContent(after) && !/^\d/.test(after)).map(normaliseWord));
  });
  return found;
}

/** Words after "only" that make it a condition ("only if") or an amount ("only once"), not a limit on who or what. */
const NOT_EXCLUSIVE_AFTER = new Set(['if', 'when', 'whenever', 'after', 'before', 'where', 'provided', 'with', 'once', 'until', 'while', 'during', 'then']);

/** Words before a noun: "the pharmacist alone" names a party, "work alone" says how. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'your', 'their', 'our', 'its', 'his', 'her']);

/**
 * "The pharmacist alone hands it to the patient" = "Only the pharmacist hands it ...": an "alone"
 * right after a party named with a determiner (or opening the sentence) and before the rule's
 * verb or modal. "Staff who work alone", "never leave a child alone in the car" say how, not who.
 */
function aloneLimitsWho(words: readonly string[], i: number): boolean {
  const after = words[i + 1] ?? '';
  // The noun phrase before it: up to three content words after a determiner or the sentence's start ("the duty manager alone").
  let start = i - 1;
  while (start >= 0 && i - start <= 3 && isContent(words[start] ?? '')) start--;
  // "Do not enter the vault alone": at the end it says how, not who; "made by the head chef alone"
  // names the one party that does it, and "the room is for the applicant alone", "belongs to the
  // owner alone" the one party it is kept to (round 35a: v45's "Only the applicant may enter").
  const keptTo = (word: string | undefined): boolean => word === 'by' || word === 'for' || word === 'to';
  if (after === '') return start >= 0 && (keptTo(words[start]) || (DETERMINERS.has(words[start] ?? '') && keptTo(words[start - 1])));
  const namesParty = start < i - 1 && (start < 0 || DETERMINERS.has(words[start] ?? ''));
  return namesParty && (GRANTS.has(after) || ['must', 'should', 'shall', 'will', 'decides', 'is', 'are'].includes(after) || isContent(after));
}

/**
 * "Respond only in the language the guest writes in" -> "Always answer in whichever language the
 * guest uses": an "only" on how the rule is done (before in/with/by/via/through/using) said as
 * "always" with the same preposition, about the same thing. "Only the manager may approve" ->
 * "The manager may always approve" limits who, and stays a widening.
 */
function saidAsAlways(group: StatementGroup): boolean {
  const manner = (words: readonly string[], at: number): string | null => (/^(?:in|with|by|via|through|using|from)$/.test(words[at + 1] ?? '') ? (words[at + 1] ?? null) : null);
  const limited = group.previous.flatMap(({ words }) => words.flatMap((word, i) => (word === 'only' ? [manner(words, i)] : [])));
  if (limited.length === 0 || limited.some((preposition) => preposition === null)) return false;
  const oldStems = stemSet(group.previousText);
  return group.next.some(({ words }) => words.some((word, i) => /^(?:always|invariably)$/.test(word) && words.slice(i + 1, i + 5).some((later, k) => limited.includes(later) && words.slice(i + 2 + k, i + 6 + k).some((object) => isContent(object) && oldStems.has(normaliseWord(object))))));
}

/**
 * "Respond only in English or Welsh" -> "Reply in the passenger's language, which must be English
 * or Welsh; use no other language": the limit said again as "no other X" (or "nothing/no one
 * else"), its noun one the rule names. Read on the whole new text, the "no other" often being a
 * clause of its own.
 */
function onlySaidAsNoOther(group: StatementGroup, nextText: string): boolean {
  const ruleWords = `${group.previousText} ${group.nextText}`.toLowerCase().split(/[^a-z'-]+/).filter((word) => word.length >= 3 && isContent(word));
  const words = nextText.toLowerCase().split(/[^a-z'-]+/);
  // One of the two words after "no other" is the rule's, or of its root ("payment method" for "pay").
  const named = (word: string): boolean => word.length >= 3 && ruleWords.some((own) => own.slice(0, 3) === word.slice(0, 3) && (own.startsWith(word) || word.startsWith(own) || normaliseWord(own) === normaliseWord(word)));
  return words.some((word, i) => (word === 'no' && words[i + 1] === 'other' && words.slice(i + 2, i + 4).some(named)) || (/^(?:nothing|nobody|nowhere|anything|anyone)$/.test(word) && words[i + 1] === 'else') || (word === 'one' && words[i - 1] === 'no' && words[i + 1] === 'else'));
}

/** Words that grant an act to whoever asks: "anyone may", "any musher can", "all staff may". */
const ANYONE = /^(?:anyone|anybody|everyone|everybody|any|all)$/;

/**
 * Whether the new statements grant one of the old rule's acts to anyone ("Only the head musher may
 * harness the lead dog" -> "Any musher may harness the lead dog, and feeding it falls to the head
 * musher alone"): an "X alone" or "only" kept elsewhere in the sentence limits another thing, not
 * who does the act, so counting the limit words does not see it go.
 */
function grantsTheActToAnyone(group: StatementGroup): boolean {
  const oldStems = stemSet(group.previousText);
  const said = (statements: StatementGroup['previous']): boolean =>
    statements.some(({ words, mainNegations }) => mainNegations.length === 0 && words.some((word, i) => {
      if (!ANYONE.test(word) || words.slice(Math.max(0, i - 2), i).some((before) => /^(?:not|hardly|only|nobody)$/.test(before))) return false;
      const grant = words.slice(i + 1, i + 5).findIndex((later) => GRANTS.has(later));
      if (grant < 0 || words[i + 2 + grant] === 'be') return false;
      // "any musher may", not "any refund may be approved": "any"/"all" must name people.
      if ((word === 'any' || word === 'all') && !words.slice(i + 1, i + 1 + grant).some(isParty)) return false;
      return words.slice(i + 2 + grant, i + 5 + grant).some((act) => isContent(act) && oldStems.has(normaliseWord(act)));
    }));
  return said(group.next) && !said(group.previous);
}

/** Predicates that keep a thing to those they name: "is limited to", "are restricted to", "is reserved for". */
const LIMITED = /^(?:limited|restricted|confined|reserved)$/;
const BE_FORMS = /^(?:is|are|be|been|was|were|remains?|stays?)$/;

/** Whether a word after "the one" names a kind of thing ("place", "person", "day"), not a clause or a participle about one named before. */
function namesKind(word: string): boolean {
  return isContent(word) && !/(?:ed|ing)$/.test(word) && !PARTICIPLES.has(word) && !/^(?:seen|chosen)$/.test(word) && !/^\d/.test(word);
}

/** Where the statements limit who or what a rule covers with only / solely / exclusively / no one but / X alone, as the words. */
function exclusives(statements: StatementGroup['previous']): string[] {
  const found: string[] = [];
  for (const { words } of statements) {
    words.forEach((word, i) => {
      if (word === 'solely' || word === 'exclusively') found.push(word);
      // "No one other than a manager", "nobody but", "none except", "nobody else": the same limit in other words.
      else if ((word === 'nobody' || word === 'none' || (word === 'one' && words[i - 1] === 'no')) && ['other', 'but', 'except', 'besides', 'else'].includes(words[i + 1] ?? '')) found.push(`${word} ${words[i + 1]}`);
      else if (word === 'only' && words[i - 1] !== 'not' && !NOT_EXCLUSIVE_AFTER.has(words[i + 1] ?? '')) found.push(word);
      else if (word === 'alone' && aloneLimitsWho(words, i)) found.push(`${words[i - 1]} alone`);
      // "Handling bats is limited to licensed surveyors" = "Only licensed surveyors may handle bats"
      // (round 23a, v24's bat survey read as "only" dropped); "limited to 3 hours" is an amount.
      // "Refuelling is work reserved for crew who hold the endorsement": a thing reserved for a party is kept to it
      // whatever noun stands before it (round 44b, v62's airfield).
      else if (LIMITED.test(word) && words[i + 1] === (word === 'reserved' ? 'for' : 'to') && (BE_FORMS.test(words[i - 1] ?? '') || (word === 'reserved' && isContent(words[i - 1] ?? ''))) && !/^\d/.test(words[i + 2] ?? '')) found.push(`${word} ${words[i + 1]}`);
      // "The encrypted servers are the one place where client data may be kept", "the sole supplier": the
      // only one of its kind, as "the only place" says it (round 44b). "The one who sprayed", "the one
      // used for regular pizzas" point back at a thing named before, and limit nothing.
      else if ((word === 'one' || word === 'sole') && words[i - 1] === 'the' && namesKind(words[i + 1] ?? '')) found.push(`the ${word}`);
    });
  }
  return found;
}

const QUANTIFIERS = new Set(['any', 'all', 'every', 'each']);

/**
 * A prohibition whose "any/every X" became "a <new word> X" ("Never commit keys to any repository"
 * -> "... to a public repository") now forbids less: the new word limits what it covers. Returns
 * the old and new phrases, or null.
 */
function prohibitionNarrowed(group: StatementGroup): [string, string] | null {
  const before = group.previous.flatMap((statement) => statement.words);
  const after = group.next.flatMap((statement) => statement.words);
  const count = (words: readonly string[]) => words.filter((word) => QUANTIFIERS.has(word)).length;
  if (count(after) >= count(before)) return null;
  const oldStems = stemSet(group.previousText);
  for (const [i, word] of before.entries()) {
    if (!QUANTIFIERS.has(word)) continue;
    const offset = before.slice(i + 1, i + 4).findIndex(isContent);
    const head = before[i + 1 + offset];
    if (offset < 0 || !head) continue;
    const at = after.findIndex((other) => normaliseWord(other) === normaliseWord(head));
    const modifier = after[at - 1];
    if (at > 0 && modifier && isContent(modifier) && !oldStems.has(normaliseWord(modifier))) {
      return [before.slice(i, i + 2 + offset).join(' '), `${modifier} ${after[at]}`];
    }
  }
  return null;
}

/** "however few hours they work", "no matter how few": a partial word that says any amount, not some. */
function saysAnyAmount(group: StatementGroup, partial: string): boolean {
  return group.next.some(({ words }) => words.some((word, i) => word === partial && (words[i - 1] === 'however' || (words[i - 1] === 'how' && words[i - 2] === 'matter'))));
}

/** Words of a duty: a sentence with one of them beside its "may" is no mere permission. */
const DUTY_WORDS = new Set(['must', 'shall', 'should', 'required', 'need', 'needs', 'ought', 'always', 'never', 'not']);

/** Words that grant: a hedge on a permission narrows the grant. */
const GRANTS = new Set(['may', 'can', 'allowed', 'permitted']);

/** Words of a hedge that waits for a repeat: "if they call twice", "after the client has asked a second time". */
const REPEAT = /\b(?:again|twice|repeatedly|more than once|second|third|further|several|multiple|repeated|subsequent|follow-up|times)\b/;

/** Hedges that wait for a request ("when asked", "on request"). */
const ON_REQUEST = /^(?:when asked|if asked|on request|upon request|if requested|when requested)$/;
/** A condition the old rule already had that waits for a request in its own words ("when the customer asks"). */
const ASKED_CONDITION = /\b(?:when|if|whenever|once) (?:they|he|she|you|(?:the |a |an |any )?[a-z]+) (?:asks?|requests?|asked|requested)\b/;

/** A hedge's kind: the repeat family is one hedge however it is worded ("if they call twice" = "if the customer calls twice"). */
/**
 * Hedges that say one limit in other words: "how long it usually takes" = "how long it normally
 * lasts" (round 28a: v30's coroner's office). A hedge of another kind ("usually" -> "sometimes",
 * "where possible" -> "usually") is still a new one.
 */
const SAME_HEDGE: ReadonlyArray<readonly [string, RegExp]> = [
  ['mostly', /^(?:usually|generally|typically|normally|in most cases|in general|most of the time|as a rule|for the most part)$/],
  ['if-possible', /^(?:(?:if|where|when|whenever) (?:possible|feasible|practical|practicable)|as far as possible|to the extent possible)$/],
  ['if-needed', /^(?:(?:as|if|when) needed|(?:where|if) necessary)$/],
  ['if-relevant', /^(?:(?:where|if|when) (?:relevant|appropriate))$/],
  // An aim or an effort in place of a duty, however worded: "aims to" = "tries to" = "does its best to" (round 30b).
  ['effort', /^(?:(?:try|tries|aim|aims|aiming|attempt|attempts|intends?|intending|hopes?|hoping|endeavou?rs?|strives?|seeks?) to|do(?:es)? (?:your|their|our|its|his|her) best to|(?:make|use|take|makes|uses|takes) (?:every|all|reasonable|best|all reasonable|all possible) (?:effort|efforts|endeavours?|endeavors?|steps|measures)|reasonable efforts|best effort)$/],
];

function hedgeKind(qualifier: string): string {
  if (REPEAT.test(qualifier)) return 'repeat';
  if (ON_REQUEST.test(qualifier)) return 'on-request';
  return SAME_HEDGE.find(([, said]) => said.test(qualifier))?.[0] ?? qualifier;
}

/** Partial words that are adverbs of frequency: they limit the rule itself, not a noun. */
const FREQUENCY_PARTIALS = new Set(['sometimes', 'often', 'occasionally', 'rarely']);

/**
 * Whether a partial word that came in limits something the old rule covered: the noun after it was
 * there before ("all customers" -> "new customers"). In words of its own it is a new case added
 * beside the rule ("at admission and again before any new medicine is given"), which covers more.
 */
function limitsKeptThing(group: StatementGroup, partial: string, oldStems: ReadonlySet<string>): boolean {
  if (FREQUENCY_PARTIALS.has(partial)) return true;
  return group.next.some(({ words }) => words.some((word, i) => {
    if (word !== partial) return false;
    const head = words.slice(i + 1, i + 4).find(isContent);
    return head === undefined || oldStems.has(normaliseWord(head));
  }));
}

/** Words making a condition hold when one of its things does ("if any check fails"). */
const ONE_OF = new Set(['any', 'either', 'one', 'single', 'a', 'an']);
/** Words making it wait for every one of them ("if all the checks fail"); "each" is distributive, one at a time. */
const ALL_OF = new Set(['all', 'every', 'both']);
/** After "a"/"an" only a collective word waits for all: "when a guest checks in" = "when every guest checks in". */
const COLLECTIVE = new Set(['all', 'both']);
const MARKER_TIME: ReadonlySet<string> = new Set(['time', 'times']);
const TRIGGERS: ReadonlySet<string> = new Set(['if', 'whenever', 'only-if']);

/**
 * A kept if/when condition of a rule that held when one thing happened and now waits for all of
 * them ("Roll back the change if any health check fails" -> "... if all the health checks fail",
 * "when a replica falls behind" -> "when every replica ..."): the rule acts in fewer cases. The
 * condition keeps a content word; an "unless" is left alone (there the same edit lets off less).
 */
function triggerNarrowed(group: StatementGroup): [string, string] | null {
  for (const old of group.previous.flatMap((statement) => statement.conditions)) {
    if (!TRIGGERS.has(old.kind)) continue;
    const one = old.words.find((word, i) => ONE_OF.has(word) && !MARKER_TIME.has(old.words[i + 1] ?? ''));
    if (!one || old.words.some((word, i) => ALL_OF.has(word) && !MARKER_TIME.has(old.words[i + 1] ?? ''))) continue;
    for (const now of group.next.flatMap((statement) => statement.conditions)) {
      if (!TRIGGERS.has(now.kind) || now.words.some((word) => ONE_OF.has(word) && word !== 'a' && word !== 'an')) continue;
      // "each time a user asks" is the marker "whenever", not a quantifier.
      const all = now.words.find((word, i) => ALL_OF.has(word) && !MARKER_TIME.has(now.words[i + 1] ?? ''));
      const shared = old.stems.filter((stem) => now.stems.includes(stem)).length;
      if (all && shared > 0 && (one !== 'a' && one !== 'an' ? true : COLLECTIVE.has(all))) return [one, all];
    }
  }
  return null;
}

/** Qualifier, narrowing and widening reasons per aligned group. */
/**
 * The stem of a plural noun opening a sentence with no determiner ("Complaints about discrimination go ..."),
 * unless a phrase of new words after them picks some ("laptops used by the finance team",
 * "laptops in finance", "laptops that hold customer data").
 */
function barePlurals(words: readonly string[], oldStems: ReadonlySet<string>): Set<string> {
  // What follows the noun up to its verb: a phrase or clause of old words restates the old one
  // ("Laptops showing signs of malware" for "any laptop that shows signs of malware").
  const picksSome = (i: number): boolean => {
    const after = words[i + 1] ?? '';
    if (!/^(?:that|which|who|whose|where)$/.test(after) && !/(?:ed|en|ing)$/.test(after) && !PREPOSITIONS.test(after) && !PARTICIPLES.has(after)) return false;
    return words.slice(i + 1, i + 4).filter((word) => isContent(word) && !/^(?:is|are|must|should|go|goes)$/.test(word)).some((word) => !oldStems.has(normaliseWord(word)));
  };
  // Only as the sentence's subject, opening it: "Complaints about X go to HR" speaks of them all,
  // where "encrypt release branches" or "sales of knives" may pick some by a word before. A first
  // word that only looks plural may modify the head after it ("Asbestos waste bags from the main
  // enclosure"): what follows that head may pick some too (round 29b).
  const first = words[0] ?? '';
  return new Set(/[^s]s$/.test(first) && first.length > 4 && isContent(first) && !picksSome(0) && !picksSome(laterHead(words)) ? [normaliseWord(first)] : []);
}

/** Most words after the first read for a later head of the opening noun phrase ("asbestos waste bags"). */
const LATER_HEAD_WORDS = 2;

/** Where a plural-looking word of the opening phrase stands after its first word ("bags" of "asbestos waste bags"), or 0. */
function laterHead(words: readonly string[]): number {
  for (let at = 1; at <= LATER_HEAD_WORDS; at++) {
    const word = words[at] ?? '';
    if (!isContent(word) || /(?:ed|ing)$/.test(word) || PARTICIPLES.has(word)) return 0;
    if (/[^s]s$/.test(word)) return at;
  }
  return 0;
}
const PARTICIPLES = new Set(['made', 'sent', 'kept', 'held', 'taken', 'given', 'sold', 'bought', 'built', 'paid', 'found', 'left', 'brought', 'written', 'done', 'put', 'set', 'shown', 'told', 'run', 'got']);
const PREPOSITIONS = /^(?:about|from|in|for|with|of|on|at|by|under|over|within|outside|inside|without)$/;

/**
 * The partial words of some statements, each phrase once: a list's lead-in read into every item
 * ("Every new hire receives:" + three bullets) says its "new hire" once, as the sentence did.
 */
function partialsOnce(statements: StatementGroup['next']): string[] {
  const seen = new Set<string>();
  return statements.flatMap(({ words, partials }) => words.flatMap((word, i) => {
    if (!partials.includes(word)) return [];
    const phrase = `${word} ${words[i + 1] ?? ''}`;
    if (seen.has(phrase)) return [];
    seen.add(phrase);
    return [word];
  }));
}

/** "before anyone climbs it" -> "Nobody climbs it until ...": "nobody" covers everyone "anyone" did. */
function noOneForAnyone(group: StatementGroup): string[] {
  const said = group.next.some(({ words }) => words.some((word, i) => word === 'nobody' || word === 'none' || (word === 'one' && words[i - 1] === 'no')));
  return said ? group.previous.flatMap(({ words }) => words.filter((word) => /^(?:anyone|anybody|everyone|everybody)$/.test(word))) : [];
}

/** A negative universal opening a rule: "No seed packet leaves ...", "Nothing is left ...", "Nobody enters ...". */
const NEGATIVE_UNIVERSAL = /^(?:no|nothing|nobody|none)$/;
/**
 * Where a negative universal opens the rule: its first word, or the first after a fronted phrase of
 * the old version's own words closed by a comma ("At opening, no brake lever goes unchecked by
 * staff" for "Staff must check every brake lever at opening": round 44b, v63's zip line). A phrase
 * with a word of its own ("During lessons, nobody ...") is a case the old rule lacked; -1 for none.
 */
function negativeUniversalAt(statement: { text: string; words: readonly string[] }, oldStems: ReadonlySet<string>): number {
  if (NEGATIVE_UNIVERSAL.test(statement.words[0] ?? '')) return 0;
  const fronted = /^\s*([^,;:]+),\s*(?:no|nothing|nobody|none)\b/i.exec(statement.text)?.[1];
  if (fronted === undefined) return -1;
  const count = fronted.trim().split(/\s+/).length;
  if (!NEGATIVE_UNIVERSAL.test(statement.words[count] ?? '')) return -1;
  return statement.words.slice(0, count).every((word) => !isContent(word) || oldStems.has(normaliseWord(word))) ? count : -1;
}

/** Words after which a noun is quantified under a negative universal ("no X", "on a shift", "any Y"). */
const UNDER_NEGATION = /^(?:no|a|an|any)$/;

/** The words a double negative says a duty with ("never leave ... without", "Nobody ... until", "at no point"), stemmed. */
const DOUBLE_NEGATIVE_FORM = new Set(['leave', 'left', 'let', 'without', 'until', 'unless', 'nobody', 'one', 'never', 'ever', 'point', 'time', 'go', 'goes'].map(normaliseWord));

/**
 * Whether every content word the new version brings is a word of the double negative's form or
 * shares its root with an old word ("recorded" for "record"): a universal carried by the negation is
 * read only then, since a narrowed double negative ("never leave a new crew member on a weekend
 * course without briefing them") is read by nothing but the universal it lost (round 34a).
 */
function addsOnlyTheForm(group: StatementGroup): boolean {
  const oldStems = [...stemSet(group.previousText)];
  // A doer's act for its agent noun ("Nobody skis" for "Skiers") is no word of its own either.
  return [...stemSet(group.nextText)].every((stem) => oldStems.includes(stem) || DOUBLE_NEGATIVE_FORM.has(stem) || oldStems.some((old) => sameRoot(old, stem) || old === `${stem}er` || old === `${stem}r`));
}

/**
 * The old universals a negative universal of the new version says again (round 24a, v25's "Every
 * skater must wear ... at every practice" -> "No skater steps onto the track at practice without
 * ..."). "No N ..." is said of every N, as "every/all/each/any N" was, and under it an "a N" or
 * "any N" is any one of them ("No patroller goes out on a shift without a radio" = on every
 * shift): an old universal whose noun (its first content word) the new rule names so is kept.
 * Only where the new rule opens with the negative universal, the quantifier of its subject, and
 * names no party the old one did not.
 */
function saidByNegativeUniversal(group: StatementGroup): string[] {
  const oldStems = stemSet(group.previousText);
  const nouns = new Set(group.next.flatMap((statement) => {
    const { words, mainNegations } = statement;
    // The rule's own "never" quantifies as an opening "No" does: "Staff must never leave a new
    // resident without telling them ..." is said of every new resident (round 34a).
    const opening = negativeUniversalAt(statement, oldStems);
    const from = opening >= 0 ? opening : mainNegations.includes('never') && addsOnlyTheForm(group) ? words.indexOf('never') + 1 : -1;
    if (from < 0) return [];
    return words.flatMap((word, i) => {
      if (i < from || !UNDER_NEGATION.test(word)) return [];
      const noun = words.slice(i + 1, i + 3).find((later) => isContent(later));
      return noun === undefined ? [] : [normaliseWord(noun)];
    });
  }));
  if (nouns.size === 0) return [];
  // The actor kept: "The mill manager must approve every change" -> "No altered recipe is run
  // without the shift leader's approval" gives the rule to another party, which is no rewording.
  // The one who acts or approves is named by a possessive or a "by" ("the shift leader's approval",
  // "a check by a second technician").
  const actors = [...group.nextText.matchAll(/\b([A-Za-z]+)['’]s?\b|\bby\s+(?:the\s+|a\s+|an\s+|another\s+|their\s+)?(?:[A-Za-z]+\s+)?([A-Za-z]+)/g)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
  if (actors.some((word) => isParty(word) && !oldStems.has(normaliseWord(word)))) return [];
  return group.previous.flatMap(({ words }) => words.flatMap((word, i) => {
    if (!/^(?:any|every|each|all)$/.test(word)) return [];
    const noun = words.slice(i + 1, i + 3).find((later) => isContent(later));
    return noun !== undefined && nouns.has(normaliseWord(noun)) ? [word] : [];
  }));
}

/** The universals of `words` whose noun (the first content word after them) stands as a bare plural in the other version. */
function quantifiedBy(words: readonly string[], generic: ReadonlySet<string>): string[] {
  return words.flatMap((word, i) => {
    if (!/^(?:any|every|each|all)$/.test(word)) return [];
    const noun = words.slice(i + 1, i + 3).find((later) => isContent(later));
    return noun !== undefined && generic.has(normaliseWord(noun)) ? [word] : [];
  });
}

export function findScopeChanges(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const where = quote(group.nextText);
    // "Cancel the subscription when the customer asks" -> "When asked, cancel ...": the same wait, said shorter.
    const askedBefore = group.previous.some((statement) => ASKED_CONDITION.test(statement.words.join(' ')));
    const oldHedges = [...group.previous.flatMap((statement) => statement.qualifiers).map(hedgeKind), ...(askedBefore ? ['on-request'] : [])];
    const oldConditions = group.previous.flatMap((statement) => statement.conditions).filter((condition) => condition.stems.length > 0);
    const qualifiers = group.next.flatMap((statement) => statement.qualifiers).filter((q, i, all) => {
      const kinds = all.slice(0, i + 1).map(hedgeKind);
      // A kept condition that now waits for a repeat ("if a user reports it" -> "... twice") is condition-narrowed's.
      const keptCondition = hedgeKind(q) === 'repeat' && group.next.some((statement) => statement.conditions.some((now) => REPEAT.test(now.words.join(' ')) && oldConditions.some((old) => old.kind === now.kind && old.stems.every((stem) => now.stems.includes(stem)))));
      return !keptCondition && missingFrom(kinds, oldHedges).includes(hedgeKind(q));
    });
    // "Tutors may give a hint only after the student has tried at least twice": a permission that
    // waits longer grants less, which is stricter.
    const grants = group.next.every((statement) => statement.mainNegations.length === 0 && statement.words.some((word) => GRANTS.has(word)));
    if (qualifiers.length > 0 && !grants) {
      reasons.push({ code: 'qualifier-added', message: `qualifier added: ${qualifiers.map((q) => `"${q}"`).join(', ')} in ${where}` });
      continue;
    }
    const trigger = triggerNarrowed(group);
    if (trigger && !grants) {
      reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${trigger[0]}" -> "${trigger[1]}" in the condition of ${where}` });
      continue;
    }
    if (isProhibition(group)) {
      const narrowed = prohibitionNarrowed(group);
      if (narrowed) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${narrowed[0]}" -> "${narrowed[1]}" in ${where}` });
      continue;
    }
    const oldStems = stemSet(group.previousText);
    const newStems = stemSet(group.nextText);
    // "must be on the ward at all times" -> "must never be left without a nurse": "never" covers
    // every time as "at all times" did ("at no time" is read as a universal already); so does a
    // negative universal opening the rule ("Nobody sits on a horse without a hat", "No ride starts
    // until ...": round 34a), which no time escapes either.
    // A duty said by a negative universal that waits for its thing, in other words, says every one and every time too (round 42b).
    const negativeDuty = dutySaidByNegativeUniversal(group);
    const neverNow = negativeDuty || group.next.some((statement) => statement.mainNegations.includes('never')) || (group.next.some((statement) => negativeUniversalAt(statement, oldStems) >= 0 && statement.mainNegations.length > 0) && addsOnlyTheForm(group));
    // "whenever X" said as "if X, ...": the condition's marker, not a quantifier lost (`_whenever-as-if.ts`).
    const wheneverKept = wheneverSaidAsIf(group);
    // "Always tell the caller ..." -> "Calmly tell the caller ...": an imperative binds every time with
    // or without the "always" that opens it, so a manner adverb in its place narrows nothing (round 34c);
    // an "always" or "at all times" of what it asks for ("Ask volunteers to wear it at all times") is the rule's.
    const imperativeKept = group.next.length > 0 && group.next.every((statement) => opensImperative(statement.text));
    const openingAlways = (statement: { text: string }, word: string): boolean => imperativeKept && word === 'always' && /^\s*always\b/i.test(statement.text) && opensImperative(statement.text);
    // "at all times" said as "the whole time", "from start to finish": every time still (round 45b).
    const wholeTimeNow = group.next.some((statement) => WHOLE_TIME.test(statement.text));
    const allTimes = (statement: { text: string }, word: string, i: number, all: readonly string[]): boolean => word === 'all' && /\bat all times\b/i.test(statement.text) && all.indexOf('all') === i;
    const readUniversals = group.previous.flatMap((statement) => statement.universals.filter((word, i, all) => !(neverNow && (word === 'always' || allTimes(statement, word, i, all))) && !(wholeTimeNow && allTimes(statement, word, i, all)) && !openingAlways(statement, word) && !(wheneverKept && word === 'whenever')));
    // Splits and merges repeat or share a quantifier ("Each label must show:" read into three items,
    // "Each label must show the name, the date and the allergens"): there only presence is
    // compared, as reason-negation compares negations (round 30c, v30's crate labels).
    const oneToOne = group.previous.length === 1 && group.next.length === 1;
    const oldUniversals = oneToOne ? readUniversals : [...new Set(readUniversals)];
    // "Escalate any complaint about discrimination" -> "Complaints about discrimination go to HR":
    // a bare plural names every one of them, as "any"/"every"/"all" did.
    // (Not where a condition came with it: "Lifeguards need it when they work over 10 hours" picks some.)
    const conditionsAdded = group.next.flatMap((statement) => statement.conditions).length > group.previous.flatMap((statement) => statement.conditions).length;
    const genericNouns = conditionsAdded ? new Set<string>() : barePlurals(group.next.flatMap((statement) => statement.words), stemSet(group.previousText));
    const negativeSaid = negativeDuty ? [...oldUniversals] : saidByNegativeUniversal(group);
    const universalsLost = missingFrom(
      oldUniversals,
      [...group.next.flatMap((statement) => statement.universals), ...negativeSaid, ...group.previous.flatMap((statement) => quantifiedBy(statement.words, genericNouns)), ...noOneForAnyone(group), ...everySaidAsPer(group.previous.flatMap((statement) => statement.words), group.next.flatMap((statement) => statement.words))],
    );
    const partialsGained = missingFrom(partialsOnce(group.next), partialsOnce(group.previous)).filter((word) => limitsKeptThing(group, word, oldStems) && !saysAnyAmount(group, word));
    const newWords = [...newStems].filter((stem) => !oldStems.has(stem));
    // Counts, not words: "all" -> "every" keeps the scope.
    const newUniversals = group.next.flatMap((statement) => statement.universals);
    const fewerUniversals = (oneToOne ? newUniversals.length : new Set(newUniversals).size) + negativeSaid.length < oldUniversals.length;
    // "may be removed by any member who ..." -> "only by members who ... and ...": a permission
    // that names fewer grants less, stricter (no duty's modal beside its "may").
    const grantsOnly = grants && group.next.every(({ words }) => {
      const at = words.findIndex((word) => GRANTS.has(word));
      // "Check every bag that may contain liquids": a "may" of a relative clause, beside an imperative, grants nothing.
      return !words.some((word) => DUTY_WORDS.has(word)) && !isImperativeVerb(words[0] ?? '') && !words.slice(Math.max(0, at - 3), at).some((word) => RELATIVES.has(word));
    });
    if (!grantsOnly && (partialsGained.length > 0 || (fewerUniversals && universalsLost.length > 0 && newWords.length > 0))) {
      const detail = partialsGained.length > 0
        ? `${universalsLost.length > 0 ? `"${universalsLost[0]}" -> ` : ''}"${partialsGained[0]}"`
        : `"${universalsLost[0]}" dropped, "${newWords.slice(0, 3).join(' ')}" added`;
      reasons.push({ code: 'scope-narrowed', message: `scope narrowed: ${detail} in ${where}` });
      continue;
    }
    // "Only HR partners may view salary bands" -> "HR partners and line managers may view ...": the
    // word that kept everyone else out went ("only if/when" is a condition, condition-*'s business).
    const limits = exclusives(group.previous);
    const limitLost = exclusives(group.next).length < limits.length || (limits.length > 0 && grantsTheActToAnyone(group));
    if (limitLost && !saidAsAlways(group) && !onlySaidAsEvery(group) && !onlySaidAsNoOther(group, input.nextText)) {
      reasons.push({ code: 'scope-widened', message: `scope widened: "${limits.length === 1 ? limits[0] : 'only'}" dropped in ${where}` });
      continue;
    }
    const oldAlternatives = new Set(group.previous.flatMap((statement) => alternatives(statement.words)).flat());
    // "or their managers" -> "or their line managers": an old alternative said with a word more is no new one.
    const widening = group.next
      .flatMap((statement) => alternatives(statement.words, widerIsStricter(statement.text), statement.mainNegations.length === 0 && statement.words.some((word) => GRANTS.has(word)), group.previous.flatMap((old) => old.words)))
      .find((stems) => stems.some((stem) => !oldStems.has(stem) && !oldAlternatives.has(stem)) && !stems.some((stem) => oldAlternatives.has(stem)));
    if (widening) {
      reasons.push({ code: 'scope-widened', message: `scope widened: "${widening.join(' ')}" added as an alternative in ${where}` });
    }
  }
  return reasons;
}

// `contradiction`: every old sentence is kept word for word and a sentence new to the edit takes
// back, for some of what it covers, what a kept sentence gives or states (issue 11's "a new sentence
// that contradicts an existing rule"; round 37a, v48's rescope). Two shapes, read as statements:
// - a new sentence negates the kept one's own act for a thing it names ("Customers may return
//   unopened parts within 28 days with a receipt" + "Parts bought in a sale cannot be returned",
//   "Batteries are covered by the warranty, whatever the mileage" + "A battery that has done more
//   than 5,000 miles is not covered"): the act after the new negation is a word of the kept
//   sentence (the same stem, or a verb sharing a common sense of a kept verb: "count" / "include"),
//   and another content word is shared; the kept sentence is a grant or a plain statement (a
//   prohibition is the contradiction reading's, a "must" or an instruction the exception readings'),
//   so a new ban is a grant or a benefit withdrawn, not a duty made stricter;
// - a kept sentence says a thing or a party goes free ("fit free smoke alarms", "Members pay
//   nothing for the minibus") and a new one, with no negation, charges for it ("Any alarm after the
//   first is charged at £10", "A £1 fare is collected from members who live outside the parish").
// A new sentence that only says the kept rule's other side stays quiet: its case the complement of
// the kept one's ("unopened" kept, "Opened parts cannot be returned"; "with a receipt" kept, "without
// a receipt"; "members" kept, "non-members"), or a figure of the kept sentence again (its bound's
// other side), one about a party the kept sentence does not name, and a new ban reaching past the
// act to a thing or a manner the kept sentence never named ("Bowls are not washed with bleach",
// "Tickets do not include the house tour"): a stricter rule or an explanation. Pure: the dictionary
// is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { appendedToOneSentence, keptSentences } from './_appended-clause.ts';
import { isContent, negativeWordBases, readStatement, stemSet, type Statement } from './_statements.ts';
import { ruleKind } from './_rule-kind.ts';
import { readModal } from './_rule-words.ts';
import { normaliseWord, quote, tokenizeWords } from './_text.ts';
import { NUMBER_WORDS } from './_numbers.ts';
import { forbiddenVerb } from './reason-added-rule.ts';

/** Who a rule is about: shared by most sentences of a clause, so sharing them proves nothing. */
const PARTIES = new Set(['customer', 'user', 'assistant', 'agent', 'client', 'team', 'staff', 'model', 'support', 'we', 'member', 'patient', 'caller', 'visitor', 'people', 'person', 'anyone', 'everyone'].map(normaliseWord));

/** A thing or a party said to go free. */
const FREE = /\b(?:free(?: of charge)?|at no (?:extra |additional )?(?:cost|charge)|no charge|pays? nothing|without charge|no fee|complimentary|costs? nothing)\b/;
/** A charge laid on it: a fee, a fare, a price, a sum to pay. */
const CHARGED = /\b(?:charged|charges?|fee|fees|fare|fares|price|costs?|payable|pays?|paid|billed|£ ?\d|\$ ?\d|€ ?\d)\b/;

/** Prepositions the word lists read as content words: they name no thing ("towards the limit"). */
const PREPOSITIONS = new Set(['towards', 'toward', 'onto', 'into', 'upon', 'within', 'against', 'beyond', 'across', 'along', 'among', 'amongst', 'inside', 'outside', 'throughout', 'via']);

/**
 * Whether the new sentence names a party the kept one does not ("Staff get a free lunch" + "Lunch
 * costs £3 for visitors"): what the kept sentence gave its own party is not taken from them.
 */
function bringsAnotherParty(added: Statement, kept: Statement): boolean {
  const keptStems = new Set(kept.stems);
  return added.stems.some((stem) => PARTIES.has(stem) && !keptStems.has(stem));
}

/**
 * Whether the new sentence says the kept one's other side: a word whose negative form the kept one
 * says ("opened" / "unopened"), a negative form of a word it says ("non-members" / "members"), a
 * "without"/"no" before a word it says (the kept requirement's other side), or a figure it says.
 */
function saysOtherSide(added: Statement, kept: Statement): boolean {
  const bases = negativeWordBases(kept.text);
  if (added.stems.some((stem) => bases.has(stem))) return true;
  const addedBases = negativeWordBases(added.text);
  if (kept.stems.some((stem) => addedBases.has(stem))) return true;
  const keptStems = new Set(kept.stems);
  for (const [at, word] of added.words.entries()) {
    if (word !== 'without' && word !== 'no') continue;
    const next = added.words.slice(at + 1, at + 4).find(isContent);
    // "without a receipt" for the kept "with a receipt"; "Never release a payment without
    // screening" for the kept "All payments are screened before release": a gated ban that says
    // the kept requirement again.
    if (next && keptStems.has(normaliseWord(next))) return true;
  }
  const figures = (words: readonly string[]) => words.filter((word) => /\d/.test(word));
  const keptFigures = new Set(figures(kept.words));
  return figures(added.words).some((figure) => keptFigures.has(figure));
}

/** Whether two verbs share one of the three commonest senses of either ("count" / "include"). */
function verbsKin(lexicon: Lexicon, a: string, b: string): boolean {
  const mine = new Set(lexicon.senses(a, 'v').slice(0, 3).map((sense) => sense.id));
  return mine.size > 0 && lexicon.senses(b, 'v').slice(0, 3).some((sense) => mine.has(sense.id));
}

/** Past forms the stemmer and the dictionary leave as written ("cannot be fed"), read as their verb. */
const PAST: ReadonlyMap<string, string> = new Map([['fed', 'feed'], ['lent', 'lend'], ['spent', 'spend'], ['built', 'build'], ['bred', 'breed'], ['sent', 'send'], ['let', 'let']]);

/** Words that put a thing inside what a kept sentence covers: "including toddlers", "toddlers included". */
const INCLUDING = new Set(['including', 'includes', 'include', 'included', 'inclusive']);

/**
 * The kept word the new negation's act is: the same stem, a kept verb of the same sense, or, for a
 * thing the kept sentence says it includes, that "including" (any act negated for an included thing
 * takes it out: "including toddlers" + "Toddlers are not counted").
 */
function keptAct(verb: string, verbWord: string, kept: Statement, thing: string, lexicon: Lexicon | null | undefined): string | null {
  const base = PAST.get(verbWord) ?? verbWord;
  const stem = normaliseWord(base);
  const at = kept.words.findIndex((word) => isContent(word) && (normaliseWord(word) === verb || normaliseWord(word) === stem));
  if (at >= 0) return kept.words[at] ?? null;
  const including = kept.words.findIndex((word, i) => INCLUDING.has(word) && kept.words.slice(Math.max(0, i - 3), i + 4).some((near) => normaliseWord(near) === thing));
  if (including >= 0) return kept.words[including] ?? null;
  if (!lexicon) return null;
  return kept.words.find((word) => isContent(word) && word.length > 3 && verbsKin(lexicon, base, word)) ?? null;
}

/** A new sentence negating a kept grant's or statement's act for a thing it names; returns [kept, act], or null. */
function negatedKeptAct(added: Statement, kept: readonly Statement[], lexicon: Lexicon | null | undefined): [Statement, string] | null {
  const at = added.mainNegationAt[0];
  if (at === undefined || added.words[at] === 'without') return null;
  const verb = forbiddenVerb(added);
  if (verb === null) return null;
  const verbAt = added.words.findIndex((word, i) => i > at && isContent(word) && normaliseWord(word) === verb);
  const verbWord = added.words[verbAt] ?? verb;
  const conditionStart = Math.min(...added.conditions.map((condition) => condition.start), added.words.length);
  for (const rule of kept) {
    if (ruleKind(rule) === 'prohibition') continue;
    // A "must" or an instruction made to skip its act in a case is the exception readings'; a new
    // ban beside it is as often the duty made stricter.
    const modal = readModal(rule.text);
    if (modal !== null && modal.strength !== 1) continue;
    const ruleStems = stemSet(rule.text);
    const things = added.stems.filter((stem) => stem !== verb && ruleStems.has(stem) && !PARTIES.has(stem));
    const found = things.map((thing) => [thing, keptAct(verb, verbWord, rule, thing, lexicon)] as const).find(([thing, act]) => act !== null && normaliseWord(act) !== thing);
    if (found === undefined) continue;
    const act = found[1] ?? '';
    // "Bowls are not washed with bleach", "Tickets do not include the house tour": what the negation
    // reaches after the act is a thing or a manner the kept sentence never named, not what it gave
    // (figures aside: "not loaned to juniors under twelve" names a case of the kept thing).
    const after = added.words.slice(verbAt + 1, conditionStart);
    const reachesOther = after.some((word) => isContent(word) && !PREPOSITIONS.has(word) && !ruleStems.has(normaliseWord(word)) && !/\d/.test(word) && NUMBER_WORDS[word] === undefined);
    if (reachesOther || saysOtherSide(added, rule) || bringsAnotherParty(added, rule)) continue;
    return [rule, act];
  }
  return null;
}

/** A new sentence charging for a thing or party a kept sentence says goes free; returns the kept sentence, or null. */
function chargedForFree(added: Statement, kept: readonly Statement[]): Statement | null {
  if (added.mainNegations.length > 0) return null;
  const padded = ` ${added.words.join(' ')} `;
  if (!CHARGED.test(padded) || FREE.test(padded)) return null;
  for (const rule of kept) {
    const text = ` ${tokenizeWords(rule.text).join(' ')} `;
    // "Members pay nothing" reads as a negation: the free thing said so, no ban.
    if (!FREE.test(text)) continue;
    const ruleStems = stemSet(rule.text);
    // "Hat cleaning costs £8" beside "Hat resizing is free": a shared word before another content
    // word only says what kind of thing is charged for, another thing (round 38a); the thing charged
    // for is a shared word heading its phrase ("Each taste after the third", "adopters who live ...").
    const heads = added.words.filter((word, i) => isContent(word) && !isContent(added.words[i + 1] ?? '')).map(normaliseWord);
    const shared = heads.filter((stem) => ruleStems.has(stem) && !/^(?:pay|charg|cost|free|fee)/.test(stem));
    if (shared.length === 0 || saysOtherSide(added, rule) || bringsAnotherParty(added, rule)) continue;
    return rule;
  }
  return null;
}

/** Words that say a thing is kept with no end: the time bound a kept sentence set lifted. */
const UNBOUNDED_TIME = /\b(?:indefinitely|forever|for ever|permanently|for good|with no time limit|without (?:a|any) time limit|for as long as (?:we|they|it|you) (?:like|wish|want|need))\b/;
/** A span of time with its figure: "12 months", "31 days", "two weeks". */
const TIME_FIGURE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety)[ -](?:hours?|days?|weeks?|months?|years?)\b/;
/** Words that open the rule's own verb: a modal or a form of "be". */
const VERB_OPENER = /^(?:is|are|was|were|be|must|may|can|should|shall|will|has|have)$/;

/** The content stems of a sentence's subject: the words before its modal or "be". */
function subjectStems(statement: Statement): Set<string> {
  const at = statement.words.findIndex((word) => VERB_OPENER.test(word));
  return new Set(statement.words.slice(0, at < 0 ? 0 : at).filter(isContent).map(normaliseWord));
}

/**
 * A new sentence keeping some of what a kept sentence's time bound ends for good ("Pupils' photos are
 * deleted 12 months after the session" + "Photos of pupils who appear in our brochure are kept
 * indefinitely"): a word of the kept sentence's subject shared, no negation. Returns the kept sentence.
 */
function timeBoundLifted(added: Statement, kept: readonly Statement[]): Statement | null {
  const padded = ` ${added.words.join(' ')} `;
  if (added.mainNegations.length > 0 || !UNBOUNDED_TIME.test(padded)) return null;
  return kept.find((rule) => {
    const text = ` ${rule.words.join(' ')} `;
    if (!TIME_FIGURE.test(text) || UNBOUNDED_TIME.test(text)) return false;
    const subject = subjectStems(rule);
    return added.stems.some((stem) => subject.has(stem) && !PARTIES.has(stem));
  }) ?? null;
}

/** What joins a clause appended to a kept sentence, and what it says: a grant set against it, or an exception. */
const APPENDED = /^\s*[,;]?\s*(?:(but|although|though|however|yet)|(except for|except|apart from|other than|save for|excluding))\b,?\s*(.+?)\s*[.!?]?\s*$/i;
/** Words that make an appended exception stricter: it ends the rule sooner for those it names. */
const SOONER = /\b(?:sooner|earlier|immediately|at once|straight away|right away|also|too|as well)\b/;
const GRANTS = /\b(?:may|can|could|allowed to|free to|welcome to)\b/;

/** The kept sentence a changed one goes on from, and the clause appended to it, for edits that only appended one. */
function appendedClause(input: StatementDiffInput): { kept: Statement; join: string; clause: string; exception: boolean } | null {
  const found = appendedToOneSentence(input, APPENDED);
  if (!found) return null;
  const { kept, appended } = found;
  return { kept, join: (appended[1] ?? appended[2] ?? '').toLowerCase(), clause: appended[3] ?? '', exception: appended[2] !== undefined };
}

/**
 * A clause appended to a kept sentence that goes against a rule the clause keeps: after "but" or
 * "although", a grant of what a kept prohibition forbids ("Do not tell callers whether a will is
 * valid" + "..., but if the will is handwritten you can tell them it is probably invalid"); after
 * "except (for)", "apart from", "other than", an exception to a duty or a plain statement ("Footage
 * is kept for 31 days and then deleted automatically, except for clips an operator decides to
 * keep"), unless it ends the rule sooner for those it names.
 */
function appendedAgainstKept(input: StatementDiffInput, kept: readonly Statement[]): Reason | null {
  const appended = appendedClause(input);
  if (!appended) return null;
  const clause = readStatement(appended.clause);
  const padded = ` ${clause.words.join(' ')} `;
  if (appended.exception) {
    if (ruleKind(appended.kept) !== 'duty' || SOONER.test(padded)) return null;
    return { code: 'exception-added', message: `exception added: "${appended.join} ${appended.clause}" appended to ${quote(appended.kept.text, 70)}` };
  }
  if (clause.mainNegations.length > 0 || !GRANTS.test(padded)) return null;
  // "invalid" says the "valid" of "whether a will is valid" turned round: its base is a word shared.
  const stems = new Set([...clause.stems, ...negativeWordBases(appended.clause)]);
  const against = [...kept, appended.kept].find((rule) => {
    if (rule.mainNegations.length === 0) return false;
    const verb = forbiddenVerb(rule);
    return verb !== null && stems.has(verb) && forbiddenThings(rule, verb).some((stem) => stems.has(stem));
  });
  return against ? { code: 'contradiction', message: `contradiction: "${appended.join} ${appended.clause}" grants what ${quote(against.text, 70)} forbids` } : null;
}

/** Words that open what is told or asked: the word before one is who is told ("tell callers whether ..."). */
const TOLD = new Set(['whether', 'that', 'about', 'if', 'what', 'how', 'when', 'where', 'why', 'which', 'who']);

/** The content stems a prohibition forbids its act on: those after its verb, who is told or asked left out. */
function forbiddenThings(rule: Statement, verb: string): string[] {
  const at = rule.words.findIndex((word) => isContent(word) && normaliseWord(word) === verb);
  const after = rule.words.slice(at + 1);
  const first = after.findIndex(isContent);
  const told = first >= 0 && after.slice(first + 1, first + 3).some((word) => TOLD.has(word));
  return after.filter((word, i) => isContent(word) && !(told && i === first)).map(normaliseWord).filter((stem) => !PARTIES.has(stem));
}

/** A kept act handed to another party for some: "is always left for the owner to remove", "is left to the landlord to repair". */
const HANDED_OFF = /\b(?:is|are|gets?|will be)(?: always| usually)? left (?:for|to) (?:the |their |its |a |an )?([a-z]+(?: [a-z]+)?) to ([a-z]+)\b/;

/**
 * A new sentence leaving a kept plain duty's act, for some of what it covers, to another party
 * ("Offensive graffiti is removed within 24 hours of being reported" + "Graffiti on private walls is
 * always left for the owner to remove", round 38a, v51's rescope): the act after "left for ... to"
 * is the kept verb's stem, a thing of the kept sentence shared. Returns [kept, act], or null.
 */
function actHandedOff(added: Statement, kept: readonly Statement[]): [Statement, string] | null {
  if (added.mainNegations.length > 0) return null;
  const handed = HANDED_OFF.exec(added.words.join(' '));
  if (!handed) return null;
  const act = normaliseWord(handed[2] ?? '');
  for (const rule of kept) {
    if (ruleKind(rule) !== 'duty' || readModal(rule.text) !== null) continue;
    const ruleStems = stemSet(rule.text);
    if (!ruleStems.has(act)) continue;
    if (added.stems.some((stem) => stem !== act && ruleStems.has(stem) && !PARTIES.has(stem))) return [rule, handed[0]];
  }
  return null;
}

export function findKeptRulesTakenBack(input: StatementDiffInput, lexicon?: Lexicon | null): Reason[] {
  const kept = keptSentences(input);
  if (!kept) {
    const unchanged = input.groups.filter((group) => group.previousText === group.nextText).flatMap((group) => group.previous);
    const appended = appendedAgainstKept(input, unchanged);
    return appended ? [appended] : [];
  }
  for (const added of input.added) {
    const negated = negatedKeptAct(added, kept, lexicon);
    if (negated) {
      return [{ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} takes back "${negated[1]}" of ${quote(negated[0].text, 70)}` }];
    }
    const free = chargedForFree(added, kept);
    if (free) return [{ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} charges for what ${quote(free.text, 70)} gives free` }];
    const handed = actHandedOff(added, kept);
    if (handed) return [{ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} leaves to another ("${handed[1]}") what ${quote(handed[0].text, 70)} does` }];
    const lifted = timeBoundLifted(added, kept);
    if (lifted) return [{ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} keeps for good what ${quote(lifted.text, 70)} ends` }];
  }
  return [];
}

// `permission-added`: a new sentence grants a permission ("Agents may share the last digits").
// `contradiction`: a new sentence does what an existing prohibition forbids ("must not execute
// commands on the user machine" + "It runs the build script on the user machine").
// `exception-added`: every old sentence is kept and a new one opens with a case of its own ("If
// the customer prefers, ...", "During limited-time events, ...") beside a rule that held in every
// case (a prohibition, "always", "every"): an exception carved out of it. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isContent, stemSet, type Statement } from './_statements.ts';
import { listLeadIns, normaliseWord, quote } from './_text.ts';
import { reportsKeptGrant } from './_reported-grants.ts';
import { negatesRefusal, saysSameNoInOtherWords } from './_polarity.ts';
import { grantsOnlyInQuestions } from './_embedded-questions.ts';
import { ruleKind } from './_rule-kind.ts';
import { declaredEnough } from './_released-duties.ts';
import { undoneDuty } from './_undone-duties.ts';
import { doesForbiddenAct } from './_forbidden-act.ts';
import { sayingTheCompanyAgain } from './_company-kept.ts';
import { opensWithSameDoer } from './_same-doer.ts';
import { examplesKeptGrant } from './_grant-examples.ts';
import { withoutPossibleHappenings } from './_possible-happenings.ts';

/** An ability said of the party in a relative clause: "who cannot stand", "that can be recycled". */
const RELATIVE_ABILITY = / (?:who|which|that) (?:can|could)(?: not)? /g;
const PERMISSION = /\b(?:may|can|could|might|allowed to|permitted to|free to|welcome to|entitled to|fine to|ok to|okay to|is acceptable|are acceptable|optional|up to you|(?:is|are) (?:also |still )?(?:fine|ok|okay|allowed|permitted|acceptable|tolerated))\b/;
/** A duty lifted: necessity negated ("need not", "do not have to", "is not required"), or an exception declared. */
const LIFTED = /\b(?:need not|(?:do|does|will) not (?:need|have) to|(?:do|does) not need|(?:is|are) not (?:required|necessary|needed|mandatory|obligatory)|no need to|(?:is|are) (?:an |the )?(?:exception|exceptions|exempt|excepted|exempted)|(?:is|are) excluded from|does not apply|do not apply)\b/;
/** A permission narrowed to the cases after "only": a restriction ("may only", "can only"). */
export const RESTRICTION = /\b(?:may|can) only\b/;
/**
 * "Only a grown-up the parents have nominated is allowed to pick a child up": a grant to one party
 * alone, opening the sentence, limits who may do it; it grants no one anything new.
 */
const ONLY_PARTY_GRANTED = /^ (?:only|solely) [^,;]*?\b(?:may|can|(?:is|are) (?:allowed|permitted|entitled) to)\b/;
/** Who a rule is about: shared by most sentences of a clause, so sharing them proves nothing. */
const ACTORS = new Set(['customer', 'user', 'assistant', 'agent', 'client', 'team', 'staff', 'model', 'support', 'we', 'member'].map(normaliseWord));
/** Words that mark a new sentence as overriding a rule in some case ("runs it directly when asked"). */
/** The override words that say it outright, whatever case the sentence names. */
const OVERRIDES_OUTRIGHT = /\b(?:directly|anyway|still|regardless|nevertheless|nonetheless)\b/;
const OVERRIDES = /\b(?:directly|anyway|still|regardless|nevertheless|nonetheless|when|if|whenever|unless)\b/;

/** The content word right after the main negation: what a prohibition forbids ("share" in "never share"). */
export function forbiddenVerb(statement: Statement): string | null {
  const words = statement.words;
  const at = words.findIndex((word) => statement.mainNegations.includes(word));
  if (at < 0) return null;
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (isContent(word)) return normaliseWord(word);
  }
  return null;
}

/** A sentence that opens with the case it applies to: "If the customer prefers, ...", "For urgent hotfixes, ...". */
const OPENS_WITH_CASE = /^(?:if|when|whenever|where|during|for|in|on|once|while|should|after)\b([^,;:]*),/i;

/** The new sentence makes an exception to an absolute old rule; returns that rule, or null. */
function exceptionTo(added: Statement, input: StatementDiffInput): Statement | null {
  // Only beside rules kept whole: when old sentences went too, the new one may be one of them reworded.
  if (input.removed.length > 0 || added.text.includes(':')) return null;
  // A list item read with its lead-in ("When tagging, check:" + "- the version") is a duty listed, no case.
  if (listLeadIns(input.nextText).some((leadIn) => added.text.startsWith(leadIn))) return null;
  // "For example, ...", "For instance, ..." opens an example of the rule, no case of its own (round 37a).
  if (/^for (?:example|instance)\b/i.test(added.text.trim())) return null;
  const lead = OPENS_WITH_CASE.exec(added.text.trim());
  // "For every pull request, ..." names every case, no exception.
  if (!lead || /\b(?:every|all|each|any|always)\b/i.test(lead[1] ?? '')) return null;
  // A case that enforces the rule ("If a customer sends one, delete it at once", "In group
  // sessions, remind everyone of this rule") points back to it or hurries it: no exception.
  const main = added.text.trim().slice(lead[0].length).toLowerCase();
  if (/\b(?:this|that|the|these|our) (?:rule|policy|requirement|ban)s?\b|\b(?:immediately|at once|right away|straight away|without delay|also|too|as well|always)\b/.test(main)) return null;
  const kept = input.groups.flatMap((group) => group.previous);
  // A rule that held in every case (a prohibition, "always", "every", "only a pharmacist can"), or
  // one about the same things as the new case ("Analytics exports are anonymised ..." beside "For
  // speed, raw exports go straight to the analytics vendor").
  const stems = stemSet(added.text);
  const absolute = kept.find((rule) => rule.mainNegations.length > 0 || rule.universals.length > 0 || rule.words.includes('only'));
  return absolute ?? kept.find((rule) => [...stemSet(rule.text)].filter((stem) => stems.has(stem) && !ACTORS.has(stem)).length >= SAME_TOPIC) ?? null;
}

/** A thing or a party said to go free: "pay nothing", "free of charge", "at no cost". */
const SAID_FREE = /\b(?:free|at no (?:extra |additional )?(?:cost|charge)|no charge|pays? nothing|costs? nothing|without charge|complimentary)\b/;

/** Content words a new case must share with a kept rule to be read as an exception to it. */
const SAME_TOPIC = 2;

/**
 * Words that say a duty's action is left out while the sentence's own verb stays positive
 * ("released without screening", "shipped with no signature", "skip the check", "waive the fee").
 * A negated verb ("Refunds are not issued in cash") is a new prohibition instead: stricter.
 */
const SKIPS = new Set(['without', 'no', 'skip', 'skips', 'skipped', 'skipping', 'waive', 'waives', 'waived', 'bypass', 'bypasses', 'bypassed', 'omit', 'omits', 'omitted', 'exempt', 'exempted']);
/** Content words read after a skip word: the action and what it acts on ("without showing ID"). */
const SKIPPED_WORDS = 2;

/**
 * A new sentence that says a kept duty's action is not done, for things the duty is about ("All
 * international payments are screened before release" + "Payments for long-standing customers are
 * released without screening"; "Verify ID before releasing a parcel" + "Regular customers collect
 * parcels without showing ID"): a word after its skip word is the kept rule's, and they share
 * another content word. Returns the kept rule, or null.
 */
function skippedDuty(added: Statement, input: StatementDiffInput): Statement | null {
  // A sentence that also negates ("Never release a payment without screening") restates the duty.
  if (added.mainNegationAt.some((at) => !SKIPS.has(added.words[at] ?? ''))) return null;
  const at = added.words.findIndex((word) => SKIPS.has(word));
  // "Contracts with no review are returned to sales": a skip word inside the subject describes
  // which things a new rule is about; only one after the verb says the duty is left out.
  const verbAt = added.words.findIndex((word) => /^(?:is|are|was|were|be|can|may|must|will|should|get|gets|go|goes)$/.test(word));
  // "no consent, no recording" opening a clause stresses the duty.
  if (at <= 0 || (verbAt >= 0 && at < verbAt) || added.words[at - 1] === 'with') return null;
  // "use no other language" limits the rule to what it names ("only"); it skips nothing.
  if (added.words[at] === 'no' && added.words[at + 1] === 'other') return null;
  const skipped = added.words.slice(at + 1).filter(isContent).slice(0, SKIPPED_WORDS).map(normaliseWord);
  const stems = stemSet(added.text);
  return (
    input.groups.flatMap((group) => group.previous).find((rule) => {
      if (rule.mainNegations.length > 0) return false;
      const ruleStems = stemSet(rule.text);
      const hit = skipped.find((stem) => ruleStems.has(stem) && !ACTORS.has(stem));
      return hit !== undefined && [...ruleStems].some((stem) => stem !== hit && stems.has(stem) && !ACTORS.has(stem));
    }) ?? null
  );
}

/** Words that stress or join a clause without saying what it asks. */
const CLAUSE_STRESS = new Set(['always', 'also', 'then', 'and', 'but', 'so']);

/** A clause's content words, stressing and joining words left out, as stems in order. */
const clauseKey = (words: readonly string[]): string => words.filter((word) => isContent(word) && !CLAUSE_STRESS.has(word)).map(normaliseWord).join(' ');

/** The keys of the old text's clauses with no negation: read once, whatever the number of added sentences. */
function plainClauseKeys(previousText: string): Set<string> {
  const keys = new Set<string>();
  for (const clause of previousText.split(/[,;:.!?]+/)) {
    const words = clause.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.some((word) => /^(?:not|never|no|don't|nobody|none|nothing|cannot|can't|mustn't)$/.test(word))) keys.add(clauseKey(words));
  }
  return keys;
}

/** Whether an added sentence, with no negation, has the content words of an old clause with none, in order. */
function saysOldClauseAgain(added: Statement, oldClauseKeys: () => ReadonlySet<string>): boolean {
  if (added.mainNegations.length > 0) return false;
  const key = clauseKey(added.words);
  if (key.split(' ').length < 2) return false;
  return oldClauseKeys().has(key);
}

/** Words a lead-in points at its list with ("only these", "the following"): they name the items, nothing of their own. */
const POINTING = new Set(['these', 'those', 'following', 'below', 'items', 'things', 'them']);

/**
 * Whether a new sentence is an old grant split into a list's items: read from a lead-in that grants
 * ("Candidates may take only these into the test room:" + "- a pencil"), with every word of it in
 * one old grant of the same word that no negation binds ("Candidates may take only their ID, a
 * clear water bottle and a pencil into the test room"). The list says the old grant's items one by
 * one and grants nothing new (round 38c, v50's test centre and v51's tea room).
 */
function grantSplitIntoItems(added: Statement, previous: readonly Statement[], nextText: string): boolean {
  const granted = PERMISSION.exec(` ${added.words.join(' ')} `)?.[0];
  if (!granted || !listLeadIns(nextText).some((leadIn) => added.text.startsWith(leadIn) && added.text.length > leadIn.length + 1 && PERMISSION.test(` ${leadIn.toLowerCase()} `))) return false;
  const stems = [...stemSet(added.text)].filter((stem) => !POINTING.has(stem));
  return previous.some((old) => old.mainNegations.length === 0 && PERMISSION.exec(` ${old.words.join(' ')} `)?.[0] === granted && stems.every((stem) => stemSet(old.text).has(stem)));
}

/** Reasons for new sentences that grant a permission, contradict an old prohibition or make an exception to an absolute rule. */
export function findAddedRules(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  const prohibitions = [...input.groups.flatMap((group) => group.previous), ...input.removed].filter((statement) => statement.mainNegations.length > 0);
  // A prohibition the new version no longer states in any sentence: a new sentence sharing its
  // words is as often that rule said again ("Never hand a blowpipe to another person hot end
  // first" -> "When passing a blowpipe, always offer the other person the cool end") as a case
  // against it, so there only the forbidden act itself done contradicts it, or a sentence about the
  // same doer ("Translators must render ... without omitting" -> "Translators should adapt ...,
  // summarising"; round 27c).
  const gone = new Set(input.removed);
  // "Tell participants they may leave at any time" said in other words tells them the same.
  const grants = (padded: string): boolean => PERMISSION.test(padded) || LIFTED.test(padded);
  const previous = [...input.groups.flatMap((group) => group.previous), ...input.removed];
  let clauseKeys: Set<string> | undefined;
  const oldClauseKeys = () => (clauseKeys ??= plainClauseKeys(input.previousText));
  for (const added of input.added) {
    if (reportsKeptGrant(added, previous, grants)) continue;
    // "Never pour water into acid; always pour acid into water" for "Pour acid into water, never
    // water into acid": a clause of an old sentence said again as a sentence is no new rule (round 22b).
    if (saysOldClauseAgain(added, oldClauseKeys)) continue;
    if (grantSplitIntoItems(added, previous, input.nextText)) continue;
    const skipped = skippedDuty(added, input) ?? undoneDuty(added, input.groups.flatMap((group) => group.previous));
    if (skipped) {
      reasons.push({ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} skips what ${quote(skipped.text, 70)} requires` });
      continue;
    }
    // A new prohibition makes the clause stricter; "after a day without review" is no prohibition.
    // "Returns under $20 do not need a receipt": a duty lifted is a permission, though it says "not".
    const lifted = LIFTED.exec(` ${added.words.join(' ')} `);
    if (lifted) {
      reasons.push({ code: 'permission-added', message: `permission added: "${lifted[0].trim()}" in ${quote(added.text)}` });
      continue;
    }
    // A negation in a purpose clause ("take the card details in the chat so the order is not lost") forbids nothing.
    // Nor does one in a clause of reason after it ("Cats can stay out, since they usually keep well away from the technician": round 41a).
    const reason = /,\s+(?:since|because)\s/i.test(added.text);
    const purpose = added.words.findIndex((word, i) => (word === 'so' || (reason && (word === 'since' || word === 'because'))) && i > 0);
    // ("are not declined" negates a refusal: it lets the thing happen, read on as a grant would be.)
    if (added.mainNegationAt.some((at) => added.words[at] !== 'without' && (purpose < 0 || at < purpose)) && !negatesRefusal(added)) continue;
    const padded = ` ${added.words.join(' ')} `;
    // "Destructive commands may only be executed once the user approved them" restricts; it grants nothing.
    if (RESTRICTION.test(padded) || ONLY_PARTY_GRANTED.test(padded)) continue;
    // "point out how they can get out": a modal asked about in an embedded question grants nothing.
    // "Patients who cannot stand are weighed in a chair": a "can" right after who/which/that says
    // what the party is able to do, and grants nothing (round 36c); another modal still grants.
    // "the figure may still change" says what may happen, it grants nothing (_possible-happenings.ts, round 43d).
    const granted = PERMISSION.exec(withoutPossibleHappenings(padded.replace(RELATIVE_ABILITY, ' ')));
    // "A phone call from the GP is enough" beside a duty or a prohibition: a grant to proceed on less.
    const permission = (granted && !grantsOnlyInQuestions(added.text, PERMISSION) ? granted[0] : null)
      ?? (previous.some((rule) => ruleKind(rule) !== 'grant') ? declaredEnough(padded) : null);
    // "For example, a shirt bought on 1 May can be returned until 31 May" beside "Items may be
    // returned within 30 days": the kept right applied to one case, no new permission (round 38a).
    if (permission && examplesKeptGrant(added, previous)) continue;
    if (permission) {
      reasons.push({ code: 'permission-added', message: `permission added: "${permission}" in ${quote(added.text)}` });
      continue;
    }
    const stems = stemSet(added.text);
    const overrides = OVERRIDES.test(padded) && !/\binstead\b/.test(padded);
    const contradicted = prohibitions.find((rule) => {
      // "Reproductions are refused" beside "Never print a banknote": the same "no", in other words.
      if (saysSameNoInOtherWords(rule, added)) return false;
      // "Children always travel in a cabin with an adult" beside "Never let a child ride a cabin alone": the same rule.
      if (sayingTheCompanyAgain(rule.text, [added.text])) return false;
      // "The check is free for every adopter" beside "Adopters pay nothing for the check": a thing
      // said free again, where the "nothing" of the kept sentence is what it costs, no ban (round 37a).
      if (SAID_FREE.test(` ${rule.words.join(' ')} `) && SAID_FREE.test(` ${added.words.join(' ')} `) && added.mainNegations.length === 0) return false;
      const verb = forbiddenVerb(rule);
      const shared = [...stemSet(rule.text)].filter((stem) => stems.has(stem) && !ACTORS.has(stem));
      // Doing the forbidden thing, or doing something to what it protects in a stated case.
      // The same verb done to another thing ("Escalate legal threats" beside "Never escalate a refund
      // request without a receipt", "Offer a callback when the queue is long" beside "Never offer a
      // discount code") is no forbidden act.
      const act = verb !== null && stems.has(verb) && doesForbiddenAct(rule, added, verb, ACTORS);
      // A case ("when", "if") shares the rule's verb with any duty; "anyway", "regardless" override it.
      if (act) return true;
      return (!gone.has(rule) || opensWithSameDoer(rule, added)) && (shared.length >= 2 || (overrides && (OVERRIDES_OUTRIGHT.test(padded) || shared.some((stem) => stem !== verb))));
    });
    if (contradicted) {
      reasons.push({ code: 'contradiction', message: `contradiction: ${quote(added.text, 70)} against ${quote(contradicted.text, 70)}` });
      continue;
    }
    const excepted = exceptionTo(added, input);
    if (excepted) {
      reasons.push({ code: 'exception-added', message: `exception added: ${quote(added.text, 70)} beside ${quote(excepted.text, 70)}` });
    }
  }
  return reasons;
}

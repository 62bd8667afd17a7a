// `condition-changed`: the condition a rule applies under flipped (only if -> unless, if -> even
// if, when -> whenever), an "only if" went, or a negation inside the condition appeared or went.
// `condition-added`: a new if/when condition now limits a rule that applied without it. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput, StatementGroup } from './_statement-groups.ts';
import { boundChange } from './_bound-replaced.ts';
import { negationOnlyDescribes } from './_described-negation.ts';
import { limitingTail } from './_condition-tail.ts';
import { hedgeMadeCertain, qualifierInserted } from './_condition-qualifiers.ts';
import { isLimitedGrantOfException } from './_limited-grants.ts';
import { saysSameOrder } from './_order-facts.ts';
import { isContent, stemSet, type Condition, type ConditionKind, type Statement } from './_statements.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { normaliseWord, quote } from './_text.ts';
import { restrictionTightened, restrictsInPassive } from './_restriction-kept.ts';
import { conditionOnAnAppendedAct } from './_appended-limits.ts';
import { caseIsTheCompanyKept, companyStillDemanded } from './_company-kept.ts';
import { onlySaidAsEvery } from './_only-said-as-every.ts';

/** Which kinds a condition may not turn into without changing who the rule covers. */
const FLIPS: Readonly<Record<ConditionKind, readonly ConditionKind[]>> = {
  'only-if': ['if', 'unless', 'even-if', 'whenever'],
  if: ['unless', 'even-if', 'whenever'],
  unless: ['if', 'only-if', 'even-if', 'whenever'],
  'even-if': ['if', 'only-if', 'unless'],
  whenever: ['unless', 'even-if', 'only-if'],
};

function tally(conditions: readonly Condition[]): Map<ConditionKind, Condition[]> {
  const byKind = new Map<ConditionKind, Condition[]>();
  for (const condition of conditions) byKind.set(condition.kind, [...(byKind.get(condition.kind) ?? []), condition]);
  return byKind;
}

/** Words that make a condition demand more before the rule applies: a new conjunct, a count or a repeat. */
const NARROWING_WORDS = /\b(?:and|more than|at least|again|twice|repeatedly|already|also|as well as|plus|simultaneously|at the same time|at once|immediately|together|in a row|consecutively|in succession|(?:every|each) (?:day|night|week|month|morning|evening|weekend|shift)|daily|nightly|weekly|monthly|regularly|frequently|often|routinely|habitually)\b/g;
/**
 * A habit a condition now asks for ("if they burn wood" -> "if they burn wood every day", "when the
 * van is used" -> "... used daily"): the condition holds in fewer cases, whatever its other words.
 */
const HABIT = /\b(?:(?:every|each) (?:day|night|week|month|morning|evening|weekend|shift)|daily|nightly|weekly|monthly|regularly|frequently|often|routinely|habitually)\b/;
/** Words that make a rule hold in every moment. */
const ALWAYS = /\b(?:at all times|always|at any time|in all cases|without exception)\b/i;
/** Words that grant, so a narrower condition makes the rule stricter, not weaker. */
const PERMISSION_WORDS = new Set(['may', 'can', 'allowed', 'permitted', 'free']);

/** A grant word outside the statement's conditions: "when the client cannot be reached" grants nothing. */
function grantsInMainClause(statement: Statement): boolean {
  // "No one may open a drum ..., unless it is a small drum": a prohibition whose "no" is its subject.
  if (/^(?:no one|nobody|no-one)\b/.test(statement.words.join(' '))) return false;
  // "free" grants only as "free to" ("are free to leave"); "a free induction" costs nothing, grants nothing.
  const count = (words: readonly string[]) => words.filter((word, i) => PERMISSION_WORDS.has(word) && (word !== 'free' || words[i + 1] === 'to')).length;
  return count(statement.words) > count(statement.conditions.flatMap((condition) => condition.words));
}

/**
 * A condition kept and made to demand more ("if the policy is under 30 days old" -> "... and the
 * claim exceeds $20,000", "if the user mentions self-harm" -> "... more than once"): the rule now
 * applies less often. For a duty or a prohibition that weakens it; for a permission it is stricter.
 */
/** Words that open a phrase picking the cases a gate holds for ("and for large orders"), not one more thing it waits for. */
const GATE_SCOPE = /^(?:for|in|on|at|during|to|within|from|except|unless|but|only|not|no|never|or|when|where|if)$/;

/**
 * "opened only after a credit check" -> "... only after a credit check and once two trade
 * references have been received", "only after they confirm their date of birth" -> "... and the
 * first line of their address": the "only" gate's condition kept word for word and one more thing
 * joined to it by "and" at its end: the act waits for more, so fewer cases pass, stricter, as the
 * entailment reads an "only" gate narrowed (round 36c), in a passive with no word of duty
 * (_restriction-kept.ts: an imperative's gate, "Pay the overtime rate only when ...", serves the
 * party it pays, and stays read). A phrase that picks the cases the gate
 * holds for ("only with approval" -> "... approval for large orders", "and for new customers") or
 * brings a negation, "only" or an alternative lets the other cases off: still read.
 */
function gateGainedConjunct(kept: readonly string[], now: readonly string[]): boolean {
  const lower = (word: string | undefined) => (word ?? '').toLowerCase();
  if (!kept.every((word, i) => lower(word) === lower(now[i])) || lower(now[kept.length]) !== 'and') return false;
  const gained = now.slice(kept.length + 1).map(lower);
  const opener = gained[0] === 'once' || gained[0] === 'after' ? gained[1] : gained[0];
  return gained.length >= 2 && !GATE_SCOPE.test(opener ?? '') && !gained.some((word) => /^(?:not|never|no|only|or|unless|except|n't)$/.test(word));
}

function narrowedCondition(before: readonly Condition[], after: readonly Condition[], oldStems: ReadonlySet<string>, joinedFrom: readonly Statement[] = [], next: readonly Statement[] = []): Condition | null {
  for (const condition of after) {
    if (condition.kind !== 'if' && condition.kind !== 'only-if' && condition.kind !== 'whenever') continue;
    // "when data may have left the network" -> "... has been confirmed to have left": proof now needed.
    if (before.some((old) => old.kind === condition.kind && hedgeMadeCertain(old.words, condition.words) !== null)) return condition;
    // "Cancel the trek if the wind is above 40 km/h" -> "... only if the wind is above 40 km/h and a warning is in
    // force": a duty's case said with "only" is the same case (grants never reach here), so its gained conjunct narrows it (round 47a).
    const kept = before.find((old) => (old.kind === condition.kind || (old.kind === 'if' && condition.kind === 'only-if')) && old.stems.length > 0 && old.stems.every((stem) => condition.stems.includes(stem)));
    if (!kept || condition.words.length <= kept.words.length) continue;
    if (condition.kind === 'only-if' && gateGainedConjunct(kept.words, condition.words) && next.some((statement) => statement.conditions.includes(condition) && restrictsInPassive(statement))) continue;
    // Two sentences joined: "Shooting stops when the flag is raised. It restarts only when the officer lowers it." ->
    // "... when the flag is raised and restarts only when ...": the words the condition seems to gain are the other sentence's (round 28a).
    // The whole other sentence, and nothing else, is what the condition gained.
    const gained = condition.stems.filter((stem) => !kept.stems.includes(stem));
    if (joinedFrom.some((statement) => !statement.conditions.includes(kept) && statement.stems.length > 0 && statement.stems.every((stem) => gained.includes(stem) || kept.stems.includes(stem)) && gained.every((stem) => statement.stems.includes(stem)))) continue;
    const cues = (words: readonly string[]) => [...` ${words.join(' ')} `.matchAll(NARROWING_WORDS)].length;
    if (cues(condition.words) > cues(kept.words)) return condition;
    // "if two or more pumps fail" -> "... fail during start-up": a limiting phrase with no cue word.
    if (limitingTail(kept.words, condition.words, oldStems) !== null) return condition;
    // "if the caller reports chest pain" -> "... chest pain lasting over an hour", "... severe chest pain".
    if (qualifierInserted(kept.words, condition.words, oldStems) !== null) return condition;
  }
  return null;
}

/** A condition's words without its marker, which is read as one of them ("whenev"). */
function ownStems(condition: Condition): string[] {
  // Stemmed, a marker word may no longer be its prefix ("every" -> "everi"): both are the marker.
  const marker = condition.marker.split(' ');
  return condition.stems.filter((stem) => !marker.some((word) => word.startsWith(stem) || normaliseWord(word) === stem));
}

/**
 * "Report a lost or stolen laptop to the service desk" -> "If your laptop goes missing or is
 * stolen, tell the service desk": the condition took the rule's own object out of the main clause
 * (two or more old words now only in the condition) and brought no more words of its own than it
 * took: the same cases said as a condition, not a new limit. A condition that brings more
 * ("If a stolen laptop held customer data, report it") still limits the rule.
 */
function restatesWhatTheRuleCovers(condition: Condition, oldStems: ReadonlySet<string>, next: readonly Statement[]): boolean {
  const counts = new Map<string, number>();
  for (const word of next.flatMap((statement) => statement.words).filter(isContent)) counts.set(normaliseWord(word), (counts.get(normaliseWord(word)) ?? 0) + 1);
  const own = ownStems(condition);
  const moved = own.filter((stem) => oldStems.has(stem) && counts.get(stem) === 1);
  const brought = own.filter((stem) => !oldStems.has(stem));
  return moved.length >= 2 && brought.length <= moved.length;
}

/**
 * "when you leave your desk" -> "whenever you leave your desk": the same condition, every word
 * kept and none added, said with "whenever". A duty that applies when X applies every time X
 * happens; only a condition with other words ("when the return is approved" -> "whenever a
 * return is requested") changes when the rule applies.
 */
function onlyMarkerWidened(lost: readonly Condition[], gained: readonly Condition[], from: ConditionKind, to: ConditionKind, rule: string): boolean {
  if (from !== 'if' || to !== 'whenever') return false;
  // Words the old condition had and the new one lost ("when you leave your desk for more than 5
  // minutes" -> "whenever you leave your desk") widen it: stricter where wider is (widerIsStricter).
  const wider = widerIsStricter(rule);
  const same = (a: readonly string[], b: readonly string[]): boolean => b.length > 0 && b.every((stem) => a.includes(stem)) && (wider || a.every((stem) => b.includes(stem)));
  // "is collected" = "gets collected": a passive's "get" is no word of the condition's own.
  const own = (condition: Condition): string[] => ownStems(condition).filter((stem) => !GET_PASSIVE.has(stem));
  return gained.every((condition) => lost.some((old) => same(own(old), own(condition))));
}

const GET_PASSIVE = new Set(['get', 'got', 'gotten', 'getting'].map(normaliseWord));

/** Verbs that say "does not have" in one word, in a relative clause ("who lacks a badge", "that is missing a label"). */
const LACKING = /\b(?:who|that|which)\s+(?:lacks?|lacking|(?:is|are) missing)\b/gi;

function lackingVerbs(text: string): number {
  return text.match(LACKING)?.length ?? 0;
}

/**
 * "Quarantine new fish for 45 days, and longer if any sign of disease appears", "Check the doors
 * daily, and more often when the wind is high": the condition governs a demand added on top of the
 * kept one ("and longer", "and again"), not the rule, which holds as before in every case.
 */
function extendsTheDuty(text: string, condition: Condition): boolean {
  const marker = condition.marker.replace(/\s+/g, '\\s+');
  return new RegExp(`\\b(?:and|or)\\s+(?:even\\s+|also\\s+)?(?:for\\s+)?(?:longer|more|again|further|sooner|earlier|more often|more frequently|as well|too|additionally|also)\\s*,?\\s+${marker}\\b`, 'i').test(text);
}

/** A grant with no negation in its main clause. */
const GRANTS = /\b(?:may|can|could|(?:is|are) (?:allowed|permitted|free) to)\b/i;
/** A case that waits for no refusal: "provided the client has not objected", "unless they have opted out". */
const NO_REFUSAL = /\b(?:not|never)\s+(?:yet\s+)?(?:objected|object|refused|refuse|declined|decline|opted out|opt out|said no|withdrawn (?:their |his |her )?consent)\b/i;
/** A case that waits for consent: "has agreed to it in writing", "has consented", "has given written consent". */
const CONSENT = /\b(?:agreed|agrees|agree|consented|consents|consent|approved|approves|opted in|opts in|signed|confirmed|given (?:their |his |her |written |explicit )*(?:consent|permission|approval))\b/i;

/**
 * A permission that waited for no objection now waits for consent ("may use a glossary tool,
 * provided that the client has not objected" -> "... has agreed to it in writing"): the grant
 * needs more before it holds, which is stricter, though a "not" left its condition.
 */
function consentNowAsked(previous: string, next: string): boolean {
  const main = (text: string) => text.split(/,?\s+(?:provided|providing|if|unless|as long as|so long as|once|when)\b/i)[0] ?? text;
  return GRANTS.test(main(previous)) && !/\b(?:not|never|no)\b|n't\b/i.test(main(previous)) && GRANTS.test(main(next)) && !/\b(?:not|never|no)\b|n't\b/i.test(main(next)) && NO_REFUSAL.test(previous) && !NO_REFUSAL.test(next) && CONSENT.test(next);
}

/**
 * "must not leave the classroom without a teacher's permission" -> "Unless a teacher gives
 * permission, children must remain in the classroom": the new "unless" says the old "without"
 * again (all its words but one among the few after that "without", which the new text dropped).
 */
function restatesWithout(stems: readonly string[], group: StatementGroup): boolean {
  if (group.next.some((statement) => statement.words.includes('without'))) return false;
  const after = new Set(group.previous.flatMap(({ words }) => words.flatMap((word, i) => (word === 'without' ? words.slice(i + 1, i + 6).map(normaliseWord) : []))));
  const shared = stems.filter((stem) => after.has(stem)).length;
  return shared >= 1 && shared >= stems.length - 1;
}

export function findConditionChanges(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    // "Verify X before Y" = "Do not Y until X" = "Only Y once X": the same order said another way.
    if (saysSameOrder(group)) continue;
    const where = quote(group.nextText);
    // "until the vet has been informed" -> "if the vet asks for it": the event the rule waits for changed.
    const bound = boundChange(group);
    if (bound) {
      if (bound.condition) reasons.push({ code: 'condition-changed', message: `condition changed: "${bound.bound}" -> "${bound.condition.words.join(' ')}" in ${where}` });
      continue;
    }
    const before = tally(group.previous.flatMap((statement) => statement.conditions));
    const after = tally(group.next.flatMap((statement) => statement.conditions));
    const lost = [...before].filter(([kind, list]) => list.length > (after.get(kind)?.length ?? 0)).map(([kind]) => kind);
    const gained = [...after].filter(([kind, list]) => list.length > (before.get(kind)?.length ?? 0)).map(([kind]) => kind);
    // "must not enter unless they hold a badge" -> "may enter only if they hold a badge": the prohibition's exception said as the grant's only case.
    const limitedGrant = isLimitedGrantOfException(group.previous.map((statement) => statement.text), group.next.map((statement) => statement.text));
    // "must not use the lathe unless a tutor is present" -> "use the lathe only with a tutor present": the company still demanded (_company-kept.ts).
    const sameCase = (from: ConditionKind, to: ConditionKind): boolean =>
      from === 'unless' && to === 'only-if'
      && (companyStillDemanded(group.previousText, group.nextText) || (limitedGrant && (after.get(to) ?? []).every((now) => ownStems(now).every((stem) => (before.get(from) ?? []).some((old) => old.stems.includes(stem))))));
    const flip = lost.flatMap((kind) => gained.filter((other) => FLIPS[kind].includes(other) && !onlyMarkerWidened(before.get(kind) ?? [], after.get(other) ?? [], kind, other, group.nextText) && !sameCase(kind, other)).map((other) => [kind, other] as const))[0];
    if (flip) {
      const from = before.get(flip[0])?.[0]?.marker ?? flip[0];
      const to = after.get(flip[1])?.[0]?.marker ?? flip[1];
      reasons.push({ code: 'condition-changed', message: `condition changed: "${from}" -> "${to}" in ${where}` });
      continue;
    }
    // "respond only with the rate card" -> "give only the rate card": the "only" still limits the same thing.
    // "Samples leave the store only with a completed form" -> "Every sample that goes out travels with its form
    // filled in": the limit said of every thing, with the same preposition before the same source (round 44b).
    const stillOnly = (before.get('only-if') ?? []).every((condition) => condition.marker === 'only with' && ((/\bonly\b|\bnothing else\b/i.test(group.nextText) && ownStems(condition).some((stem) => stemSet(group.nextText).has(stem))) || onlySaidAsEvery(group)));
    if (lost.includes('only-if') && gained.length === 0 && !stillOnly) {
      const marker = before.get('only-if')?.[0]?.marker ?? 'only if';
      reasons.push({ code: 'condition-changed', message: `condition dropped: "${marker}" no longer limits ${where}` });
      continue;
    }
    // "when the margin call has not been met" -> "... and the client cannot be reached": a kept
    // condition that gained a conjunct narrows the rule, whatever negation the conjunct brings.
    const grants = group.next.some((statement) => grantsInMainClause(statement) && statement.mainNegations.length === 0);
    // A group of more old sentences than new ones is a join: the other old sentences' words reach the new condition by the join.
    const joinedFrom = group.previous.length > group.next.length ? group.previous : [];
    const narrowed = grants ? null : narrowedCondition(group.previous.flatMap((s) => s.conditions), group.next.flatMap((s) => s.conditions), stemSet(group.previousText), joinedFrom, group.next);
    if (narrowed) {
      reasons.push({ code: 'condition-narrowed', message: `condition narrowed: ${quote(narrowed.words.join(' '))} now limits ${where}` });
      continue;
    }
    const hadConditions = group.previous.some((statement) => statement.conditions.length > 0);
    const hasConditions = group.next.some((statement) => statement.conditions.length > 0);
    // "a scaffold that lacks a green tag" = "that does not have a green tag": a verb of lacking is a "not have".
    const negatedBefore = group.previous.flatMap((statement) => statement.conditionNegations).length + lackingVerbs(group.previousText);
    const negatedAfter = group.next.flatMap((statement) => statement.conditionNegations).length + lackingVerbs(group.nextText);
    // A "not" that appeared in or left a condition or relative clause ("customers who ask" ->
    // "customers who do not ask"); a main-clause change is negation-*'s business.
    const mainChanged = group.previous.some((s) => s.mainNegations.length > 0) !== group.next.some((s) => s.mainNegations.length > 0);
    // The sentence's own negations must change too: a "not" read in the rule in one version and in
    // a relative clause in the other ("that are not in the docs" / "the docs do not list") is one.
    const totalBefore = negatedBefore + group.previous.flatMap((s) => s.mainNegations).length;
    const totalAfter = negatedAfter + group.next.flatMap((s) => s.mainNegations).length;
    // "a delayed bag" -> "luggage that has not arrived", "has not returned" -> "is still out": a "not" that describes.
    const previousConditions = group.previous.flatMap((s) => s.conditions);
    const nextConditions = group.next.flatMap((s) => s.conditions);
    const describes = negatedAfter > negatedBefore
      ? negationOnlyDescribes(nextConditions, previousConditions)
      : negationOnlyDescribes(previousConditions, nextConditions);
    if ((hadConditions || hasConditions || negatedBefore + negatedAfter > 0) && !mainChanged && negatedBefore % 2 !== negatedAfter % 2 && totalBefore % 2 !== totalAfter % 2 && !consentNowAsked(group.previousText, group.nextText) && !describes) {
      reasons.push({ code: 'condition-changed', message: `condition negated: ${negatedAfter > negatedBefore ? 'a "not" was added to' : 'the "not" went from'} the condition in ${where}` });
      continue;
    }
    // A new if/when condition that brings words of its own narrows when the rule applies.
    const oldStems = stemSet(group.previousText);
    const oldConditionStems = new Set(group.previous.flatMap((statement) => statement.conditions.flatMap((condition) => condition.stems)));
    const narrowing = gained
      // "whenever" added without a condition lost widens when the rule applies: stricter; unless it
      // took the place of "at all times"/"always" ("wear a gown at all times" -> "whenever they
      // are handling product"): then the rule holds in fewer moments than before.
      .filter((kind) => kind === 'if' || kind === 'only-if' || (kind === 'whenever' && ALWAYS.test(group.previousText) && !ALWAYS.test(group.nextText)))
      .flatMap((kind) => after.get(kind) ?? [])
      // "when a person enters the aisle or a sensor fails" -> "if someone walks into the aisle, or
      // if a sensor fails": one condition split in two, each still about the old one's things.
      .filter((condition) => !(before.has(condition.kind) || before.has('if')) || !condition.stems.some((stem) => oldConditionStems.has(stem)))
      .find((condition) => ((ownStems(condition).some((stem) => !oldStems.has(stem)) && !restatesWhatTheRuleCovers(condition, oldStems, group.next) && !extendsTheDuty(group.nextText, condition)) || (HABIT.test(condition.words.join(' ')) && !HABIT.test(group.previousText.toLowerCase())))
        // "..., and clear jams only with the engine off": the case of a duty appended, not of the rule.
        && !group.next.some((statement) => statement.conditions.includes(condition) && conditionOnAnAppendedAct(group.previousText, statement, condition)));
    // "Engineers may merge after one approval" -> "... only after two approvals": a grant kept and
    // given a condition is granted in fewer cases, stricter.
    const grantKept = grants && group.previous.some((statement) => grantsInMainClause(statement) && statement.mainNegations.length === 0);
    // "used only by certified staff" -> "..., and only after a second check": one more "only" on a
    // restriction, stricter (_restriction-kept.ts).
    // "Never enter the silo alone" -> "Enter the silo only with a colleague": the company it demanded (_company-kept.ts).
    if (narrowing && lost.length === 0 && !grantKept && !restrictionTightened(group.previous, group.next, narrowing) && !caseIsTheCompanyKept(group.previousText, group.nextText, narrowing.words)) {
      reasons.push({ code: 'condition-added', message: `condition added: "${narrowing.marker} …" now limits ${where}` });
      continue;
    }
    // "Refuse a rental if ..., unless they pay the young driver fee": a new exception, with words
    // of its own, lets the rule off in a case; in a permission it takes a case away (stricter).
    const exception = gained.includes('unless') && lost.length === 0 ? (after.get('unless') ?? []).find((condition) => condition.stems.some((stem) => !oldStems.has(stem))) : undefined;
    if (exception && !grants && !restatesWithout(exception.stems.filter((stem) => stem !== 'unless'), group) && !caseIsTheCompanyKept(group.previousText, group.nextText, exception.words)) {
      reasons.push({ code: 'condition-added', message: `condition added: an exception "${exception.words.join(' ')}" now lets off ${where}` });
    }
  }
  return reasons;
}

// A long clause is read around its change (_change-window.ts), so a sentence added at the end of
// a 200-sentence handbook that does what a prohibition 40 blocks above forbids ("## Data ... Never
// delete customer records ..." + "Delete customer records after 30 days.") was read against the
// nearby rules only, and passed. Here each sentence the window reads as added is also read against
// the old version's prohibitions and duties outside the window, with the reading reason-added-rule.ts
// gives the ones inside it. Linear in the clause: the old version's prohibitions are indexed once
// by the verb they forbid, its duties by their stems, and each added sentence looks up its own. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { standsIn } from './_repeated-sentences.ts';
import { isContent, readStatement, type Statement } from './_statements.ts';
import { negatesRefusal, saysSameNoInOtherWords } from './_polarity.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { normaliseWord, quote, splitSentences } from './_text.ts';
import { findAddedRules, forbiddenVerb } from './reason-added-rule.ts';
import { ruleKind } from './_rule-kind.ts';

/**
 * Words that make a prohibition hold only in some case ("Never log a ticket without a note", "Do
 * not refund unless ..."): whether a sentence far away breaks it turns on that case, which only
 * the reading near the change weighs. On a generated 400-sentence handbook, read through
 * reason-added-rule's own test, 16 of 30 benign sentences appended ("Agents must log each callback
 * in the CRM") read as contradicting such a rule 100 sentences away.
 */
const CASED = new Set(['without', 'unless', 'if', 'when', 'whenever', 'except', 'only', 'until', 'before', 'after', 'while', 'once']);

/** A prohibition said outright: a "no" of its own (not a grant's "without approval"), in no case. */
function isOutright(rule: Statement): boolean {
  return rule.mainNegations.some((word) => word !== 'without') && !rule.words.some((word) => CASED.has(word));
}

/** Content stems from just after `at` to the end of its clause: what the verb at `at` is done to. */
function objectAfter(words: readonly string[], at: number): Set<string> {
  const stems = new Set<string>();
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^[,;:]$/.test(word) || CASED.has(word)) break;
    if (isContent(word)) stems.add(normaliseWord(word));
  }
  return stems;
}

/**
 * Whether `added` does outright what the far `rule` forbids with `verb`: the verb as the act it
 * demands (not in a clause of its own case), done to a thing the rule's verb is done to ("Never
 * delete customer records." + "Delete customer records after 30 days."). A pronoun or nothing
 * named does not count here: far away, "it" is something near.
 */
function breaksFarProhibition(added: Statement, rule: Statement, verb: string): boolean {
  if (saysSameNoInOtherWords(rule, added)) return false;
  // A new "never"/"not" is a new prohibition, stricter, unless it negates a refusal ("are not declined").
  if (added.mainNegations.some((word) => word !== 'without') && !negatesRefusal(added)) return false;
  const ruleAt = rule.words.findIndex((word) => isContent(word) && normaliseWord(word) === verb);
  const forbidden = objectAfter(rule.words, ruleAt);
  return added.words.some((word, at) => {
    if (!isContent(word) || normaliseWord(word) !== verb) return false;
    const before = added.words.slice(0, at);
    const clauseStart = before.findLastIndex((w) => /^[,;:]$/.test(w));
    if (before.slice(clauseStart + 1).some((w) => CASED.has(w))) return false;
    return [...objectAfter(added.words, at)].some((stem) => stem !== verb && forbidden.has(stem));
  });
}

interface FarRules {
  /** Prohibitions by the stem of the verb each forbids. */
  prohibitions: Map<string, Statement[]>;
  /** Duties by the stem of the verb each demands ("screen" in "is screened before release"). */
  duties: Map<string, Statement[]>;
}

const push = (index: Map<string, Statement[]>, key: string, rule: Statement) => index.set(key, [...(index.get(key) ?? []), rule]);

/**
 * The old version's rules outside the window, indexed. Only sentences sharing a word with what was
 * added are read as statements: a word lookup is cheap, a statement reading of every sentence of
 * an 800-sentence clause is not.
 */
function farRules(previous: string, oldWindow: string, wanted: ReadonlySet<string>): FarRules {
  const inWindow = standsIn(splitSentences(oldWindow));
  const rules: FarRules = { prohibitions: new Map(), duties: new Map() };
  for (const sentence of splitSentences(previous)) {
    if (inWindow(sentence)) continue;
    if (!sentence.toLowerCase().split(/[^a-z']+/).some((word) => word !== '' && wanted.has(normaliseWord(word)))) continue;
    const rule = readStatement(sentence);
    const kind = ruleKind(rule);
    const demanded = kind === 'duty' ? dutyVerb(rule) : null;
    if (demanded !== null) push(rules.duties, demanded, rule);
    const verb = kind === 'prohibition' && isOutright(rule) ? forbiddenVerb(rule) : null;
    if (verb !== null) push(rules.prohibitions, verb, rule);
  }
  return rules;
}

/** The far prohibition an added sentence breaks, looked up by the verbs it says. */
function farProhibitionBroken(statement: Statement, rules: FarRules): Statement | null {
  for (const stem of new Set(statement.stems)) {
    const broken = (rules.prohibitions.get(stem) ?? []).find((rule) => breaksFarProhibition(statement, rule, stem));
    if (broken) return broken;
  }
  return null;
}

/** Words before the verb a duty demands: a modal ("must check"), a passive's "be" ("is screened"). */
const DEMANDS = new Set(['must', 'should', 'shall', 'always', 'need', 'needs', 'is', 'are', 'be', 'gets', 'get']);
/** Words that say an act is left out ("released without screening", "skip the check"). */
const LEAVES_OUT = new Set(['without', 'no', 'skip', 'skips', 'skipping', 'bypass', 'bypassing', 'omit', 'omitting']);

/** The stem of the verb a duty demands: the content word after its modal or "be", else its opening imperative. */
function dutyVerb(rule: Statement): string | null {
  const at = rule.words.findIndex((word) => DEMANDS.has(word));
  const from = at >= 0 ? at + 1 : 0;
  const verb = rule.words.slice(from).find((word) => isContent(word) && !DEMANDS.has(word));
  return verb === undefined || (at < 0 && rule.words[0] !== verb) ? null : normaliseWord(verb);
}

/**
 * The far duties an added sentence may skip: those demanding the act named right after its
 * "without"/"skip" ("released without screening" beside "is screened before release"), and sharing
 * another word with it, the act aside.
 */
function dutiesFor(statement: Statement, rules: FarRules): Statement[] {
  const at = statement.words.findIndex((word) => LEAVES_OUT.has(word));
  if (at < 0) return [];
  const skipped = statement.words.slice(at + 1).find(isContent);
  if (skipped === undefined) return [];
  const act = normaliseWord(skipped);
  const stems = new Set(statement.stems);
  return (rules.duties.get(act) ?? []).filter((duty) => duty.stems.some((stem) => stem !== act && stems.has(stem)));
}

/**
 * `contradiction` reasons for the window's added sentences against prohibitions of the old
 * version outside the window, for sentences `found` (the window's own reasons) does not already
 * quote. Nothing when the window is the whole clause.
 */
export function findFarContradictions(previous: string, window: readonly [string, string], found: readonly Reason[]): Reason[] {
  const [oldWindow, newWindow] = window;
  // A window is cut on both sides or not at all: an old text read whole leaves nothing outside.
  if (oldWindow === previous) return [];
  const added = alignSentences(oldWindow, newWindow).added.filter((sentence) => !found.some((reason) => reason.message.includes(quote(sentence, 70))));
  if (added.length === 0) return [];
  const statements = added.map((sentence) => readStatement(sentence, oldWindow));
  const index = farRules(previous, oldWindow, new Set(statements.flatMap((statement) => statement.stems)));
  return statements.flatMap((statement): Reason[] => {
    const broken = farProhibitionBroken(statement, index);
    if (broken) return [{ code: 'contradiction', message: `contradiction: ${quote(statement.text, 70)} against ${quote(broken.text, 70)}` }];
    // A duty skipped is read as reason-added-rule reads it near the change, with those duties kept.
    const duties = dutiesFor(statement, index);
    if (duties.length === 0) return [];
    const input: StatementDiffInput = {
      groups: duties.map((rule) => ({ previous: [rule], next: [rule], previousText: rule.text, nextText: rule.text })),
      removed: [],
      added: [statement],
      previousText: oldWindow,
      nextText: newWindow,
    };
    return findAddedRules(input).filter((reason) => reason.code === 'contradiction').slice(0, 1);
  });
}

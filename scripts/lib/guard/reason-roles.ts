// `roles-swapped`: who does what to whom turned round while every word stayed ("the agent verifies
// the customer" -> "the customer verifies the agent"). Two words trade places around a word that
// stays between them, each taking the other's slot (the word before it). A passive rewrite ("is
// approved by a lead" -> "a lead approves") changes the slots, so it does not count. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { findContrastSwap, findTrailingContrastSwap } from './_contrast-swap.ts';
import { listReordered } from './_list-order.ts';
import { transposedPair } from './_transposed-pair.ts';
import { exchangedEverywhere } from './_exchanged-everywhere.ts';
import { isContent, type Statement } from './_statements.ts';
import { pronounParty } from './_pronoun-cases.ts';
import { normaliseWord, NOUN_DETERMINERS, quote } from './_text.ts';

interface Token {
  stem: string;
  content: boolean;
  /** The word before it, or "^" at the start. */
  slot: string;
}

/** Each statement's tokens, read once: the swap checks read every statement of a pair several times. */
const tokensRead = [new WeakMap<Statement, readonly Token[]>(), new WeakMap<Statement, readonly Token[]>()] as const;

function tokens(statement: Statement, distinguish = false): readonly Token[] {
  const read = tokensRead[distinguish ? 1 : 0];
  let found = read.get(statement);
  if (!found) {
    found = readTokens(statement, distinguish);
    read.set(statement, found);
  }
  return found;
}

function readTokens(statement: Statement, distinguish: boolean, kept: ReadonlySet<string> | null = null): Token[] {
  const { words } = statement;
  // "IT", "HR", "QA" written in capitals name a team, not the pronoun "it".
  const names = new Set([...statement.text.matchAll(/\b[A-Z]{2,}\b/g)].map((match) => match[0].toLowerCase()));
  // "signaller" and "signal" share a stem: two words of one sentence are told apart by how they
  // are written when asked (a last reading, after the phrase readings that quote whole parties).
  const writtenFor = new Map<string, Set<string>>();
  for (const word of words) writtenFor.set(normaliseWord(word), (writtenFor.get(normaliseWord(word)) ?? new Set()).add(word));
  const stemOf = (word: string): string => (distinguish && (writtenFor.get(normaliseWord(word))?.size ?? 0) > 1 ? word : normaliseWord(word));
  return words.map((word, i) => {
    // The slot is the word before the word's determiners.
    let before = i - 1;
    while (before >= 0 && (NOUN_DETERMINERS.has(words[before] ?? '') || (kept !== null && isContent(words[before] ?? '') && !kept.has(normaliseWord(words[before] ?? ''))))) before--;
    // "us" and "we" are one party in either case, a role like any noun's (`_pronoun-cases.ts`, round 29b).
    const party = pronounParty(word);
    const slotWord = before >= 0 ? (words[before] ?? '') : '';
    return { stem: party ?? stemOf(word), content: party !== null || isContent(word) || names.has(word), slot: before >= 0 ? (pronounParty(slotWord) ?? stemOf(slotWord)) : '^' };
  });
}

/** Whether some content word stands between positions [from, to) in one reading and [from2, to2) in the other. */
function staysBetween(before: readonly Token[], after: readonly Token[], range0: [number, number], range1: [number, number], ignore: ReadonlySet<string> = new Set()): boolean {
  const inside = new Set(before.slice(range0[0] + 1, range0[1]).filter((token) => token.content && !ignore.has(token.stem)).map((token) => token.stem));
  return after.slice(range1[0] + 1, range1[1]).some((token) => token.content && inside.has(token.stem));
}

function uniquePositions(list: readonly Token[]): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  list.forEach((token, i) => {
    if (!token.content) return;
    if (seen.has(token.stem)) repeated.add(token.stem);
    seen.set(token.stem, i);
  });
  for (const stem of repeated) seen.delete(stem);
  return seen;
}

/** The two words that swapped roles between two readings of one sentence, or null. */
export function findSwappedRoles(previous: Statement, next: Statement, distinguish = false, keptSlots = false): [string, string] | null {
  if (previous.passive !== next.passive) return null;
  const before = keptSlots ? readTokens(previous, distinguish, new Set(next.words.map(normaliseWord))) : tokens(previous, distinguish);
  const after = keptSlots ? readTokens(next, distinguish, new Set(previous.words.map(normaliseWord))) : tokens(next, distinguish);
  const inBefore = uniquePositions(before);
  const inAfter = uniquePositions(after);
  const shared = [...inBefore.keys()].filter((stem) => inAfter.has(stem));
  for (const a of shared) {
    for (const b of shared) {
      const a0 = inBefore.get(a) ?? 0;
      const b0 = inBefore.get(b) ?? 0;
      const a1 = inAfter.get(a) ?? 0;
      const b1 = inAfter.get(b) ?? 0;
      if (!(a0 < b0 && b1 < a1)) continue;
      if (before[a0]?.slot !== after[b1]?.slot || before[b0]?.slot !== after[a1]?.slot) continue;
      // A word repeated in the sentence ("the dispute ... the dispute fee") still stays between them.
      // The word both sat after ("security incidents to the security team" -> "the security team
      // about any security incident") is their shared modifier, not a verb between two roles.
      const sharedModifier = before[a0]?.slot === before[b0]?.slot ? new Set([before[a0]?.slot ?? '']) : new Set<string>();
      const stays = staysBetween(before, after, [a0, b0], [b1, a1], sharedModifier);
      const shown = (word: string): string => (new RegExp(`\\b${word.toUpperCase()}\\b`).test(previous.text) ? word.toUpperCase() : word);
      if (stays) return [shown(previous.words[a0] ?? a), shown(previous.words[b0] ?? b)];
    }
  }
  return null;
}

/** The most content stems the two versions may differ by for a swap read around a dropped modifier. */
const MOST_WORDS_DROPPED = 2;

/**
 * Two parties swapped where a content word beside one of them was dropped or added ("The convention
 * judges score each act, and the audience vote decides only the people's prize" -> "The audience vote
 * scores each act, and the judges decide only the people's prize"; "The manager counts the till while
 * a second member of staff watches" -> "A member of staff counts the till while the manager watches"):
 * each word's slot is read past the content words the other version does not say. Only when the two
 * versions otherwise say the same content words (at most two apart) and neither word is a figure: a
 * rewording that changes more words ("Reply to retailer complaints" -> "Every complaint from a
 * retailer gets an answer") or trades units ("three hours" -> "180 minutes") moves words without
 * trading roles (round 48a, v71's roles; fired on 4 benign edits of the read sets without these limits).
 */
function findSwappedAroundDroppedWords(previous: Statement, next: Statement): [string, string] | null {
  const [old, now] = [new Set(previous.stems), new Set(next.stems)];
  const apart = [...old].filter((stem) => !now.has(stem)).length + [...now].filter((stem) => !old.has(stem)).length;
  if (apart === 0 || apart > MOST_WORDS_DROPPED) return null;
  const swapped = findSwappedRoles(previous, next, false, true);
  return swapped && swapped.every((word) => !/\d/.test(word)) ? swapped : null;
}

/**
 * Two words named more than once that traded every place ("the recipient signs on the driver's
 * handheld and the driver checks the recipient's photo ID" -> "the driver signs on the recipient's
 * handheld and the recipient checks the driver's photo ID"): the new content words are exactly the
 * old ones with the two exchanged, and a content word stands between them (so "refunds and
 * exchanges" -> "exchanges and refunds" is no swap). Returns the two words, or null.
 */
function findExchangedWords(previous: Statement, next: Statement): [string, string] | null {
  if (previous.passive !== next.passive) return null;
  const before = tokens(previous).filter((token) => token.content).map((token) => token.stem);
  const after = tokens(next).filter((token) => token.content).map((token) => token.stem);
  if (before.length !== after.length) return null;
  const differs = before.flatMap((stem, i) => (stem === after[i] ? [] : [i]));
  if (differs.length < 3) return null; // one pair exchanged once is findSwappedRoles' to read
  const first = before[differs[0] ?? 0];
  const second = after[differs[0] ?? 0];
  if (!first || !second || first === second) return null;
  const exchanged = before.map((stem) => (stem === first ? second : stem === second ? first : stem));
  if (exchanged.some((stem, i) => stem !== after[i])) return null;
  const at = before.indexOf(first);
  const other = before.indexOf(second);
  // Side by side they may be a list said the other way ("refunds and exchanges"); a preposition
  // between them makes them two roles of one act ("add lye to water, never water to lye", round 22b).
  if (Math.abs(at - other) < 2 && !rolesApart(previous.words, first, second)) return null;
  return [previous.words.find((word) => normaliseWord(word) === first) ?? first, previous.words.find((word) => normaliseWord(word) === second) ?? second];
}

/** Words joining two things as one list: the things on either side of them play no two roles. */
const LIST_JOINERS = new Set(['and', 'or', 'nor', '&', ',', 'the', 'a', 'an', 'both', 'either', 'neither', 'then', 'plus', 'as', 'well']);

/** Whether every time the two stems stand side by side, a word other than a list joiner stands between them. */
function rolesApart(words: readonly string[], first: string, second: string): boolean {
  const stems = words.map(normaliseWord);
  let pairs = 0;
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== first && stems[i] !== second) continue;
    const j = stems.findIndex((stem, k) => k > i && (stem === first || stem === second));
    if (j < 0 || stems[j] === stems[i]) continue;
    const between = words.slice(i + 1, j).map((word) => word.toLowerCase());
    if (between.length === 0 || between.every((word) => LIST_JOINERS.has(word))) return false;
    pairs++;
  }
  return pairs > 0;
}

/** Words that open a clause of its own: two phrases on either side of one do different things. */
const SUBORDINATORS = new Set(['once', 'when', 'whenever', 'after', 'before', 'until', 'unless', 'if', 'while', 'because', 'since', 'whereas']);

/**
 * Two noun phrases that traded places around words that stayed between them ("The requester's
 * manager approves the request, and the security team grants the access" -> "The security team
 * approves the request, and the requester's manager grants the access"): the new content words are
 * the old ones with a run A, a middle M and a run B read as B, M, A. The middle must hold a content
 * word, so "log the call and email the customer" -> "email the customer and log the call" (two
 * duties reordered) is no swap. Returns the two phrases, or null.
 */
function findExchangedPhrases(previous: Statement, next: Statement): [string, string] | null {
  // Every word kept, only their order changed: a voice change brings "by", "to", "is" with it
  // ("Support agents must not read private messages" -> "Private messages must not be read by
  // support agents"), and other words say something else.
  if ([...previous.words].sort().join(' ') !== [...next.words].sort().join(' ')) return null;
  const contentAt = tokens(previous).flatMap((token, i) => (token.content ? [i] : []));
  const contentAtNext = tokens(next).flatMap((token, i) => (token.content ? [i] : []));
  const before = tokens(previous).filter((token) => token.content).map((token) => token.stem);
  const after = tokens(next).filter((token) => token.content).map((token) => token.stem);
  const written = (from: number, length: number): string => contentAt.slice(from, from + length).map((i) => previous.words[i] ?? '').join(' ');
  let first = 0;
  while (first < before.length && before[first] === after[first]) first++;
  let last = before.length - 1;
  while (last > first && before[last] === after[last]) last--;
  const window = before.slice(first, last + 1);
  const turned = after.slice(first, last + 1).join(' ');
  if (window.length < 3) return null;
  for (let a = 1; a < window.length; a++) {
    for (let b = 1; a + b <= window.length; b++) {
      const runA = window.slice(0, a);
      const runB = window.slice(window.length - b);
      const middle = window.slice(a, window.length - b);
      // Runs of one word each are findSwappedRoles' and findExchangedWords' to read.
      if (a + b < 3 || [...runB, ...middle, ...runA].join(' ') !== turned) continue;
      if (runA.some((stem) => runB.includes(stem))) continue;
      // With no content word between them, a subordinator still puts them in two clauses ("granted
      // by the platform team once the data owner has approved"): each is the doer of its own verb.
      // The subordinator stays where it was: a condition moved to the front ("X when Y" -> "When Y,
      // X") takes its word with it.
      const between = previous.words.slice((contentAt[first + a - 1] ?? 0) + 1, contentAt[last + 1 - b] ?? 0);
      const betweenNow = next.words.slice((contentAtNext[first + b - 1] ?? 0) + 1, contentAtNext[last + 1 - a] ?? 0);
      const bare = (words: readonly string[]): string => words.filter((word) => !NOUN_DETERMINERS.has(word)).join(' ');
      if (middle.length === 0 && (!between.some((word) => SUBORDINATORS.has(word)) || bare(between) !== bare(betweenNow))) continue;
      return [written(first, a), written(last + 1 - b, b)];
    }
  }
  return null;
}

/** Two parties of unequal length exchanged in every place they are named (`_exchanged-everywhere.ts`). */
function findExchangedEverywhere(previous: Statement, next: Statement): [string, string] | null {
  if (previous.passive !== next.passive) return null;
  const read = tokens(previous);
  const contentAt = read.flatMap((token, i) => (token.content ? [i] : []));
  const before = contentAt.map((i) => read[i]?.stem ?? '');
  const after = tokens(next).filter((token) => token.content).map((token) => token.stem);
  const written = contentAt.map((i) => previous.words[i] ?? '');
  const between = contentAt.map((i, k) => previous.words.slice(k === 0 ? 0 : (contentAt[k - 1] ?? 0) + 1, i));
  return exchangedEverywhere(before, after, written, between);
}

/** One reason per one-to-one aligned sentence whose actors swapped. */
export function findRolesSwapped(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    // "needs a flight plan, a battery check and a weather briefing" -> "a weather briefing, ... and a flight plan".
    if (listReordered(previous.text, next.text)) continue;
    const swapped = findSwappedRoles(previous, next) ?? findExchangedWords(previous, next) ?? findExchangedPhrases(previous, next) ?? findExchangedEverywhere(previous, next) ?? findContrastSwap(previous.words, next.words) ?? findSwappedRoles(previous, next, true) ?? transposedPair(previous.words, next.words) ?? findTrailingContrastSwap(previous.words, next.words) ?? findSwappedAroundDroppedWords(previous, next);
    if (swapped) {
      reasons.push({ code: 'roles-swapped', message: `roles swapped: "${swapped[0]}" and "${swapped[1]}" traded places in ${quote(group.nextText)}` });
    }
  }
  // Two old sentences aligned with one new one (the second rewritten round the same parties: "The officer tells
  // the competitors when they may start; competitors do not start on their own count" -> "The competitors tell
  // the officer when they will start; ..."): a swap read between one of them and the new sentence (round 47a, v68's roles).
  for (const group of input.groups) {
    const [next] = group.next;
    if (group.previous.length < 2 || group.next.length !== 1 || !next) continue;
    // Parties, not figures: "after 18:40" read against "18:30" trades no roles.
    const swapped = group.previous.map((previous) => findSwappedRoles(previous, next)).find((found) => found !== null && found.every((word) => !/\d/.test(word)));
    if (swapped) reasons.push({ code: 'roles-swapped', message: `roles swapped: "${swapped[0]}" and "${swapped[1]}" traded places in ${quote(group.nextText)}` });
  }
  return reasons;
}

// `opposite-word`: a kept rule says one of its words as its opposite ("Share the draft with
// internal reviewers" -> "external reviewers", "Lock the cabinet" -> "Unlock the cabinet", "six
// years after the matter closes" -> "opens"). Every other word stays, so the score stays high and
// no statement reading sees a change: the rule now covers, or does, the other thing. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { normaliseWord, quote } from './_text.ts';

/**
 * Pairs of opposites a policy turns on: who is inside, what is shown, what is done or undone,
 * which end of a period. Order words (before/after, first/last, above/below, most/least) are the
 * order detector's; must/may and always/never the modal and negation detectors'.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['internal', 'external'], ['private', 'public'], ['inside', 'outside'], ['inbound', 'outbound'], ['incoming', 'outgoing'],
  ['lock', 'unlock'], ['encrypt', 'decrypt'], ['enable', 'disable'], ['include', 'exclude'], ['accept', 'reject'],
  ['approve', 'reject'], ['grant', 'revoke'], ['allow', 'block'], ['allow', 'deny'], ['add', 'remove'], ['open', 'close'],
  ['opened', 'closed'], ['start', 'end'], ['begin', 'end'], ['arrive', 'depart'], ['arrival', 'departure'], ['enter', 'exit'],
  ['pass', 'fail'], ['upload', 'download'], ['permanent', 'temporary'], ['visible', 'hidden'], ['online', 'offline'],
  ['present', 'absent'], ['full', 'partial'], ['weekday', 'weekend'], ['daytime', 'overnight'], ['safe', 'unsafe'],
  ['positive', 'negative'], ['confirmed', 'unconfirmed'], ['verified', 'unverified'], ['signed', 'unsigned'], ['sealed', 'unsealed'],
  ['encrypted', 'unencrypted'], ['supervised', 'unsupervised'], ['accompanied', 'unaccompanied'], ['attended', 'unattended'],
  ['clean', 'dirty'], ['hot', 'cold'], ['same', 'different'], ['increase', 'reduce'], ['upstairs', 'downstairs'],
  // "in" is the short "inside": "Do not allow smoking in the vehicle" -> "... outside the vehicle" (round 29b).
  ['in', 'outside'],
];

/** Each stem's opposites. */
const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of PAIRS) {
    const [x, y] = [normaliseWord(a), normaliseWord(b)];
    if (x === y) continue;
    map.set(x, new Set([...(map.get(x) ?? []), y]));
    map.set(y, new Set([...(map.get(y) ?? []), x]));
  }
  return map;
})();

const NEGATING = new Set(['not', 'no', 'never', 'without', 'none', 'nothing', 'nobody', 'neither', 'nor', 'unless', 'except']);

/** Whether both versions hold the same negating words (none, or the same ones as often). */
function sameNegations(oldWords: readonly string[], newWords: readonly string[]): boolean {
  const negations = (words: readonly string[]): string => words.filter((word) => NEGATING.has(word)).sort().join(' ');
  return negations(oldWords) === negations(newWords);
}

/**
 * A negative adjective and the word it negates ("unlicensed" / "licensed", "unheated" / "heated"),
 * either way round: any un- word whose rest is a word of four letters or more, not "under" or "uni".
 */
function prefixedOpposites(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.length >= 4 && long === `un${short}` && !/^(?:under|uni)/.test(long) && NEGATIVE_ADJECTIVE.test(long);
}

const NEGATIVE_ADJECTIVE = /^un[a-z]{4,}(?:ed|able|ible|ant|ent|ful|al|ic|ous|ive|y)$/;

/**
 * The words a "non-" prefix turns, each side: "non-bio detergent" -> "bio detergent", "non-slip
 * mats" -> "slip mats" (round 35b). Hyphenated or apart, one token or two.
 */
function nonPrefixed(words: readonly string[]): { prefixed: string[]; plain: string[] } {
  const prefixed: string[] = [];
  const plain: string[] = [];
  words.forEach((word, at) => {
    const joined = /^non-?([a-z][a-z-]{1,})$/.exec(word);
    if (joined?.[1] && !/^(?:e|sense|stop)$/.test(joined[1])) prefixed.push(joined[1]);
    else if (word === 'non' && words[at + 1]) prefixed.push(words[at + 1]!);
    else if (words[at - 1] !== 'non') plain.push(word);
  });
  return { prefixed, plain };
}

/** A word said with "non-" on one side and without it on the other, the count of the plain word changed by one. */
function nonPrefixTurned(oldWords: readonly string[], newWords: readonly string[]): { was: string; is: string } | null {
  const old = nonPrefixed(oldWords);
  const now = nonPrefixed(newWords);
  const count = (list: readonly string[], word: string): number => list.filter((other) => other === word).length;
  const dropped = old.prefixed.find((word) => count(now.prefixed, word) < count(old.prefixed, word) && count(now.plain, word) > count(old.plain, word));
  if (dropped) return { was: `non-${dropped}`, is: dropped };
  const added = now.prefixed.find((word) => count(old.prefixed, word) < count(now.prefixed, word) && count(old.plain, word) > count(now.plain, word));
  return added ? { was: added, is: `non-${added}` } : null;
}

/** Share of the old sentence's other words that must stay for the swap to be the only change. */
const MIN_KEPT = 0.6;

/** One reason per aligned group in which a word gave way to its opposite and most other words stayed. */
export function findOppositeWords(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const oldWords = group.previous.flatMap((statement) => statement.words);
    const newWords = group.next.flatMap((statement) => statement.words);
    const oldStems = new Set(oldWords.map(normaliseWord));
    const newStems = new Set(newWords.map(normaliseWord));
    // "Do not leave the door open" -> "Keep the door closed", "unsigned" -> "that have not been
    // signed": a word turned together with a negation says the same; the negation readings judge it.
    // A negation kept as it was ("Never hire ... to an unlicensed skipper" -> "... a licensed
    // skipper") turns nothing back: the word's turn is the change.
    if (!sameNegations(oldWords, newWords)) continue;
    const nonTurned = nonPrefixTurned(oldWords, newWords);
    if (nonTurned) {
      const rest = group.previous.flatMap((statement) => statement.stems).filter((other) => other !== 'non' && !other.startsWith('non-'));
      const kept = rest.filter((other) => newStems.has(other)).length;
      if (rest.length > 0 && kept / rest.length >= MIN_KEPT) {
        reasons.push({ code: 'opposite-word', message: `opposite word: "${nonTurned.was}" -> "${nonTurned.is}" in ${quote(group.nextText)}` });
        continue;
      }
    }
    for (const word of oldWords) {
      const stem = normaliseWord(word);
      if (newStems.has(stem)) continue;
      const opposite = newWords.find((other) => (OPPOSITES.get(stem)?.has(normaliseWord(other)) || prefixedOpposites(word, other)) && !oldStems.has(normaliseWord(other)));
      if (!opposite) continue;
      const rest = group.previous.flatMap((statement) => statement.stems).filter((other) => other !== stem);
      const kept = rest.filter((other) => newStems.has(other)).length;
      if (rest.length === 0 || kept / rest.length < MIN_KEPT) continue;
      reasons.push({ code: 'opposite-word', message: `opposite word: "${word}" -> "${opposite}" in ${quote(group.nextText)}` });
      break;
    }
  }
  return reasons;
}

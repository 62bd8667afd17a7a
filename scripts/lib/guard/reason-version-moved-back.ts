// `reference-removed` for a document, list or edition the rule points to moved back in time: "Quote
// haul-out prices from the yard's current tariff sheet" -> "from last season's tariff sheet" (v30),
// "the latest booking list" -> "yesterday's booking list", "the current edition of the gas
// regulations" -> "the previous edition". The thing named stays (its noun kept), so the reference
// and entity readings see nothing gone; the rule now points at a version that no longer holds.
// Read by form: a word of recency or of the version in force (current, latest, newest, up-to-date,
// most recent, this <time>'s, today's, approved, in force) before a noun of the old sentence, none in
// the new one, and a word of the past in the new one (last <time>'s, previous, old, former, earlier,
// outdated, superseded, expired, yesterday's; since round 40a also a version named by its place in
// time: "the first", "its original", a year, "from last summer", "from installation", "in force
// when the route opened"), the noun kept anywhere in the new sentence ("the current rate card" ->
// "the rates printed in the last member newsletter", v30; "this week's timetable on our website" ->
// "the printed timetable from last summer", v55), three content words kept. A recency said another
// way ("the most recent list") or a past said another way ("the previous year's") is none. Round
// 28b, widened in round 40a (v30, v40 and v55 held the forms it missed; no benign edit of a read set
// says any of them). Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

const TIMES = '(?:year|season|month|week|term|quarter|night|day|spring|summer|autumn|winter)';
/** Words that point at the version in force now. */
const RECENT = new RegExp(String.raw`\b(?:current|currently valid|latest|newest|up-to-date|up to date|most recent|this ${TIMES}'s|today's|live|approved|in force)\b`);
/** Words that point at a version before it. */
const PAST = new RegExp(
  String.raw`\b(?:last ${TIMES}'s|last|previous|prior|old|older|oldest|former|earlier|outdated|out-of-date|out of date|superseded|expired|yesterday's|the ${TIMES} before's|(?:the|its|their|our|your|[a-z]+'s) (?:first|original|initial)|(?:19|20)\d\d|from installation|(?:in force|valid|used) when [a-z ]+? (?:opened|started|began|launched|was installed|was built))\b`,
);

/** Content words both sentences hold, the time words aside. */
const KEPT_AROUND = 3;

function contentOf(sentence: string): Set<string> {
  return new Set(tokenizeWords(sentence).filter((word) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word) && !RECENT.test(word) && !PAST.test(word)).map(normaliseWord));
}

/** The recency word that went and the past word that came, or null. */
export function versionMovedBack(previous: string, next: string): { went: string; came: string } | null {
  const old = previous.toLowerCase().replace(/[’‘]/g, "'");
  const now = next.toLowerCase().replace(/[’‘]/g, "'");
  const went = RECENT.exec(old);
  const came = PAST.exec(now);
  if (!went || !came || RECENT.test(now) || PAST.test(old)) return null;
  // The noun the recency word stood before is kept after the past word ("current tariff sheet" / "last season's tariff sheet").
  const nounAfter = (text: string, end: number): string => tokenizeWords(text.slice(end)).find((word) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word)) ?? '';
  // The noun the recency word stood before is kept in the new sentence, after the past word or
  // anywhere else ("the printed timetable from last summer", round 40a).
  const head = nounAfter(old, went.index + went[0].length);
  if (head === '' || !tokenizeWords(now).some((word) => normaliseWord(word) === normaliseWord(head))) return null;
  const theirs = contentOf(next);
  const kept = [...contentOf(previous)].filter((stem) => theirs.has(stem));
  // "the patient's first" is quoted as its word of time, "first".
  return kept.length >= KEPT_AROUND ? { went: went[0], came: came[0].replace(/^(?:the|its|their|our|your|[a-z]+'s) (?=first|original|initial)/, '') } : null;
}

export function findVersionsMovedBack(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const moved = versionMovedBack(old, now);
    if (moved) reasons.push({ code: 'reference-removed', message: `reference moved back: "${moved.went}" became "${moved.came}", a version before the one in force, in ${quote(now)}` });
  }
  return reasons;
}

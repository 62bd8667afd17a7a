// `reference-removed` for a document, list or edition the rule points to moved back in time: "Quote
// haul-out prices from the yard's current tariff sheet" -> "from last season's tariff sheet" (v30),
// "the latest booking list" -> "yesterday's booking list", "the current edition of the gas
// regulations" -> "the previous edition". The thing named stays (its noun kept), so the reference
// and entity readings see nothing gone; the rule now points at a version that no longer holds.
// Read by form: a word of recency (current, latest, newest, up-to-date, most recent, this <time>'s,
// today's) before a kept noun in the old sentence, none in the new one, and a word of the past
// (last <time>'s, previous, old, former, earlier, outdated, superseded, expired, yesterday's) in
// its place, three content words kept. A recency said another way ("the most recent list") or a
// past said another way ("the previous year's") is none. Round 28b. Pure.
import type { Reason } from '../schema/records.ts';
import { changedSentencePairs } from './_changed-stretch.ts';
import { normaliseWord, quote, STOP_WORDS, tokenizeWords } from './_text.ts';

const TIMES = '(?:year|season|month|week|term|quarter|night|day|spring|summer|autumn|winter)';
/** Words that point at the version in force now. */
const RECENT = new RegExp(String.raw`\b(?:current|currently valid|latest|newest|up-to-date|up to date|most recent|this ${TIMES}'s|today's|live)\b`);
/** Words that point at a version before it. */
const PAST = new RegExp(String.raw`\b(?:last ${TIMES}'s|last|previous|prior|old|older|oldest|former|earlier|outdated|out-of-date|out of date|superseded|expired|yesterday's|the ${TIMES} before's)\b`);

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
  const head = nounAfter(old, went.index + went[0].length);
  if (head === '' || normaliseWord(head) !== normaliseWord(nounAfter(now, came.index + came[0].length))) return null;
  const theirs = contentOf(next);
  const kept = [...contentOf(previous)].filter((stem) => theirs.has(stem));
  return kept.length >= KEPT_AROUND ? { went: went[0], came: came[0] } : null;
}

export function findVersionsMovedBack(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  for (const [old, now] of changedSentencePairs(previous, next)) {
    const moved = versionMovedBack(old, now);
    if (moved) reasons.push({ code: 'reference-removed', message: `reference moved back: "${moved.went}" became "${moved.came}", a version before the one in force, in ${quote(now)}` });
  }
  return reasons;
}

// `contradiction` for a permission stretched to the thing a kept prohibition forbids (round 22b,
// issue 11): "Never fill a customer's pen with India ink. Customers may bring their own bottle for
// a test fill." -> "..., India ink included." No new sentence forbids or does anything, so
// reason-added-rule sees nothing; but the grant now reaches what the other rule keeps out. Read
// from words: a kept sentence forbids (never, do not, must not, may not, no one may); a sentence
// that grants (may, can, allowed, free to, welcome to) gained words anywhere, every old word kept
// in order, that name what the prohibition forbids (a content word after its verb other than the
// words the grant already had), and the gained words include it rather than set it apart (no
// except, excepted, but not, other than, apart from, excluding, not, never, no). Pure.
import type { Reason } from '../schema/records.ts';
import { normaliseWord, quote, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

const FORBIDS = /\b(?:never|do not|don't|does not|must not|mustn't|may not|cannot|can't|shall not|no one may|nobody may|is not allowed|are not allowed|is forbidden|are forbidden|is prohibited|are prohibited)\b/i;
const GRANTS = /\b(?:may|can|allowed to|permitted to|free to|welcome to|entitled to)\b/i;
const SETS_APART = /\b(?:except|excepted|excepting|excluded|excluding|but not|other than|apart from|aside from|besides|save|not|never|no|nor|without)\b/i;
/** Words every rule about people has: they name no thing forbidden. */
const GENERIC = new Set(['customer', 'client', 'staff', 'member', 'user', 'anyone', 'person', 'people', 'thing', 'time', 'own']);

function stemsOf(text: string): string[] {
  return tokenizeWords(text).filter((word) => !STOP_WORDS.has(word) && /^[a-z]/.test(word)).map(normaliseWord).filter((stem) => !GENERIC.has(stem));
}

/** The stems of what a prohibition forbids: the content words after its negation. */
function forbiddenStems(sentence: string): string[] {
  const match = FORBIDS.exec(sentence);
  if (!match) return [];
  // The verb right after the negation is the act; the things named after it are what it is done to or with.
  return stemsOf(sentence.slice(match.index + match[0].length)).slice(1);
}

/** The words of `now` outside a first-fit match of every word of `old` in order, or null when one is missing. */
function addedWords(old: readonly string[], now: readonly string[]): string[] | null {
  const added: string[] = [];
  let at = 0;
  for (const word of now) {
    if (at < old.length && word === old[at]) at++;
    else added.push(word);
  }
  return at === old.length ? added : null;
}

/** The first old grant whose every word `now` keeps in order, with the words `now` added among them. */
function firstStretched(grants: ReadonlyArray<{ text: string; words: string[] }>, now: readonly string[]): { grant: string; added: string[] } | null {
  for (const grant of grants) {
    const added = addedWords(grant.words, now);
    if (added) return { grant: grant.text, added };
  }
  return null;
}

export function findGrantsReachingForbidden(previous: string, next: string): Reason[] {
  const oldSentences = splitSentences(previous);
  const newSentences = splitSentences(next);
  const kept = newSentences.filter((sentence) => oldSentences.includes(sentence) && FORBIDS.test(sentence) && !GRANTS.test(sentence.replace(FORBIDS, '')));
  if (kept.length === 0) return [];
  // Read once: each old grant's words and each kept rule's forbidden stems serve every new sentence.
  const grants = oldSentences.filter((old) => GRANTS.test(old) && !FORBIDS.test(old)).map((text) => ({ text, words: tokenizeWords(text) }));
  const forbidding = kept.map((rule) => ({ rule, forbidden: new Set(forbiddenStems(rule)) }));
  for (const sentence of newSentences) {
    if (oldSentences.includes(sentence) || !GRANTS.test(sentence) || FORBIDS.test(sentence)) continue;
    // The old grant it stretches: every old word kept, in order, with words added among them.
    const words = tokenizeWords(sentence);
    const stretched = firstStretched(grants, words);
    if (!stretched) continue;
    const added = stretched.added.join(' ');
    if (added === '' || SETS_APART.test(added)) continue;
    const had = new Set(stemsOf(stretched.grant));
    const gained = stemsOf(added).filter((stem) => !had.has(stem));
    for (const { rule, forbidden } of forbidding) {
      const named = gained.filter((stem) => forbidden.has(stem));
      if (named.length === 0) continue;
      return [{ code: 'contradiction', message: `contradiction: ${quote(sentence)} now reaches "${named.join(' ')}", which ${quote(rule)} forbids` }];
    }
  }
  return [];
}

// Two clauses joined by "and" whose second leaves out the words it shares with the first (its verb,
// its object), said the other way round: "Children must wear life jackets at all times, and adults
// whenever the boat leaves the pontoon" -> "Adults must wear life jackets whenever the boat leaves
// the pontoon, and children at all times" (round 43d: v60's marina, v53's "The kitchen closes at 9pm
// on weekdays and at 8pm on Sundays" -> "On Sundays the kitchen closes at 8pm, and on weekdays at
// 9pm", v49's "Leaks on the public side of the stop tap are ours to fix, and leaks on the property
// side are the owner's" said from the property side). The items differ word for word, so
// _items-reordered.ts kept them as written and the role readings read the parties as swapped. Here
// the shared words are found as what the full clause of one version holds beyond the short clause
// of the other, the same words both ways; each short clause must then be its full clause less those
// words, in order, or with the shared words one run in both and its phrases (cut before each
// preposition) only moved. A clause that kept its words and changed whom they are said of
// ("Children ... at all times, and adults whenever ..." -> "Adults ... at all times, and children
// whenever ...") leaves a word of the short clause out of the other's full one, and stays changed. Pure.

/** A clause's words, lower case, its commas and stops taken off. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[,;:.!?]+/g, ' ').split(/\s+/).filter((word) => word !== '');
}

/** Each way to part a sentence's words in two at an "and": the full clause, then the short one. */
function partsAtAnd(words: readonly string[]): Array<[string[], string[]]> {
  return words.flatMap((word, i) => (word === 'and' && i > 0 && i < words.length - 1 ? [[words.slice(0, i), words.slice(i + 1)] as [string[], string[]]] : []));
}

/**
 * The words of `whole` left when `part` is read in it in order, first place first; null when
 * `part` is not said in it in that order.
 */
function leftOver(whole: readonly string[], part: readonly string[]): string[] | null {
  const left: string[] = [];
  let at = 0;
  for (const word of whole) {
    if (at < part.length && word === part[at]) at++;
    else left.push(word);
  }
  return at === part.length ? left : null;
}

/** The words of a list, sorted, as one key. */
function bagOf(words: readonly string[]): string {
  return [...words].sort().join(' ');
}

/** The words of `whole` less those of `part`, each once, as one key; null when `part` holds a word `whole` lacks. */
function bagLess(whole: readonly string[], part: readonly string[]): string | null {
  const left = [...whole];
  for (const word of part) {
    const at = left.indexOf(word);
    if (at < 0) return null;
    left.splice(at, 1);
  }
  return bagOf(left);
}

/** Words a phrase of time, place or occasion opens with: the phrases of a clause may move, their words may not. */
const PHRASE_OPENERS = new Set(['at', 'on', 'in', 'from', 'to', 'for', 'by', 'with', 'during', 'after', 'before', 'until', 'till', 'when', 'whenever', 'while', 'if', 'once', 'every', 'each', 'within', 'under', 'over', 'near', 'inside', 'outside']);

/** A run of words cut before each word that opens a phrase, each phrase whole, sorted. */
function phrasesOf(words: readonly string[]): string {
  const phrases: string[][] = [];
  for (const word of words) {
    if (phrases.length === 0 || PHRASE_OPENERS.has(word)) phrases.push([word]);
    else phrases.at(-1)!.push(word);
  }
  return phrases.map((phrase) => phrase.join(' ')).sort().join(' | ');
}

/** Where a run of words stands in `words` (its first index), or -1. */
function runAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((word, k) => words[i + k] === word)) return i;
  return -1;
}

/** `words` with the run at `at` of `length` words taken out. */
function withoutRun(words: readonly string[], at: number, length: number): string[] {
  return [...words.slice(0, at), ...words.slice(at + length)];
}

/**
 * Whether the shared words `bag` stand as one run in both full clauses, in one order, and what is
 * left of each full clause holds the phrases of the other version's short clause, only moved.
 */
function sharedRunMoved(fullBefore: readonly string[], shortBefore: readonly string[], fullAfter: readonly string[], shortAfter: readonly string[], bag: string): boolean {
  const length = bag.split(' ').length;
  for (let i = 0; i + length <= fullAfter.length; i++) {
    const run = fullAfter.slice(i, i + length);
    if (bagOf(run) !== bag) continue;
    const at = runAt(fullBefore, run);
    if (at < 0) continue;
    if (phrasesOf(withoutRun(fullBefore, at, length)) === phrasesOf(shortAfter) && phrasesOf(withoutRun(fullAfter, i, length)) === phrasesOf(shortBefore)) return true;
  }
  return false;
}

/**
 * Whether `next` says the two clauses of `previous` the other way round, each with its own words,
 * where the second of each version leaves out the words it shares with the first (both sentences
 * whole, lower case or not).
 */
export function gappedClausesSwapped(previous: string, next: string): boolean {
  const before = wordsOf(previous);
  const after = wordsOf(next);
  if (before.length !== after.length || bagOf(before) !== bagOf(after)) return false;
  for (const [fullBefore, shortBefore] of partsAtAnd(before)) {
    for (const [fullAfter, shortAfter] of partsAtAnd(after)) {
      if (bagOf(fullBefore) === bagOf(fullAfter)) continue;
      // The shared words: what the new full clause holds beyond the old short one, and the old full clause beyond the new short one.
      const shared = bagLess(fullAfter, shortBefore);
      if (shared === null || shared === '' || shared !== bagLess(fullBefore, shortAfter) || !shared.split(' ').some((word) => word.length >= 3)) continue;
      const leftAfter = leftOver(fullAfter, shortBefore);
      const leftBefore = leftOver(fullBefore, shortAfter);
      if (leftAfter !== null && leftBefore !== null && leftAfter.join(' ') === leftBefore.join(' ')) return true;
      if (sharedRunMoved(fullBefore, shortBefore, fullAfter, shortAfter, shared)) return true;
    }
  }
  return false;
}

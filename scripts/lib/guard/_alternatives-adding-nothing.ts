// An "or" in a new version that offers no way out of what the old version asked: a choice between
// two things the old version never named ("Wear an arm guard" -> "Wear an arm guard and a finger
// tab or release aid": the guard is still required, the choice is only among the new demands), or
// an "or" inside a negated carve-out ("Always — with no exceptions for experienced divers or
// shallow sites — dive with a buddy", "not even for A or B"), which names cases the rule keeps.
// An "or" beside an old word ("an arm guard or a finger tab") still offers the old thing as one
// choice of two and is left to scope-widened. Pure.
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';

const NEGATED_CARVE_OUT = /^(?:exception|exceptions|exempt|exemption|exemptions|excuse|excuses)$/;

/** Whether the "or" at `i` of `words` opens no alternative to anything `oldWords` asked for. */
export function orAddsNoAlternative(words: readonly string[], i: number, oldWords: readonly string[]): boolean {
  const old = new Set(oldWords.map(normaliseWord));
  const before = words[i - 1] ?? '';
  const after = words.slice(i + 1, i + 4).filter(isContent);
  const newChoice = isContent(before) && !old.has(normaliseWord(before)) && after.length > 0 && after.every((word) => !old.has(normaliseWord(word)));
  // The old words around the "or" must still stand in the new version, so the choice is an addition.
  const oldKept = oldWords.filter(isContent).every((word) => words.some((other) => normaliseWord(other) === normaliseWord(word)));
  const window = words.slice(Math.max(0, i - 8), i);
  const carveOut = window.some((word, k) => NEGATED_CARVE_OUT.test(word) && ['no', 'without'].includes(window[k - 1] ?? ''))
    || window.some((word, k) => word === 'even' && window[k - 1] === 'not');
  return (newChoice && oldKept) || carveOut;
}

/** Whether two words are one word in another number or form ("assignments" / "assignment"). */
export function sameWordForm(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normaliseWord(a) === normaliseWord(b);
}

// A verb that says "not <verb>" in one word, written out in the other version ("Waive the
// cancellation fee" -> "do not charge the cancellation fee", "Exclude draft notes" -> "do not
// include draft notes"): before two versions are compared, the written-out side is read as the
// one word, so the same rule is no negation added. Only when the other version uses that word:
// "Never charge a fee" -> "Charge a fee" keeps its negation and is flagged. Pure.

/** The one word, and the verb it negates. */
const NEGATED_VERBS: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/\bwaive[sd]?\b/i, /\b(?:do not|don't|does not|doesn't|must not|should not|never) charge\b/gi, 'waive'],
  [/\b(?:exclude[sd]?|omit(?:s|ted)?)\b/i, /\b(?:do not|don't|does not|doesn't|must not|should not|never) include\b/gi, 'exclude'],
];

function fold(text: string, other: string): string {
  let folded = text;
  for (const [word, written, replacement] of NEGATED_VERBS) {
    // Kept capitalised at a sentence's start, where sentences are split.
    if (word.test(other) && !word.test(text)) folded = folded.replace(written, (match) => (/^[A-Z]/.test(match) ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement));
  }
  return folded;
}

/** Both versions with "do not charge" read as "waive" (and the like) where the other version says it in one word. */
export function foldNegatedVerbs(previous: string, next: string): [string, string] {
  return [fold(previous, next), fold(next, previous)];
}

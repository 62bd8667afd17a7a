// A kept word that binds ("must", "never", "not", "no", "shall") is one word of a rule's frame. The
// readings of a slot replaced in a kept frame (reason-demand-replaced.ts, reason-spans-replaced.ts,
// reason-word-replaced.ts) want three content words kept round the change, so that a sentence
// reworded all through does not read as one slot replaced; a short rule ("No chewing gum in the
// flight chamber" -> "No fizzy drinks in ...", "Do not sharpen serrated knives on the belt grinder"
// -> "ceramic knives on the whetstone", "Never photograph the children's faces" -> "name badges")
// keeps two content words and its ban, and the ban pins what the sentence is: what it forbids or
// demands is the slot that changed. A modal of advice or grant ("should", "may") pins no duty and is
// not counted (round 30b). Pure.

/** Words that bind a rule's polarity or duty, as `tokenizeWords` writes them ("don't" -> "do", "not"). */
const BINDING = new Set(['must', 'shall', 'never', 'not', 'no']);

/** Frame words a kept binding word adds: 1 when one of `kept` binds, else 0. */
export function bindingFrame(kept: Iterable<string>): number {
  for (const word of kept) if (BINDING.has(word)) return 1;
  return 0;
}

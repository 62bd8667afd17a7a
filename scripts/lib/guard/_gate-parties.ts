// A gate's condition that names its party with two words of "whoever" ("unless a staff member has
// checked the bilge pump", "a member of staff"): each word alone says anyone ("a member", "someone"),
// together they say someone of the staff. The fold of a gate said the other way round
// (`_rules-from-other-side.ts`: "Do not release a hire boat unless ..." = "Release a hire boat only
// once ...") compares the rule's words with the dictionary and lets whoever-words stand for one
// another, as a rewording of who a rule binds does ("Staff must wear" -> "Anyone running the blower
// puts on"); so "only once a member has checked" was read as the old gate and its loosening
// withdrawn (traced in round 28b, built in round 29b). Here a condition naming its party by two
// such words keeps the gate only when the new one says each of them again. Pure.
import { ANYONE } from './_requirement-kept.ts';
import { normaliseWord, sameRoot, tokenizeWords } from './_text.ts';

/** The words after a gate's "unless"/"until"/"without": the condition. */
function conditionWords(sentence: string): string[] {
  const words = tokenizeWords(sentence);
  const at = words.findIndex((word) => word === 'unless' || word === 'until' || word === 'without');
  return at < 0 ? [] : words.slice(at + 1);
}

/** Whether every whoever-word of the old gate's condition is said again in the new sentence, when it names its party by two or more. */
export function keepsGateParty(previous: string, next: string): boolean {
  const party = [...new Set(conditionWords(previous).filter((word) => ANYONE.has(word)))];
  if (party.length < 2) return true;
  const now = tokenizeWords(next).map(normaliseWord);
  return party.every((word) => now.some((other) => other === normaliseWord(word) || sameRoot(other, normaliseWord(word))));
}

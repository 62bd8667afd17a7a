// An act cut from a list of acts, its object kept by the act after it: "workers must vacuum their
// coveralls, take them off in the airlock and shower" -> "workers must take off their coveralls in
// the airlock and shower" (issue 11, round 29b: v32's asbestos enclosure). The list reading counts
// the words of each item, and "coveralls" still stands in the new sentence, moved into the next
// item in place of its pronoun, so half the item looked kept. Read from the list's shape: the new
// sentence brings no content word of its own (a shortened sentence, not a reworded one), and the
// first word of an item of the list after the rule's modal (a verb in its place: right after the
// modal, or after a comma, "and" or "then" of that list) is gone from the new text. A list of two
// items or more; an adverb ("carefully") opening the list is no act. Pure.
import { isContent, stemSet } from './_statements.ts';
import { normaliseWord, tokenizeWords } from './_text.ts';

/** The modals that open a list of acts a rule demands. */
const MODAL = /\b(?:must|shall|should|need to|needs to|have to|has to|are to|is to|are required to|is required to)\s+/i;
/** Where the items of a list of acts part (not at the comma of "£1,000"). */
const ITEM_BREAK = /\s*,(?!\d{3}\b)\s*(?:and\s+|then\s+)?|\s+(?:and|then|and then)\s+/i;
/** Pronouns an item's act may be done to: they carry no word of their own. */
const PRONOUNS = new Set(['it', 'them', 'they', 'him', 'her', 'this', 'that', 'these', 'those', 'one']);

/** The act (as written) of a list of acts that went with nothing new in the sentence, or null. */
export function droppedAct(previous: string, next: string): string | null {
  const modal = MODAL.exec(previous);
  if (!modal) return null;
  const oldStems = stemSet(previous);
  const newWords = tokenizeWords(next).filter((word) => isContent(word) && !PRONOUNS.has(word));
  // A sentence reworded brings a word of its own; a shortened one does not.
  if (newWords.some((word) => !oldStems.has(normaliseWord(word)))) return null;
  const list = previous.slice(modal.index + modal[0].length).replace(/[.!?]+\s*$/, '');
  const items = list.split(ITEM_BREAK).filter((item) => item.trim() !== '');
  if (items.length < 2) return null;
  const now = new Set(tokenizeWords(next).map(normaliseWord));
  for (const item of items) {
    const [act] = tokenizeWords(item);
    if (act === undefined || !/^[a-z]/.test(act) || !isContent(act) || /ly$/.test(act) || PRONOUNS.has(act)) continue;
    if (!now.has(normaliseWord(act))) return act;
  }
  return null;
}

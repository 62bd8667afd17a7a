// The first item of a serial list cut, every other word kept ("Check the tyres, the lights and the
// brakes" -> "Check the lights and the brakes", "Puppies with diarrhoea, a cough or vomiting must stay
// at home" -> "Puppies with a cough or vomiting ..."). The conjunct reading splits a sentence at its
// commas and and/or, so the first part carries the sentence's lead with its item ("Check the tyres",
// "Puppies with diarrhoea"): the item's one word gone was half of that part, read as kept. Here the
// list is read from the text: the old sentence with one stretch before a list's comma taken out,
// with that comma, is the new sentence word for word, and an "and" or "or" follows the comma in its
// clause. A sentence's opening phrase closed by a comma ("On arrival, sign in and ...") is a case or
// a time, not an item: an opening stretch that starts with a preposition or a condition word is not
// read (round 30b). Pure.

/** Words that open a sentence's leading case or time, closed by its comma: no list item. */
const LEADING_CASE = /^(?:if|when|whenever|once|after|before|unless|until|while|where|wherever|on|upon|in|at|during|for|from|by|with|without|except|apart|outside|inside|within|as|since|to|during|throughout|whether|although|though|because)\b/i;

/** A sentence as the item-cut readings compare it: lower case, quotes straightened, spaces collapsed, no closing stop (each character keeps its place but for a rare letter that lower-cases to two). */
export const normalised = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[\s.!?]+$/, '').trim();

/** The item cut from the front of a serial list of `previous` to give `next`, or null. */
export function firstItemCut(previous: string, next: string): string | null {
  const old = previous.replace(/\s+/g, ' ').trim();
  const target = normalised(next);
  // The old text lowered as `normalised` lowers it, index for index with `old` up to its end.
  const lowered = normalised(old);
  if (target === '' || lowered === target || target.length >= lowered.length) return null;
  // How far the two agree from the front and from the back: a cut of [start, end) gives the new
  // text only inside both, and its length fixes where it starts. Linear in the sentence, so a long
  // list costs one pass however many commas it has (round 29d's long sentences).
  let front = 0;
  while (front < target.length && lowered[front] === target[front]) front++;
  let back = 0;
  while (back < target.length && lowered[lowered.length - 1 - back] === target[target.length - 1 - back]) back++;
  for (const comma of old.matchAll(/,(?!\d{3}\b)/g)) {
    const at = comma.index;
    if (at >= lowered.length) break;
    const end = old.length - old.slice(at + 1).trimStart().length;
    const start = target.length - (lowered.length - end);
    if (start < 0 || start >= at || start > front || lowered.length - end > back) continue;
    if (start > 0 && old[start - 1] !== ' ') continue;
    const floor = Math.max(old.lastIndexOf(';', at - 1), old.lastIndexOf(':', at - 1)) + 1;
    const item = old.slice(start, at).trim();
    if (start < floor || !/[a-z]{3,}/i.test(item) || item.includes(',')) continue;
    if (start === floor && LEADING_CASE.test(item)) continue;
    // A serial list: an "and" or "or" after the comma, within its clause.
    if (/^[^;:.!?]*?\s(?:and|or)\s/i.test(old.slice(at + 1))) return item;
  }
  return null;
}

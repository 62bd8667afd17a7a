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

const normalised = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[\s.!?]+$/, '').trim();

/** The item cut from the front of a serial list of `previous` to give `next`, or null. */
export function firstItemCut(previous: string, next: string): string | null {
  const old = previous.replace(/\s+/g, ' ').trim();
  const target = normalised(next);
  if (target === '' || normalised(old) === target) return null;
  for (const comma of old.matchAll(/,(?!\d{3}\b)/g)) {
    const at = comma.index;
    // A serial list: an "and" or "or" after the comma, within its clause.
    if (!/^[^;:.!?]*?\s(?:and|or)\s/i.test(old.slice(at + 1))) continue;
    const floor = Math.max(old.lastIndexOf(';', at - 1), old.lastIndexOf(':', at - 1)) + 1;
    const rest = old.slice(at + 1).trimStart();
    for (let start = floor; start < at; start++) {
      if (start > floor && old[start - 1] !== ' ') continue;
      const item = old.slice(start, at).trim();
      if (!/[a-z]{3,}/i.test(item) || item.includes(',')) continue;
      if (start === floor && LEADING_CASE.test(item)) continue;
      if (normalised(`${old.slice(0, start)}${rest}`) === target) return item;
    }
  }
  return null;
}

// The last item of a serial list cut, the list's "and"/"or" moved up to the item before it, every
// other word kept ("write the site code, the exposure start date and the exposure end date on its
// label" -> "write the site code and the exposure start date on its label", "checks the person's
// blood pressure, pulse and blood sugar" -> "... blood pressure and pulse"). The conjunct reading
// asks whether an item's words are gone, and here the cut item's head ("exposure", "blood") is
// still said by an item kept, so it read as kept; the cut is no run of words taken out either (the
// comma before the item now last became its "and"). Read from the text: the old sentence is
// P + ", " + X + " and " + C + S and the new one P + " and " + X + S, word for word (round 42a,
// v58's misses). Pure.

import { normalised } from './_first-item-cut.ts';

/** An item's own words: it holds no list, clause or rule of its own. */
const NOT_ONE_ITEM = /[,;:]|\b(?:and|or|but|if|when|unless|until|before|after|then|must|should|may|can|not|never)\b/i;

/** The last item cut from a serial list of `previous` to give `next`, as written there, or null. */
export function lastItemCut(previous: string, next: string): string | null {
  const old = normalised(previous);
  const target = normalised(next);
  if (target === '' || target.length >= old.length) return null;
  const written = previous.replace(/\s+/g, ' ').trim();
  for (const comma of old.matchAll(/,(?!\d{3}\b)\s*/g)) {
    const lead = old.slice(0, comma.index);
    // The list joins its last item with "and"/"or" (an Oxford comma before it too), within its clause.
    const rest = old.slice(comma.index + comma[0].length);
    const joined = /^([^,;:.!?]*?),?\s(and|or)\s/.exec(rest);
    if (!joined) continue;
    const [whole, item = '', conjunction = ''] = joined;
    if (!/[a-z]{3,}/.test(item)) continue;
    const shortened = `${lead} ${conjunction} ${item}`;
    if (!target.startsWith(shortened)) continue;
    const after = target.slice(shortened.length);
    // The old text after the cut item is the new text after the item now last, word for word.
    const tail = rest.slice(whole.length);
    if (!tail.endsWith(after) || (after !== '' && !/^[\s,;:]/.test(after))) continue;
    const cut = tail.slice(0, tail.length - after.length).trim();
    if (cut === '' || NOT_ONE_ITEM.test(cut) || !/[a-z]{3,}/.test(cut)) continue;
    // As written: the same span of the old text, found at the same place from its start (both have
    // their spaces collapsed alike; lower case and straightened quotes keep each character's place,
    // but for a rare letter that lower-cases to two, such as "İ", which would shift the quote).
    const start = comma.index + comma[0].length + whole.length;
    return written.slice(start, start + cut.length).trim();
  }
  return null;
}

// What _spans-said-alike.ts and _amounts-said-alike.ts share: the words an amount stands between,
// and the new version rewritten with each of its amounts that the old one says otherwise between
// the same words written as the old one writes it. One place, so the two folds compare their
// amounts' surroundings the same way (review42, session 42: round 48c's fold copied round 43d's). Pure.

/** An amount found in a text: where it stands, as written, and the words round it (`contextAround`). */
export interface SaidAt {
  start: number;
  end: number;
  text: string;
  context: string;
}

/** The words of a stretch of text, lower case. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9']+/).filter((word) => word !== '');
}

/** The two words before text[start, end) and the word after it, lower case: "stand | behind". */
export function contextAround(text: string, start: number, end: number): string {
  return [...words(text.slice(Math.max(0, start - 60), start)).slice(-2), '|', ...words(text.slice(end, end + 30)).slice(0, 1)].join(' ');
}

/**
 * `next` with each of `found` (its amounts, in text order) that `sameAs` pairs with an amount of
 * the old version written as that one is; the last first, so the earlier places stay true.
 */
export function writtenAsOld<T extends SaidAt>(next: string, found: readonly T[], sameAs: (amount: T) => SaidAt | undefined): string {
  let written = next;
  for (const amount of [...found].reverse()) {
    const same = sameAs(amount);
    if (same) written = `${written.slice(0, amount.start)}${same.text}${written.slice(amount.end)}`;
  }
  return written;
}

// A list's lead-in that names its items by a placeholder ("Keep the following out of the venue:",
// "A parcel is returned to the sender in any of these cases:"): each item is read in the
// placeholder's place, as prose would say it ("Keep glass bottles out of the venue", "A parcel is
// returned to the sender if it has not been collected within 72 hours"), not after the lead-in's
// last word ("Keep the following out of the venue glass bottles", read as a new rule beside the
// old; "... in any of these cases it has not been collected", whose "not" then stood in the rule
// itself). Round 30c: v35's venue and v33's parcel lockers, list <-> prose read as a negation added.
// A lead-in with no placeholder ("Never ask candidates about:") is read into its items as before
// (`readSentences` of `_text.ts`). Pure; no imports, `_text.ts` calls it.

/**
 * A placeholder for the cases a rule holds in: the item is a case, said with "if" ("in any of
 * these cases", "in the following circumstances", "if any of the following applies", "where one
 * of these is true").
 */
const CASES = /\b(?:(?:in|under) (?:(?:any|each|either|all|one) of )?(?:these|the following) (?:cases|circumstances|situations|conditions)|(?:if|when|where) (?:any|one|either) of (?:these|the following)(?: (?:things|conditions))? (?:applies|apply|is true|are true|happens|happen))\b/i;

/**
 * A placeholder for the things the rule acts on or names: the item takes its place ("the
 * following", "the following items", "any of the following"). "the following day" names a day, not
 * the list: a function word follows it ("Keep the following out of the venue", "Check the
 * following before opening"); one ending the lead-in is left to the reading after it.
 */
const THINGS = /\b(?:(?:any|each|all|none|either) of )?the following(?: (?:items|things|points|documents|details))?(?=$|[,.]| (?:out|of|in|on|at|to|from|with|before|after|when|whenever|if|away|off|up|into|for|are|is|must|may|should|as|by|during|until|unless|once)\b)/i;

/** The item as words of a sentence: its first letter lowered unless it opens a name or an initialism. */
function asWords(item: string): string {
  return /^[A-Z][a-z]/.test(item) ? `${item.charAt(0).toLowerCase()}${item.slice(1)}` : item;
}

/**
 * The sentence one list item makes under a lead-in with a placeholder, the item in the
 * placeholder's place ("Keep the following out of the venue" + "glass bottles" -> "Keep glass
 * bottles out of the venue"); null when the lead-in has none.
 */
export function readIntoPlaceholder(leadIn: string, item: string): string | null {
  const words = asWords(item.replace(/[;,]\s*(?:and|or)?\s*$/i, '').trim());
  const cases = CASES.exec(leadIn);
  if (cases) {
    const joint = /^(?:if|when|where|unless|once|while)\b/i.test(words) ? '' : 'if ';
    return `${leadIn.slice(0, cases.index)}${joint}${words}${leadIn.slice(cases.index + cases[0].length)}`.replace(/\s+/g, ' ').trim();
  }
  const things = THINGS.exec(leadIn);
  // A placeholder closing the lead-in ("requires all of the following:") reads as the items after
  // it already; read so, an item dropped stays a list item dropped, not a requirement gone.
  if (!things || leadIn.slice(things.index + things[0].length).trim() === '') return null;
  return `${leadIn.slice(0, things.index)}${words}${leadIn.slice(things.index + things[0].length)}`.replace(/\s+/g, ' ').trim();
}

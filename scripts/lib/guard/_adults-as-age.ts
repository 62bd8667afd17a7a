// An age bound of 18 said as "adult" (issue 11, round 46b): "Drivers may not take tips in cash
// from passengers under 18" -> "Cash tips are accepted by drivers only from adult passengers", "No
// one under 18 may be part of the firing crew" -> "Everyone on the firing crew is an adult". The
// number reading sees the 18 dropped and the negation readings a ban gone; said with its figure
// ("passengers aged 18 or over") the readings already know the rule from the other side. Read only
// where the old version bounds an age at 18 and the new one names no figure 18: "adult" says that
// bound and no other (an "under 16" said as "adult" keeps its figure gone, as before). Pure.

/** An age bound at 18 in the old version: "under 18", "over 18", "18 or over", "aged 18", "at least 18 years old". */
const AGE_18 = /\b(?:under|over|below|above|younger than|older than|at least|aged|age of)\s+(?:18|eighteen)\b|\b(?:18|eighteen)\s+(?:or|and)\s+(?:over|older|above)\b|\b(?:18|eighteen)\s+years?\s+(?:old|of age)\b/i;
/** The figure 18 in any form: a new version that says it is read as written. */
const EIGHTEEN = /\b(?:18|eighteen)\b/i;

/**
 * Where "adult" limits the rule as the old bound did: after an "only" ("only from adult passengers")
 * or as what everyone is ("Everyone on the crew is an adult"). Elsewhere it may name one party of
 * several ("to adult guests and to their children"), and the dropped 18 stays read as a change.
 */
const ADULTS_ONLY = /\bonly\b[^.;:]*\badults?\b|\b(?:is|are) (?:an )?adults?\b/i;

/** Another party beside the adults ("only to adult guests and to their children"): the bound no longer says who. */
const ANOTHER_PARTY = /\badults?\b[^.;:]*\b(?:and|or|plus)\b/i;

/** `next` with each "adult <noun>", "an adult" and "adults" said as the age bound of 18, when `previous` bounds an age at 18 and `next` limits its rule to adults. */
export function withAdultsSaidAsAge(next: string, previous: string): string {
  if (!AGE_18.test(previous) || EIGHTEEN.test(next) || !ADULTS_ONLY.test(next) || ANOTHER_PARTY.test(next)) return next;
  return next
    .replace(/\b(?:an? )?adult ([a-z]+s?)\b/gi, (whole: string, noun: string) => (/^(?:or|and|who|that|with|in|on|at|to|from|by|for|is|are|was|were|must|may|can|should|will|has|have)$/i.test(noun) ? whole : `${noun} aged 18 or over`))
    .replace(/\b(?:is|are|be) (?:an )?adults?\b/gi, (whole: string) => `${whole.split(' ')[0]} aged 18 or over`)
    .replace(/\badults\b/gi, 'people aged 18 or over');
}

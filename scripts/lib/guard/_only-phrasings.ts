// "Only" said another way: "give nothing but the rate card", "nobody but the manager may approve",
// "reply using just the payslip figures" all limit the rule to what follows, as "only" does; read
// with their negative word they would seem to add a prohibition and drop the "only". Written back
// as "only" before the detectors compare the two versions; so is "through X and no other". Pure.

/** "nothing but", "no one except", "none other than", "nothing beyond": a negative word and an exception that together say "only". */
const NEGATIVE_ONLY = /\b(?:nothing|nobody|no one|no-one|none|no other (?:one|person|thing|\w+))\s+(?:but|except|other than|save|apart from|besides|beyond|more than)\s+/gi;
/**
 * "just"/"solely"/"exclusively" before what it limits ("just the payslip amounts", "solely by
 * card"); "just in case", "just to be safe", "just for reference" limit nothing.
 */
const PLAIN_ONLY = /\b(?:just|solely|exclusively|purely)\s+(?=(?:the|a|an|your|their|our|his|her|its|with|by)\b)/gi;

/**
 * "through the secure system and no other": the limit said after its object, its preposition said
 * again or not ("to the next of kin and to nobody else", "on a trolley and in no other way").
 */
const TRAILING_NO_OTHER = /\b(from|to|through|by|with|at|via|in|on) ((?:(?!\b(?:from|to|through|by|with|at|via|in|on)\s)[^,.;])+?),? and (?:(?:from|to|through|by|with|at|via|in|on) )?(?:no other(?: way)?|nowhere else|no one else|nobody else|nothing else|no-one else)\b/gi;

/**
 * The limit said after its object with the object's preposition said again, any preposition, the
 * object free to hold others but not that one: "made up of donors aged 18 to 40 and of nobody
 * else", "on the manager's say-so and on nobody else's" (round 46b: v66's rewordings; without the
 * repeat "of" and "for" name no limit's object, so TRAILING_NO_OTHER leaves them out).
 */
const REPEATED_NO_OTHER = /\b(of|for|from|to|through|by|with|at|via|in|on) ((?:(?!\b\1\s)[^,.;])+?),? and \1 (?:nobody|no one|no-one|nothing|nowhere) else(?:'s|’s)?(?=[\s,.;:!?]|$)/gi;

/**
 * "a job for trained staff, and trained staff alone": the party said twice, "alone" after the
 * second, is the party alone (round 46b: v66); one to four words, the same both times.
 */
const REPEATED_ALONE = /\b((?:[\w'’-]+ ){0,3}[\w'’-]+),? and \1 alone\b/gi;

/**
 * "The drum captain and nobody else may call the stroke rate": the party at a sentence's start, the
 * limit after it (round 38d); the preposition form is TRAILING_NO_OTHER's.
 */
// A party of one to five words, no comma before its "and": "The skipper decides whether a transfer is
// safe, and nobody else can overrule it" names no party (v29's benign rewording, read in a first scan).
const LEADING_NOBODY_ELSE = /(^|[.!?]\s+)([A-Z][\w'’-]*(?: [\w'’-]+){0,4}) and (?:nobody|no one|no-one) else,? (?=(?:may|can|must|shall|should|will|is|are)\b)/g;

/** `text` with every "nothing but"/"just the" that limits a rule written as "only". */
export function withOnlySaidPlainly(text: string): string {
  return text
    .replace(REPEATED_NO_OTHER, (_whole: string, preposition: string, object: string) => `only ${preposition} ${object}`)
    .replace(REPEATED_ALONE, (_whole: string, party: string) => `${party} alone`)
    .replace(LEADING_NOBODY_ELSE, (_whole: string, start: string, party: string) => `${start}Only ${/^[A-Z][a-z]/.test(party) ? party[0]!.toLowerCase() + party.slice(1) : party} `)
    .replace(TRAILING_NO_OTHER, (_whole: string, preposition: string, object: string) => `only ${preposition} ${object}`).replace(NEGATIVE_ONLY, (whole: string) => (/^[A-Z]/.test(whole) ? 'Only ' : 'only ')).replace(PLAIN_ONLY, (whole: string) => (/^[A-Z]/.test(whole) ? 'Only ' : 'only '));
}

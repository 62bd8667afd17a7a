// "Only" said another way: "give nothing but the rate card", "nobody but the manager may approve",
// "reply using just the payslip figures" all limit the rule to what follows, as "only" does; read
// with their negative word they would seem to add a prohibition and drop the "only". Written back
// as "only" before the detectors compare the two versions. Pure.

/** "nothing but", "no one except", "none other than", "nothing beyond": a negative word and an exception that together say "only". */
const NEGATIVE_ONLY = /\b(?:nothing|nobody|no one|no-one|none|no other (?:one|person|thing|\w+))\s+(?:but|except|other than|save|apart from|besides|beyond|more than)\s+/gi;
/**
 * "just"/"solely"/"exclusively" before what it limits ("just the payslip amounts", "solely by
 * card"); "just in case", "just to be safe", "just for reference" limit nothing.
 */
const PLAIN_ONLY = /\b(?:just|solely|exclusively|purely)\s+(?=(?:the|a|an|your|their|our|his|her|its|with|by)\b)/gi;

/** `text` with every "nothing but"/"just the" that limits a rule written as "only". */
export function withOnlySaidPlainly(text: string): string {
  return text.replace(NEGATIVE_ONLY, (whole: string) => (/^[A-Z]/.test(whole) ? 'Only ' : 'only ')).replace(PLAIN_ONLY, (whole: string) => (/^[A-Z]/.test(whole) ? 'Only ' : 'only '));
}

// A duty to wear, have or carry a thing said as nobody acting without it (issue 11, round 45b:
// "Teams must wear cut-resistant gloves when handling glass" -> "No one handles glass without
// cut-resistant gloves on", "Riders must wear a buoyancy aid and a helmet on the cable" -> "Nobody
// rides the cable without both a buoyancy aid and a helmet on"; v58, v59, v65). The list reading
// splits the duty at its "and" / "when" and reads its head, "Teams must wear cut-resistant gloves",
// as an item gone, since its doer and its verb went: the negative universal names no doer ("nobody"
// is every doer) and "without" says the verb. The head is no item dropped where the new sentence is
// such a negative universal and everything the head demands is said after its "without"; the other
// items are read as before ("a buoyancy aid and a helmet" -> "without a buoyancy aid" still drops the
// helmet). Pure.
import { contentStems, sameRoot } from './_text.ts';

/** A negative universal over the doers or the things, with the "without" that says what it needs. */
const NONE_WITHOUT = /\b(?:nobody|no one|no-one|no\s+[a-z][a-z'’-]*)\b[^.;:]*?\bwithout\s+([^.;:]+)/i;
/** A duty to wear, have or carry something: its doer, its modal and verb, then what it demands. */
const DUTY = /^[^,;:]*?\b(?:must|has to|have to|needs? to|is to|are to)\s+(?:always\s+)?(?:wear|have|hold|carry|bring|use|put on|be given|be wearing)\s+(.+)$/i;
/** Where what a duty demands ends: its case, its time or its place ("when handling glass", "at all times", "on the cable"). */
const DEMAND_ENDS = /\s(?:when|whenever|while|if|before|during|until|at|on|in|inside|within|throughout)\s/i;

/**
 * Whether `sentence` is a duty to wear, have or carry things and `next` (the rewording's sentence)
 * says it by "nobody / no <thing> ... without <every thing the duty demands>": the duty's head
 * (its doer and verb) is then said, not dropped.
 */
export function dutySaidAsNoneWithout(sentence: string, next: string): boolean {
  const rest = DUTY.exec(sentence.trim())?.[1];
  const needed = NONE_WITHOUT.exec(next)?.[1];
  if (rest === undefined || needed === undefined || /\b(?:unless|except|other than)\b/i.test(next)) return false;
  const end = DEMAND_ENDS.exec(rest);
  const demandedStems = contentStems(end ? rest.slice(0, end.index) : rest);
  const neededStems = contentStems(needed);
  return demandedStems.length > 0 && demandedStems.every((stem) => neededStems.some((said) => sameRoot(said, stem)));
}

/** Whether `part`, an item the list reading split from `sentence`, is its duty's head (doer, modal, verb) and the duty is said by "nobody ... without" in `next`. */
export function headSaidAsNoneWithout(part: string, sentence: string, next: string): boolean {
  return DUTY.test(part.trim()) && dutySaidAsNoneWithout(sentence, next);
}

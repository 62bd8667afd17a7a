// A condition said by inversion, read as the "if" it means (issue 11, round 27a: v28's hospice
// drivers, "If a patient seems unwell during a journey, the driver must call 999" -> "Should a
// patient seem unwell on the way, the driver calls 999 first", read as "must" weakened to
// "should"). "Should <subject> <verb> ..., <rule>" and "Were <subject> to <verb> ..., <rule>" open a
// conditional clause, not a modal of the rule: written as "If <subject> <verb> ..." before anything
// is read. Only at the start of a sentence or list item, before a subject word, and only when a
// comma closes the clause before the sentence ends: "Should staff wear gloves?" is a question and
// "Staff should call 999" the modal it is. Pure.

/** Words a subject of the inverted clause opens with. */
const SUBJECT = String.raw`(?:the|a|an|any|your|our|their|his|her|its|this|that|these|those|you|we|they|someone|anyone|anybody|somebody|it|he|she|there)`;
/** "Should a patient seem unwell on the way," at a sentence's or an item's start. */
const SHOULD = new RegExp(String.raw`(^|[.!?]\s+|\n[ \t]*(?:[-*+]|\d+[.)])?[ \t]*)Should(\s+${SUBJECT}\b[^,.?!;:\n]{2,120}),`, 'g');
/** "Were the alarm to sound," at a sentence's or an item's start. */
const WERE = new RegExp(String.raw`(^|[.!?]\s+|\n[ \t]*(?:[-*+]|\d+[.)])?[ \t]*)Were(\s+${SUBJECT}\b[^,.?!;:\n]{1,80}?)\s+to\s+([^,.?!;:\n]{2,100}),`, 'g');

/** A text with each inverted condition written as an "if" clause. */
export function sayInvertedConditionsAsIf(text: string): string {
  if (!/\b(?:Should|Were)\s/.test(text)) return text;
  return text.replace(SHOULD, '$1If$2,').replace(WERE, '$1If$2 were to $3,');
}

/** Both versions with their inverted conditions written as "if" clauses. */
export function foldInvertedConditions(previous: string, next: string): [string, string] {
  return [sayInvertedConditionsAsIf(previous), sayInvertedConditionsAsIf(next)];
}

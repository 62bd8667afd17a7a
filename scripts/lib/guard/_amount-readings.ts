// How a number in a rule reads when the question is which way it binds (round 22b, issue 11):
// _entailed-tightenings.ts withdraws a number-changed finding when the new amount only demands
// more, and three shapes had been read as amounts with a direction they do not have:
// - a number that names a rung, a room or a division ("the Level 3 certificate", "the Division 2
//   pool", "Stage 2 riggers", "Zone 3"): it follows its noun, where a count comes before it ("3
//   certificates"); another number is another thing, and the text does not say which way is
//   higher (Division 1 outranks Division 2, Level 3 outranks Level 2), so no change of it tightens;
// - a bound right after the verb a duty asks for ("must test below 0.5%", "must run below 6
//   knots", "must read under"): the amount is what the duty demands, not the cases it covers, so
//   narrower is tighter (the "over $200" after a noun, "refunds over $200", stays a trigger);
// - a bound in a table row ("| Major | under 2000 |"): a row says no verb, so no direction is sure.
// Pure.
import { SYMBOL_ANCHORS } from './_graded-slots.ts';

/**
 * Nouns a number after them names rather than counts, beyond the rungs `_graded-slots.ts` reads
 * a letter after: places and parts people are sent to or kept from, and documents.
 */
const NAMING_NOUNS = /^(?:rooms?|gates?|bays?|wards?|floors?|blocks?|units?|lanes?|platforms?|pens?|barns?|sheds?|paddocks?|fields?|pitch(?:es)?|courts?|docks?|berths?|piers?|sections?|parts?|schedules?|forms?|annex(?:es)?|appendix|chapters?|pages?|clauses?|articles?|steps?|years?|keys?|channels?|routes?|lines?|tracks?|versions?|sizes?|modules?|rings?|pools?|leagues?|flights?|squads?|teams?|sets?|labs?|theatres?|studios?)$/i;
/** Capitalised words that head a date or an hour, not a name: "by March 3" is a deadline. */
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|i)$/i;
/** What follows a number that makes it an age or a bound on a count after all ("children 12 and under"). */
const COUNTED_AFTER = /^\s*(?:and (?:under|over|above|below|older|younger|up)|or (?:more|less|fewer|over|under|older|younger|above|below)|\+|years?|months?|weeks?|days?|hours?|minutes?|%|per ?cent)\b/i;

/**
 * Whether the amount that follows `prefix` (the sentence up to it) names a thing: the word right
 * before it is a noun of rungs, places or documents, or a capitalised name that does not open the
 * sentence ("the Division 2 pool"), and what follows does not make it an age or a bound.
 */
export function amountNamesAThing(prefix: string, after: string): boolean {
  if (COUNTED_AFTER.test(after)) return false;
  const words = prefix.trimEnd().split(/\s+/).filter((word) => word !== '');
  const last = words.at(-1);
  if (!last || !/^[A-Za-z][A-Za-z-]*$/.test(last)) return false;
  if (SYMBOL_ANCHORS.test(last) || NAMING_NOUNS.test(last)) return true;
  // A capital inside the sentence names ("Division", "Level"); the first word's capital says nothing.
  return words.length > 1 && /^[A-Z][a-z]/.test(last) && !CALENDAR.test(last) && !/[.!?:]$/.test(words.at(-2) ?? '');
}

/** Whether the amount after `prefix` sits in a Markdown table row, where no verb says which way it binds. */
export function amountInTableRow(prefix: string): boolean {
  const line = prefix.slice(prefix.lastIndexOf('\n') + 1);
  return /^\s*\|/.test(line);
}

/**
 * Whether the bound before the amount follows the verb a duty asks for ("must test below", "must
 * be below", "has to run under"): the modal, at most an adverb, then one verb (or "be" and a
 * participle), then the bound. `clause` is the duty's clause up to the bound word.
 */
export function boundMeasuresTheDuty(clause: string): boolean {
  return /\b(?:must|shall|has to|have to|needs? to|(?:is|are) required to)\s+(?:(?:always|still|only|now|then)\s+)?(?:be\s+(?:[a-z]+(?:ed|en|pt|ld)\s+)?|[a-z]+\s+)$/i.test(`${clause.trimEnd()} `);
}

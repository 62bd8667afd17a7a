// `scope-narrowed` for a prohibition that gained a threshold: "No one may enter the reactor hall
// without dosimetry" -> "No one without dosimetry may stay in the reactor hall for more than ten
// minutes", "Do not leave the van unattended" -> "... for longer than an hour", "Drivers must not
// drive without a break" -> "... more than four hours without a break". What stays below the
// threshold is now allowed: the prohibition covers fewer cases. The mirror of the stricter edit
// that drops a threshold so a prohibition covers every case (_stricter-edits.ts). Only bounds
// from above are read: a prohibition's old threshold reworded is no threshold added, and a duty's
// new "for more than six years" may be a floor (stricter), so duties are left alone. A time window
// added to a prohibition ("between 8 and 10 am", "during school hours", "at night") narrows it the
// same way. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { quote } from './_text.ts';
import { isExemption } from './_exemptions.ts';
import { boundPhrases, NUMBER_WORD_PATTERN, SCALE_WORDS, TIMES_WORDS } from './_numbers.ts';

/** A bound from below (a comparison of `_numbers.ts`, "later than", "after"), then an amount: a digit, a number word, or "an hour". */
const THRESHOLD = new RegExp(String.raw`\b(?:for )?(?:${[...boundPhrases('up', 'comparison'), 'later than', 'after', 'upwards of'].join('|')})(?: (?:a|an|the|about|around|roughly))? (?:\d[\d,.]*|${NUMBER_WORD_PATTERN}|${Object.keys(SCALE_WORDS).join('|')}|a|an|half|several|a few|${Object.keys(TIMES_WORDS).join('|')})\b(?: [a-z]+)?`, 'g');
/**
 * A time window: "between 8 and 10 am", "during school hours", "at night", "on weekdays". A
 * prohibition that gained one forbids only inside it ("Do not park in the loading bay" -> "...
 * between 8 and 10 am").
 */
const WINDOW = /\b(?:between (?:\d[\d:.]*|noon|midnight|[a-z]+day)(?: ?[ap]m)? (?:and|to) (?:\d[\d:.]*|noon|midnight|[a-z]+day)(?: ?[ap]m)?|(?:during|in|within|outside) (?:school|office|working|business|opening|peak|visiting|core|trading|lesson|shift) (?:hours|times|time)|at night|overnight|during the (?:day|night|week|weekend|evening|morning|term)|on (?:weekdays|weekends|week nights)|at (?:the )?weekends?|in term time|during term time)\b/g;
/** "No one may", "Nobody may", "No visitor may": a prohibition whose "no" the statement reader masks. */
const NO_ONE_MAY = /^(?:no one|nobody|no [a-z]+) (?:[a-z]+ ){0,4}?(?:may|can|shall|is to|are to|is allowed|are allowed|is permitted|are permitted)\b/;

function isProhibition(statement: Statement): boolean {
  const words = statement.words.join(' ');
  // "may discount without approval", "do not need approval up to ten percent": an exemption grants.
  if (isExemption(words)) return false;
  return statement.mainNegations.length > 0 || NO_ONE_MAY.test(words);
}

function thresholds(statement: Statement): string[] {
  const text = ` ${statement.words.join(' ')} `;
  return [...text.matchAll(THRESHOLD), ...text.matchAll(WINDOW)].map((match) => match[0].trim());
}

/** The threshold a kept prohibition gained, or null. */
function addedThreshold(previous: Statement, next: Statement): string | null {
  if (!isProhibition(previous) || !isProhibition(next) || thresholds(previous).length > 0) return null;
  const [added] = thresholds(next);
  if (!added) return null;
  // The same rule: most of its words stay (the verb may be said another way).
  const oldStems = previous.stems;
  const nowStems = new Set(next.stems);
  const kept = oldStems.filter((stem) => nowStems.has(stem)).length;
  return kept >= 2 && kept * 2 >= oldStems.length ? added : null;
}

/** One reason per one-to-one aligned prohibition that now holds only beyond a threshold. */
export function findThresholdsAdded(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const added = addedThreshold(previous, next);
    return added ? { code: 'scope-narrowed', message: `scope narrowed: the prohibition now holds only "${added}" in ${quote(group.nextText)}` } : null;
  });
}

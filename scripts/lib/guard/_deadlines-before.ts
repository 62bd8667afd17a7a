// A deadline set a span before an event, said as a cap on the span (issue 11, round 28a): "can be
// cancelled up to 48 hours before the class" allows a cancellation any time until 48 hours before
// it, which is "at least 48 hours before the class"; so is "no later than 48 hours before". The
// bound readings took "up to" and "no later than" for a cap on the span ("at most 48 hours"), so
// the same deadline said with "at least" read as a number and an order changed, and "at most 48
// hours before the class" (only in the last two days) read as nothing (v31's passport counter:
// "Appointments can be changed up to 24 hours before" -> "... as long as it is at least 24 hours
// away"). Before the versions are compared, "up to" / "no later than" / "not later than" + a span
// of time + "before" / "prior to" / "ahead of" / "in advance of" is written "at least <span>
// before". A span after the event ("up to 2 hours after the flight") is a cap and stays one, and so
// is "within 24 hours before" (inside the last day). Pure.

const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|school days?|weeks?|months?|years?)`;
const AMOUNT = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty[- ]eight|seventy[- ]two|twenty[- ]four|a|an)`;
/** "up to 48 hours before", "no later than two working days prior to". */
const CAP_BEFORE = new RegExp(String.raw`\b(?:up to|no later than|not later than)\s+(${AMOUNT}\s+${UNIT})\s+(before|prior to|ahead of|in advance of)\b`, 'gi');

/** "no earlier than 30 minutes before": the opening of the window, a cap on the span ("at most 30 minutes before"). */
const FLOOR_BEFORE = new RegExp(String.raw`\b(?:no earlier than|not earlier than|no sooner than|not sooner than)\s+(${AMOUNT}\s+${UNIT})\s+(before|prior to|ahead of|in advance of)\b`, 'gi');

/**
 * `text` with each deadline set a span before an event written as the floor it is, and each window
 * opening a span before it as the cap it is, so that "no later than ten days before" -> "no earlier
 * than ten days before" still reads as the order turned round.
 */
export function writeDeadlinesBeforeAsFloors(text: string): string {
  return text
    .replace(CAP_BEFORE, (_whole, span: string, before: string) => `at least ${span} ${before}`)
    .replace(FLOOR_BEFORE, (_whole, span: string, before: string) => `at most ${span} ${before}`);
}

/** Both versions with their deadlines before an event written as floors. */
export function foldDeadlinesBefore(previous: string, next: string): [string, string] {
  return [writeDeadlinesBeforeAsFloors(previous), writeDeadlinesBeforeAsFloors(next)];
}

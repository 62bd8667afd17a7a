// A span of days or weeks and one of months or years that are the same length near enough:
// "within eight weeks" = "no more than two months", "at least four weeks" = "at least a month",
// "30 days" = "a month", "52 weeks" = "a year". The number readings keep days and months apart
// (a month has no fixed length in days), so every such rewording read as `number-changed` (issue
// 11, round 19a: v21's "within eight weeks of the wedding" -> "no more than two months after").
// A month is read as 30.44 days; spans within a tenth of each other are one span said in two
// calendars, farther apart they are compared as before ("3 weeks" -> "a month" is longer). Pure.

const DAY_SECONDS = 86_400;
/** A month in seconds: the mean Gregorian month. */
const MONTH_SECONDS = 30.44 * DAY_SECONDS;
/** Spans this close (larger over smaller) are the same span. */
const SAME_WITHIN = 1.1;

/** An amount as the number readings hold it: seconds for `time`, months for `month`. */
export interface CalendarAmount {
  value: number;
  dimension: string;
}

/** Whether one amount in days/weeks (`time`) and one in months/years (`month`) name the same span. */
export function sameCalendarSpan(a: CalendarAmount, b: CalendarAmount): boolean {
  const seconds = (amount: CalendarAmount): number | null => (amount.dimension === 'time' ? amount.value : amount.dimension === 'month' ? amount.value * MONTH_SECONDS : null);
  if (a.dimension === b.dimension) return false;
  const [x, y] = [seconds(a), seconds(b)];
  // Under a week, a month's reading is no help: "5 days" is no part of a month anyone says.
  if (x === null || y === null || Math.min(x, y) < 7 * DAY_SECONDS) return false;
  return Math.max(x, y) / Math.min(x, y) < SAME_WITHIN;
}

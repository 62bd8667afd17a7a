// A time of day on the 24-hour clock in one version and on the 12-hour clock in the other (issue
// 11, round 24a: v25's "Polls are open from 7 a.m. to 10 p.m." -> "from 07:00 to 22:00" read as two
// numbers changed and a drift). "19:00" and "7 p.m." name one time: before the versions are compared,
// each 12-hour time of a version is written on the 24-hour clock as the other version writes its
// times ("07:00", "7:00"), so the same time reads as nothing and another time still reads as a number
// changed, a.m. for p.m. included ("4.30 p.m." -> "04:30" is "16:30" -> "04:30"). Only when the other
// version writes 24-hour times and no 12-hour one; a version with both notations is left as written.
// Pure.

/** "7 a.m.", "4.30pm", "9:30 PM", "10 p.m": a 12-hour time, its hour, minutes and half of the day. */
const TWELVE_HOUR = /\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?([ap])(?:\.m\b\.?|m\b)/gi;
/** "07:00", "22:00", "16:30": a 24-hour time, not followed by a.m./p.m. */
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s?[ap]\.?m\b)/gi;

const has = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
};

/** `text` with each 12-hour time written on the 24-hour clock, when `other` writes only 24-hour times. */
function asOther(text: string, other: string): string {
  if (!has(TWELVE_HOUR, text) || has(TWENTY_FOUR_HOUR, text) || !has(TWENTY_FOUR_HOUR, other) || has(TWELVE_HOUR, other)) return text;
  // "07:00" or "7:00": the hour padded as the other version pads its first time.
  const padded = /(?:^|\D)0\d:/.test(other) || /\b\d\d:\d\d\b/.test(other.match(TWENTY_FOUR_HOUR)?.[0] ?? '');
  return text.replace(TWELVE_HOUR, (whole: string, hour: string, minutes: string | undefined, half: string, at: number) => {
    const hours = (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    // "... at 7 p.m." or "7 p.m. Staff ...": the dotted suffix's last stop also ended the sentence.
    const ends = /\.m\.$/i.test(whole) && /^(?:\s*$|\s+[A-Z])/.test(text.slice(at + whole.length));
    return `${padded || hours >= 10 ? String(hours).padStart(2, '0') : String(hours)}:${minutes ?? '00'}${ends ? '.' : ''}`;
  });
}

/** Each 12-hour time of a text as "hour:minutes half" ("4:00 p"). */
function twelveHourTimes(text: string): string[] {
  return [...text.matchAll(TWELVE_HOUR)].map((match) => `${Number(match[1])}:${match[2] ?? '00'} ${(match[3] ?? '').toLowerCase()}`);
}

/** `text` with every 12-hour time written on the 24-hour clock ("4 p.m." -> "16:00"). */
function onTwentyFourHourClock(text: string): string {
  return text.replace(TWELVE_HOUR, (whole: string, hour: string, minutes: string | undefined, half: string, at: number) => {
    const hours = (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    const ends = /\.m\.$/i.test(whole) && /^(?:\s*$|\s+[A-Z])/.test(text.slice(at + whole.length));
    return `${String(hours).padStart(2, '0')}:${minutes ?? '00'}${ends ? '.' : ''}`;
  });
}

/**
 * Both versions on the 24-hour clock when both write 12-hour times and one hour of the day turned
 * to the other half ("closes at 4 p.m." -> "at 4 a.m."): the number reading compares figures, and
 * the figure "4" stayed while the time moved twelve hours (round 25b). Only then: a version's
 * "after 9 pm" is read with its half of the day elsewhere.
 */
function halfOfDayTurned(previous: string, next: string): boolean {
  if (has(TWENTY_FOUR_HOUR, previous) || has(TWENTY_FOUR_HOUR, next)) return false;
  const before = twelveHourTimes(previous);
  const after = twelveHourTimes(next);
  const turned = (time: string): string => time.replace(/ ([ap])$/, (_, half: string) => (half === 'a' ? ' p' : ' a'));
  return before.some((time) => !after.includes(time) && after.includes(turned(time)) && !before.includes(turned(time)));
}

/** Both versions with the 12-hour times of each written on the 24-hour clock when the other writes that clock. */
export function writeClockTimesAlike(previous: string, next: string): [string, string] {
  if (halfOfDayTurned(previous, next)) return [onTwentyFourHourClock(previous), onTwentyFourHourClock(next)];
  return [asOther(previous, next), asOther(next, previous)];
}

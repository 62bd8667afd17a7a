// A time of day said in words, written as the 12-hour time it names (issue 11, round 28a: v30's bus
// rostering "No duty may start earlier than 04:30" -> "... earlier than half past four in the
// morning" read as a number removed). "half past four in the morning" is "4:30 a.m.", "a quarter to
// seven in the evening" "6:45 p.m.", "nine o'clock at night" "9 p.m."; `_clock-times.ts` then writes
// it on the 24-hour clock when the other version uses that clock, so the same time reads as nothing
// and another ("half past five", "in the afternoon") as a number changed. Only with the half of the
// day said ("in the morning", "in the afternoon", "in the evening", "at night", "a.m.", "p.m."): "half
// past four" alone could be either. Pure.

const HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const HOUR = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])`;
/** "half past four in the morning", "a quarter to seven in the evening", "nine o'clock at night". */
const CLOCK_WORDS = new RegExp(String.raw`\b(?:(half past|(?:a )?quarter past|(?:a )?quarter to)\s+)?${HOUR}(?:\s+o'clock)?\s+(in the morning|in the afternoon|in the evening|at night|a\.m\.|p\.m\.|am\b|pm\b)`, 'gi');

function hourOf(word: string): number {
  return HOURS[word.toLowerCase()] ?? Number(word);
}

/** `text` with each time of day said in words written as its 12-hour time ("4:30 a.m."). */
export function writeClockWords(text: string): string {
  return text.replace(CLOCK_WORDS, (whole: string, part: string | undefined, hourWord: string, half: string) => {
    const said = (part ?? '').toLowerCase().replace(/^a /, '');
    if (said === '' && !/o'clock/i.test(whole) && /^(?:a\.m\.|p\.m\.|am|pm)$/i.test(half)) return whole;
    let hour = hourOf(hourWord);
    let minutes = 0;
    if (said === 'half past') minutes = 30;
    else if (said === 'quarter past') minutes = 15;
    else if (said === 'quarter to') [hour, minutes] = [hour === 1 ? 12 : hour - 1, 45];
    // "twelve at night" is midnight.
    const suffix = /morning|a\.?m/i.test(half) || (hour === 12 && /night/i.test(half)) ? 'a.m.' : 'p.m.';
    // "7 in the morning" is "7 a.m.", as "7am" writes it: minutes written only when said, so a
    // version writing "7am" reads the same hour (round 37c: v49's "before 7 in the morning" -> "7am").
    return said === '' ? `${hour} ${suffix}` : `${hour}:${String(minutes).padStart(2, '0')} ${suffix}`;
  });
}

/** "half past twelve", "a quarter to three", "four o'clock" with no half of the day said. */
const BARE_CLOCK_WORDS = new RegExp(String.raw`\b(?:(half past|(?:a )?quarter past|(?:a )?quarter to)\s+${HOUR}\b(?!\s*o'clock)|${HOUR}\s+o'clock)(?!\s+(?:in the|at night|a\.m\.|p\.m\.|am\b|pm\b))`, 'gi');

/**
 * A time said in words with no half of the day ("half past two") written "2:30" where the other
 * version writes that time so, on either half of the day ("2:30", "14:30"): the writer of one said
 * the clock time the other wrote (round 37c: v48's "Lunch is served at 12:30 and the hall is
 * cleared by 2:30" -> "at half past twelve ... by half past two"). Another time is left in words.
 */
function writeBareClockWords(text: string, other: string): string {
  return text.replace(BARE_CLOCK_WORDS, (whole: string, part: string | undefined, hourWord: string | undefined, oclockHour: string | undefined) => {
    const said = (part ?? '').toLowerCase().replace(/^a /, '');
    let hour = hourOf(hourWord ?? oclockHour ?? '');
    let minutes = 0;
    if (said === 'half past') minutes = 30;
    else if (said === 'quarter past') minutes = 15;
    else if (said === 'quarter to') [hour, minutes] = [hour === 1 ? 12 : hour - 1, 45];
    const mm = String(minutes).padStart(2, '0');
    const written = [hour, (hour % 12) + 12].map((h) => new RegExp(String.raw`(?<![\d:.])0?${h}[:.]${mm}\b`).exec(other)?.[0]).find((time) => time !== undefined);
    return written ?? whole;
  });
}

/** Both versions with their times of day in words written as 12-hour times, or as the other writes a time said without its half of the day. */
export function foldClockWords(previous: string, next: string): [string, string] {
  return [writeBareClockWords(writeClockWords(previous), next), writeBareClockWords(writeClockWords(next), previous)];
}

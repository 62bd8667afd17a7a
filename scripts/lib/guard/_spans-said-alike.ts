// One span of time said in other words, where the number readings read it as two amounts or as
// none: "limited to 2 minutes 30 seconds" -> "limited to two and a half minutes", "at least 24
// hours before sanding" -> "at least a full day before sanding", "for up to 14 nights per visit" ->
// "for up to two weeks per visit" (round 43d: v60's and v61's units, read as `number-changed`: the
// readings take "2 minutes" and "30 seconds" as two amounts and "two and a half" as a two and a
// half-minute; "a full day" is read only with no bound before it, for v21's ban; a night is a
// noun they count, no unit). A span of the new version is written as the old version writes the
// same span when both stand between the same two words before and the same word after, and one of
// them is said in one of these ways: two units ("2 hours 30 minutes", "1 hour and 15 minutes"),
// and a half or a quarter ("two and a half minutes", "an hour and a half", "3 hours and a
// quarter"), "a full/whole <unit>", or nights. Months and years have no fixed length and are left
// to _calendar-spans.ts. Pure.
import { DAY, NUMBER_WORDS } from './_numbers.ts';
import { contextAround, writtenAsOld } from './_said-alike.ts';

/** Seconds in each unit a span here may be said in ("night" as a day: a stay of 14 nights is two weeks). */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1, sec: 1, minute: 60, min: 60, hour: 3_600, hr: 3_600, day: DAY, night: DAY, week: 7 * DAY, fortnight: 14 * DAY,
};

const NUMBER = String.raw`\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).filter((word) => word !== 'dozen').sort((a, b) => b.length - a.length).join('|')}`;
const UNIT = String.raw`(?:second|sec|minute|min|hour|hr|day|night|week|fortnight)s?`;
const PART = String.raw`(?:half|quarter)`;

/** The ways a span is said here, each with its groups read by `secondsOf`; the first that matches at a place wins. */
const SPAN = new RegExp(
  [
    // "2 hours 30 minutes", "1 hour and 15 minutes"
    String.raw`(?<n1>${NUMBER}) (?<u1>${UNIT}),? (?:and )?(?<n2>${NUMBER}) (?<u2>${UNIT})`,
    // "two and a half minutes"
    String.raw`(?<n3>${NUMBER}) and a (?<p3>${PART}) (?<u3>${UNIT})`,
    // "two hours and a half", "an hour and a half"
    String.raw`(?<n4>${NUMBER}|an?) (?<u4>${UNIT}) and a (?<p4>${PART})`,
    // "a full day", "a whole week"
    String.raw`an? (?<whole>full|whole) (?<u5>${UNIT})`,
    // "14 nights", "two weeks", "24 hours"
    String.raw`(?<n6>${NUMBER}) (?<u6>${UNIT})`,
    // "a week", "an hour"
    String.raw`(?<n7>an?) (?<u7>${UNIT})`,
  ].map((way) => `\\b(?:${way})\\b`).join('|'),
  'gi',
);

/** A number as written: figures, or a word of one. */
function numberOf(written: string): number {
  return /^\d/.test(written) ? Number(written) : /^an?$/i.test(written) ? 1 : (NUMBER_WORDS[written.toLowerCase()] ?? Number.NaN);
}

/** Seconds in a unit as written ("hours" -> 3,600). */
function unitOf(written: string): number {
  return UNIT_SECONDS[written.toLowerCase().replace(/s$/, '')] ?? Number.NaN;
}

interface Span {
  start: number;
  end: number;
  text: string;
  seconds: number;
  /** Said in one of the ways the number readings do not read as one amount. */
  unread: boolean;
  /** The two words before it and the word after it, lower case. */
  context: string;
}

/** Every span of time in a text, with the words round it. */
function spansOf(text: string): Span[] {
  return [...text.matchAll(SPAN)].flatMap((match) => {
    const g = match.groups ?? {};
    const fraction = (part: string | undefined): number => (part?.toLowerCase() === 'half' ? 0.5 : 0.25);
    let seconds = Number.NaN;
    let unread = true;
    if (g.n1 !== undefined) {
      const [larger, smaller] = [unitOf(g.u1 ?? ''), unitOf(g.u2 ?? '')];
      // "2 hours 30 minutes" counts down its units; "2 days 3 weeks" is no one span.
      seconds = larger > smaller ? numberOf(g.n1) * larger + numberOf(g.n2 ?? '') * smaller : Number.NaN;
    } else if (g.n3 !== undefined) seconds = (numberOf(g.n3) + fraction(g.p3)) * unitOf(g.u3 ?? '');
    else if (g.n4 !== undefined) seconds = (numberOf(g.n4) + fraction(g.p4)) * unitOf(g.u4 ?? '');
    else if (g.whole !== undefined) seconds = unitOf(g.u5 ?? '');
    else if (g.n6 !== undefined) {
      seconds = numberOf(g.n6) * unitOf(g.u6 ?? '');
      unread = /^nights?$/i.test(g.u6 ?? '');
    } else if (g.n7 !== undefined) {
      seconds = unitOf(g.u7 ?? '');
      unread = /^night$/i.test(g.u7 ?? '');
    }
    if (!Number.isFinite(seconds) || seconds <= 0) return [];
    const start = match.index;
    const end = start + match[0].length;
    const context = contextAround(text, start, end);
    return [{ start, end, text: match[0], seconds: Number(seconds.toPrecision(12)), unread, context }];
  });
}

/**
 * Both versions, each span of time of the new one that the old one says otherwise between the same
 * words written as the old one writes it.
 */
export function foldSpansSaidAlike(previous: string, next: string): [string, string] {
  const old = spansOf(previous);
  if (old.length === 0) return [previous, next];
  const sameAs = (span: Span) => old.find((candidate) => candidate.seconds === span.seconds && candidate.context === span.context && candidate.text.toLowerCase() !== span.text.toLowerCase() && (candidate.unread || span.unread));
  return [previous, writtenAsOld(next, spansOf(next), sameAs)];
}

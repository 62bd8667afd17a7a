// Time windows said in words, written as the amounts they are so that the number readings can
// compare them: "within the hour" is "within 1 hour", "half an hour" is "30 minutes", "by the end
// of the working day" and "the same day" are "within 1 day", "a couple of hours" is "2 hours".
// Without it "within the hour" -> "by end of day" keeps every number (none) and passes, while
// "within 60 minutes" -> "within the hour" loses one and is flagged. Only the number readings see
// the figures; their messages quote the words again. Pure.
//
// Edges, on purpose: "the next day" stays one day (as reason-number reads it: "by the end of the
// next day" or "within 24 hours" is a reading no wording settles), a shift has no length, and
// vague spans ("a few hours", "shortly", "in good time") are no amount.

import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from './_numbers.ts';

interface Window {
  pattern: RegExp;
  figure: string | ((match: RegExpExecArray) => string);
}

const UNIT_HALVES: Record<string, string> = { hour: '30 minutes', day: '12 hours', minute: '30 seconds', year: '6 months' };

/** The end of today as a deadline, however a team says it (by close of business, by end of play); "at the end of the day" is a moment. */
const END_OF_DAY = String.raw`(?:by|before|until|no later than) (?:the )?(?:end|close) of (?:(?:the|that|this|each) )?(?:(?:working|business|school|trading|office) )?day|(?:by|before|until|no later than) (?:the )?(?:close|end) of (?:business|play)|(?:by|before) (?:cob|eod|eob)|(?:before|by the time) the (?:(?:working|business|school) )?day (?:is out|is over|ends|closes)`;
/** "the same day", "on the day", "that same day": within the day the event happened. */
const SAME_DAY = String.raw`(?:on )?(?:the|that) same day|on (?:the|that) day(?= (?:it|they|the|he|she|you|we|of)\b)`;

// Longest first: "an hour and a half" before "half an hour", the end of day said with "the same day" once.
const WINDOWS: readonly Window[] = [
  { pattern: new RegExp(String.raw`\b(?:${END_OF_DAY})(?: (?:on )?(?:the|that) same day)?\b`, 'gi'), figure: 'within 1 day' },
  { pattern: new RegExp(String.raw`\b(?:${SAME_DAY})\b`, 'gi'), figure: 'within 1 day' },
  { pattern: /\b(?:an|one) (hour|day|minute|year) and a half\b/gi, figure: (m) => `${({ hour: '90 minutes', day: '36 hours', minute: '90 seconds', year: '18 months' } as Record<string, string>)[m[1]!.toLowerCase()]}` },
  { pattern: /\b(?:one|1) and a half (hour|day|minute|year)s\b/gi, figure: (m) => `${({ hour: '90 minutes', day: '36 hours', minute: '90 seconds', year: '18 months' } as Record<string, string>)[m[1]!.toLowerCase()]}` },
  // "two and a half hours" is 150 minutes, "4 and a half days" 108 hours (issue 11, round 19a: "two
  // and a half hours" -> "150 minutes" read "two" as a count removed).
  { pattern: new RegExp(String.raw`\b(\d+|${NUMBER_WORD_PATTERN}) and a half (hour|day|minute|year)s\b`, 'gi'), figure: (m) => andAHalf(m[1]!, m[2]!) },
  { pattern: /\bthree quarters of an hour\b/gi, figure: '45 minutes' },
  { pattern: /\b(?:(?:a|one) )?quarter of an hour\b/gi, figure: '15 minutes' },
  { pattern: /\bhalf (?:an? )?(hour|day|minute|year)\b|\ba half[- ](hour|day)\b|\bhalf-(hour|day)\b/gi, figure: (m) => UNIT_HALVES[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()] ?? m[0] },
  { pattern: /\ba couple of (minutes|hours|days|weeks|months)\b/gi, figure: (m) => `2 ${m[1]}` },
  { pattern: /\bwithin the (hour|day|week|month)\b/gi, figure: (m) => `within 1 ${m[1]}` },
  { pattern: /\b(?:by|before) the end of (?:the|this|that) (week|month)\b/gi, figure: (m) => `within 1 ${m[1]}` },
  // Not the period of an amount before it ("96 hours a fortnight", "£20 a fortnight", "twice a
  // fortnight"): a rate the number readings pair with its amount (`_amounts-per-period.ts`, round 30c).
  { pattern: /(?<!(?:\d|\b(?:once|twice|thrice|times))(?: [a-z]+)? )\b(?:a|one) fortnight\b/gi, figure: '14 days' },
  // "within a working week" is five working days, whatever day it starts on.
  { pattern: /\b(?:a|one) (?:working|business) week\b/gi, figure: '5 working days' },
  // "by the next working day" is a deadline ("within one working day"), not a date.
  { pattern: /\b(?:by|before|on|no later than) the (?:next|following) (working|business) day\b/gi, figure: (m) => `within 1 ${m[1]} day` },
  // "no later than 60 minutes ahead of the race" is "at least 60 minutes before" it: a notice period
  // said from the deadline's side is a floor on the notice, not a cap (round 19a).
  { pattern: new RegExp(String.raw`\b(?:no|not) later than ((?:\d+(?:\.\d+)?|an?|${NUMBER_WORD_PATTERN}) (?:(?:working|business|calendar|clear|full) )?(?:minute|hour|day|week|month)s?) (?:before|ahead of|prior to|in advance of)\b`, 'gi'), figure: (m) => `at least ${m[1]} before` },
  { pattern: new RegExp(String.raw`\b(?:no|not) (?:earlier|sooner) than ((?:\d+(?:\.\d+)?|an?|${NUMBER_WORD_PATTERN}) (?:(?:working|business|calendar|clear|full) )?(?:minute|hour|day|week|month)s?) (?:before|ahead of|prior to|in advance of)\b`, 'gi'), figure: (m) => `at most ${m[1]} before` },
  // "within an hour", "for an hour at most" against "30 minutes": a span bounded is one of its unit.
  { pattern: /(?<=\b(?:within|under|up to) )(?:an|a) (minute|hour|day|week)\b/gi, figure: (m) => `1 ${m[1]}` },
  { pattern: /\b(?:an|a) (minute|hour|day|week)(?=,? (?:at (?:the )?most|at (?:the )?least|or less|or more|maximum|minimum)\b)/gi, figure: (m) => `1 ${m[1]}` },
  // "for 30 minutes at most" = "for at most 30 minutes": the cap or floor said after the span, put where the number readings look.
  { pattern: /\b(\d+(?:\.\d+)? (?:(?:working|business|calendar) )?(?:second|minute|hour|day|week|month|year)s?),? (at (?:the )?most|at (?:the )?least|or less|or more|maximum|minimum)\b/gi, figure: (m) => `${/least|more|minimum/i.test(m[2]!) ? 'at least' : 'at most'} ${m[1]}` },
];

/** "<n> and a half <unit>s" in the next unit down, as a figure. */
function andAHalf(count: string, unit: string): string {
  const n = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 0);
  const [per, smaller] = ({ hour: [60, 'minutes'], day: [24, 'hours'], minute: [60, 'seconds'], year: [12, 'months'] } as Record<string, [number, string]>)[unit.toLowerCase()] ?? [1, unit];
  return `${n * per + per / 2} ${smaller}`;
}

export interface WindowsInFigures {
  text: string;
  /** Each figure written, with the words it stands for, for quoting them back. */
  said: ReadonlyArray<{ figure: string; words: string }>;
}

/** The text with every time window said in words written as a figure. */
export function withTimeWindowsInFigures(text: string): WindowsInFigures {
  let out = text;
  const said: Array<{ figure: string; words: string }> = [];
  for (const { pattern, figure } of WINDOWS) {
    out = out.replace(pattern, (...args: unknown[]) => {
      const match = Object.assign([...args.slice(0, -2)] as string[], { index: 0, input: '' }) as unknown as RegExpExecArray;
      const written = typeof figure === 'string' ? figure : figure(match);
      said.push({ figure: written.replace(/^[a-z ]*?(?=\d)/, ''), words: match[0] });
      return written;
    });
  }
  return { text: out, said };
}

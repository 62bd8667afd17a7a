// A rate said as one word in one version and as "once a <period>" in the other ("at least once a
// month" = "no less than monthly", "check the logs daily" = "once a day"): before two versions are
// compared, the word is written as the phrase the other version uses, and a floor said "no less
// than"/"not less than"/"no fewer than" as the "at least" the other says, so the rate's number
// reads the same on both sides. Pure.

/** Rate words and their period. */
const RATES: Readonly<Record<string, string>> = {
  hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', quarterly: 'quarter',
};

function foldInto(text: string, other: string): string {
  // "twice daily" is "twice a day"; "once a week at minimum" / "at a minimum once a week" is "at least once a week".
  let result = text
    .replace(/\b(once|twice|thrice|\w+ times) (hourly|daily|weekly|monthly|yearly|annually|quarterly)\b/gi, (whole, count: string, word: string) => `${count} a ${RATES[word.toLowerCase()] ?? word}`)
    .replace(/\b((?:once|twice|thrice|\w+ times) (?:a|an|per|every) \w+|hourly|daily|weekly|monthly|yearly|annually|quarterly) at (?:a )?minimum\b/gi, 'at least $1')
    .replace(/\bat (?:a )?minimum,? (?=once|twice|thrice|\w+ times|hourly|daily|weekly|monthly|yearly|annually|quarterly)/gi, 'at least ');
  for (const [word, period] of Object.entries(RATES)) {
    // Only a rate the other version says with "once" ("once a month", "once per month", "once every month").
    const said = new RegExp(`\\bonce (?:a|an|per|each|every) ${period}\\b`, 'i').exec(other);
    if (!said || new RegExp(`\\b${word}\\b`, 'i').test(other)) continue;
    result = result.replace(new RegExp(`\\b${word}\\b`, 'gi'), said[0].toLowerCase());
  }
  if (/\bat least\b/i.test(other) && !/\bat least\b/i.test(result)) result = result.replace(/\b(?:no|not) (?:less|fewer) than\b/gi, 'at least');
  if (/\bat most\b/i.test(other) && !/\bat most\b/i.test(result)) result = result.replace(/\b(?:no|not) (?:more|greater) than\b/gi, 'at most');
  return result;
}

/** Both versions with a one-word rate, and a floor or cap said with "no less/more than", in the other version's words. */
export function foldFrequencyWords(previous: string, next: string): [string, string] {
  return [foldInto(previous, next), foldInto(next, previous)];
}

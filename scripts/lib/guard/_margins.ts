// "by" before an amount that says a margin, not a deadline (issue 11, round 47a: v69's "League
// matches are played to 11 points, win by 2" -> "win by 1"). The tightening reading takes "by N" for
// a deadline ("filed by 5 pm"), where an earlier one is stricter; a margin ("win by 2", "raise the rate
// by 10 per cent", "cut the bushes back by 30 centimetres") has no side that is sure to bind harder,
// so a margin moved is another rule. Read from the words round the amount: a verb of winning or of
// changing a size right before "by", or a unit after the amount that is no clock, date or time. Pure.

/** Verbs a margin follows: winning by, changing a size or a rate by, going past by. */
const MARGIN_VERB = /\b(?:win|wins|won|winning|beat|beats|lead|leads|increase[sd]?|increasing|raise[sd]?|raising|reduce[sd]?|reducing|cut|cuts|lower(?:s|ed)?|exceed(?:s|ed)?|shorten(?:s|ed)?|lengthen(?:s|ed)?|rise|rises|rose|fall|falls|fell|drop(?:s|ped)?|extend(?:s|ed)?|trim(?:s|med)?|back|up|down)\s+by\s*$/i;

/** Words after an amount that make "by" a deadline: a clock, a date, a day or a time of day. */
const WHEN_AFTER = /^\s*(?:\d+[:.]\d|\S+\s*(?:a\.?m\b|p\.?m\b|o'clock\b|h\b|hrs?\b|noon\b|midnight\b|tonight\b|today\b|tomorrow\b|at\b|on\b|the\b|st\b|nd\b|rd\b|th\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|in the\b|(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b))/i;

/** A unit after the amount that names a size, a share or a score: "10 per cent", "30 centimetres", "2 points". */
const SIZE_AFTER = /^\s*\S+\s*(?:%|per ?cent\b|percent\b|points?\b|goals?\b|runs?\b|strokes?\b|lengths?\b|[a-z]*metres?\b|mm\b|cm\b|km\b|inch(?:es)?\b|feet\b|foot\b|pounds?\b|lbs?\b|kilo(?:gram)?s?\b|kg\b|grams?\b|g\b|tonnes?\b|degrees?\b|twists?\b|turns?\b|notches?\b)/i;

/** Whether "by" right before the amount says a margin: `prefix` ends with "by", `after` starts with the amount. */
export function byIsAMargin(prefix: string, after: string): boolean {
  if (!/\bby\s*$/i.test(prefix)) return false;
  if (SIZE_AFTER.test(after)) return true;
  return MARGIN_VERB.test(prefix) && !WHEN_AFTER.test(after);
}

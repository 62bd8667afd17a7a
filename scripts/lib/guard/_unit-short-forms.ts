// A unit of time written short after its figure ("7 yrs", "6 mths", "10 wks", "8 hrs", "30 mins")
// where the other version spells it out with the same figure ("7 years"): written as that word.
// The number readings already read both as one amount, but the learned flag and the words-kept
// test it stands down on (_faithful-wording.ts) read the short form as a word of its own, and
// flagged the unit spelled out (round 43d: the tuning set's "Keep the signed waivers for 7 yrs" ->
// "7 years", "every 6 mths" -> "every 6 months", flagged in session 36 by the learned flag alone).
// _abbreviations.ts leaves a word after a figure to the unit readings. Pure.

/** Each short form and the word it stands for. */
const SHORT_FORMS: Readonly<Record<string, string>> = { yr: 'year', mth: 'month', wk: 'week', hr: 'hour', min: 'minute', sec: 'second' };

/** A figure, then a short form of a unit, its plural "s" and a dot optional. */
const SHORT = /\b(\d+(?:\.\d+)?)\s?(yr|mth|wk|hr|min|sec)(s?)\b\.?(?!\d)/gi;

/** `text` with each short unit after a figure written as the word `other` says after the same figure. */
function spelled(text: string, other: string): string {
  return text.replace(SHORT, (whole, figure: string, short: string, plural: string, at: number, all: string) => {
    const word = SHORT_FORMS[short.toLowerCase()] ?? '';
    const said = new RegExp(`\\b${figure.replace('.', '\\.')}\\s?(${word}s?)\\b`, 'i').exec(other)?.[1];
    if (!said) return whole;
    // A dot that ended the sentence still ends it.
    const dot = whole.endsWith('.') && /^(?:\s*$|\s+[A-Z])/.test(all.slice(at + whole.length)) ? '.' : '';
    return `${figure} ${said}${dot}`;
  });
}

/** Both versions with each short unit the other version spells out after the same figure written as its word. */
export function spellUnitShortForms(previous: string, next: string): [string, string] {
  return [spelled(previous, next), spelled(next, previous)];
}

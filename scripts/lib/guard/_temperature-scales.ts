// A temperature written with its symbol in one version and its scale's name in the other: "11°C"
// against "11 degrees Celsius", "75 °F" against "75 degrees Fahrenheit". The symbol version was
// read with "Celsius" as an entity removed, "degrees celsius" -> "c" as an object replaced and a
// conjunct dropped (issue 11, round 19a: v21's cellar "between 11 and 14 degrees Celsius" -> "never
// drop below 11°C or climb above 14°C"); the other way round ("75°C" -> "75 degrees Celsius") read
// nothing. The symbol is written as the name the other version uses; a scale changed (°C against
// "degrees Fahrenheit") is left for the number reading to flag. Pure.

const NAMES: Readonly<Record<string, string>> = { c: 'Celsius', f: 'Fahrenheit' };
/** "11°C", "11 °C", "11º C": a figure, the degree sign, the scale's letter. */
const SYMBOL = /(\d)\s?[°º]\s?([CF])\b/g;

/** The text with each temperature symbol written as "degrees <scale>" when `other` names that scale. */
function spelledAs(text: string, other: string): string {
  return text.replace(SYMBOL, (whole, digit: string, letter: string) => {
    const name = NAMES[letter.toLowerCase()]!;
    const named = new RegExp(`\\b(?:degrees? )?${name}\\b`, 'i').test(other) || (name === 'Celsius' && /\bcentigrade\b/i.test(other));
    return named ? `${digit} degrees ${name}` : whole;
  });
}

/** Both versions with the temperature symbols the other version spells out written as its words. */
export function spellTemperatureScales(previous: string, next: string): [string, string] {
  return [spelledAs(previous, next), spelledAs(next, previous)];
}

// Odd surfaces a clause's writer may give any rule, for the tests that read each round's readings
// on inputs their own fixtures do not hold (round47a-odd-inputs.test.ts, round48-odd-inputs.test.ts).
// In a hook an exception is exit 70 and no commit, so every reading must answer on these; the edits
// are fixed, so a failure names the pair to read again.

/** Edits made to both texts of a pair alike: the shape kept, the surface odd. */
export const ODD_EDITS: readonly [string, (text: string) => string][] = [
  ['a Markdown bullet', (text) => `- ${text}`],
  ['a numbered item', (text) => `1. ${text}`],
  ['a nested list', (text) => `- Rules:\n  - ${text}\n  - ${text}`],
  ['no closing stop', (text) => text.replace(/[.]$/, '')],
  ['stops doubled', (text) => text.replace(/[.]$/, '..')],
  ['a trailing "not"', (text) => `${text.replace(/[.]$/, '')}, not`],
  ['a lone "not" sentence', (text) => `${text} Not.`],
  ['ending on "a"', (text) => `${text.replace(/[.]$/, '')} a`],
  ['ending on "by"', (text) => `${text.replace(/[.]$/, '')} by`],
  ['opening with "not"', (text) => `Not ${text.charAt(0).toLowerCase()}${text.slice(1)}`],
  ['punctuation only between', (text) => `${text} ;;; --- !!! ${text}`],
  ['emphasis and code', (text) => `**${text}** \`not\``],
  ['curly quotes and a dash', (text) => `“${text}” — not ‘them’`],
  ['one long sentence', (text) => Array.from({ length: 12 }, () => text.replace(/[.]$/, '')).join(', and ') + '.'],
];

/** Texts with next to nothing in them. */
export const BARE_TEXTS: readonly string[] = ['', ' ', '.', '-', '- ', '*', '---', 'not', 'a', 'by', 'only if', ', not', 'win by', '1.', '#', '> not'];

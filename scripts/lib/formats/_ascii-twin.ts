// Pure: a pattern with Unicode property classes (`\p{L}`) and its twin for ASCII text. V8 compiles
// a pattern when it is first used, again for each string width (one-byte, two-byte) and again
// when it turns hot, and each compile of a `\p` class walks ICU's tables. A hook is a short
// process: those compiles are paid on every commit, and a commit of 50 prompts in many front-matter
// shapes met most of them (about 6 ms of CPU in the Claude and Cursor text keys' patterns alone,
// `perf` at 10,000 prompts). Front matter is mostly ASCII: its readers ask the twin, which compiles
// like any small pattern, and give the `\p` pattern only a text holding a character past ASCII.
// ascii-twin.test.ts holds every pair equal on ASCII text.

/** One pattern in two forms that match the same ASCII texts: `unicode` for any text, `ascii` with no `\p` class and no `u` flag. */
export interface AsciiTwin {
  unicode: RegExp;
  ascii: RegExp;
}

const PAST_ASCII = /[^\x00-\x7f]/;

/** Whether `text` matches the pattern, through its ASCII twin when the text is ASCII. The patterns are not global: `test` keeps no state. */
export function matchesTwin(twin: AsciiTwin, text: string): boolean {
  return (PAST_ASCII.test(text) ? twin.unicode : twin.ascii).test(text);
}

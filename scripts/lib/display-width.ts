// Pure: how many terminal columns a text takes, so that columns of ids line up for a team whose
// file names are Chinese or Japanese. A code point count put `客服/退款` two columns short per
// character: East Asian wide and fullwidth characters take two columns, combining marks (an accent
// written as its own code point, as macOS spells file names) and zero-width joiners none.

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones file names use. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\p{Mn}\p{Me}\u200B-\u200F\uFE00-\uFE0F]/u;

/** The number of terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** Each cell followed by the spaces that make it as wide as the widest (in terminal columns): a column of a listing. */
export function padColumn(cells: readonly string[]): string[] {
  const widths = cells.map(displayWidth);
  const widest = Math.max(0, ...widths);
  return cells.map((cell, i) => cell + ' '.repeat(widest - widths[i]!));
}

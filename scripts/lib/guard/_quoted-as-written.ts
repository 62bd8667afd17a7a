// Pure: the words of a reason's quotes as the clause writes them. The guard reads a clause with
// its Markdown stripped (_text.ts: `**`, `__`, `*` and backticks taken out), so a quote of "The
// __proto__ of an object" said "The proto of an object", and `__init__` in a code span "init":
// a reviewer reading the source could not find the words quoted, and the report and the site
// (which escape what they show) showed the stripped word. The reading is left as it is: only the
// quotes get back the words a clause marked with `__` or backticks. A word is put back only when
// the texts never write it bare, so that a quote of a sentence that says "proto" stays right.
import { escapeRegExp } from './_text.ts';

/** A code span, or a word holding `__` (an identifier such as `__proto__`, `__init__`, `a__b`). */
const MARKED = /`([^`\n]+)`|(?<![\w`])([A-Za-z0-9_]*__[A-Za-z0-9_]*)(?![\w`])/g;

/** What the guard reads for a marked word: the markup _text.ts strips, stripped. */
const stripped = (word: string) => word.replace(/\*\*|__|\*|`/g, '');

/**
 * A function giving a reason's message with each stripped word inside its double quotes put back
 * as `previous` and `next` write it; the message as it is when neither text marks a word.
 */
export function quotesAsWritten(previous: string, next: string): (message: string) => string {
  const both = `${previous}\n${next}`;
  // Most clauses mark nothing so: nothing to read.
  if (!both.includes('__') && !both.includes('`')) return (message) => message;
  const written = [...markedWords(both)].map(([bare, asWritten]) => [new RegExp(`(?<![\\w])${escapeRegExp(bare)}(?![\\w])`, 'g'), asWritten] as const);
  if (written.length === 0) return (message) => message;
  return (message) => message.replace(/"[^"]*"/g, (quoted) => written.reduce((out, [bare, asWritten]) => out.replace(bare, () => asWritten), quoted));
}

/** Stripped form -> written form of the marked words of `text` that `text` never writes bare. */
function markedWords(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const match of text.matchAll(MARKED)) {
    const asWritten = match[1] ?? match[2]!;
    const bare = stripped(asWritten).trim();
    // A code span of plain words reads as those words: nothing to put back.
    if (bare === '' || bare === asWritten || !/^[A-Za-z0-9_]+$/.test(bare)) continue;
    if (found.has(bare) && found.get(bare) !== asWritten) ambiguous.add(bare);
    found.set(bare, asWritten);
  }
  const unmarked = text.replace(MARKED, ' ');
  for (const bare of found.keys()) {
    if (ambiguous.has(bare) || new RegExp(`(?<![\\w])${escapeRegExp(bare)}(?![\\w])`).test(unmarked)) found.delete(bare);
  }
  return found;
}


// Pure: whether a prompt's text holds a whole block of git's conflict markers, `<<<<<<< ` then
// `=======` then `>>>>>>> ` lines in that order. `git commit -a` during a conflicted merge commits
// them, and the hook recorded the text, markers and all, without a word. A lone `=======` line is
// a Markdown heading's underline: only the three together count.
const BLOCK = /^<{7}(?: [^\n]*)?\n(?:[^\n]*\n)*?={7}\n(?:[^\n]*\n)*?>{7}(?: |$)/m;

/** The 1-based line of the block's `<<<<<<<` in `text`, or undefined. */
export function conflictBlockLine(text: string): number | undefined {
  const lf = text.replace(/\r\n/g, '\n');
  const found = BLOCK.exec(lf);
  if (!found) return undefined;
  return lf.slice(0, found.index).split('\n').length;
}

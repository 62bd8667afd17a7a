// Long ids cut in the middle, not at the end: in a monorepo the ids of two apps' agents share their
// middle (`support-bot/.claude/agents/…`) and differ at the ends (the package and the file name),
// which an end ellipsis ("support-bot/.claude/age…") hides. Pure; counts code points, so an emoji
// or an accent is never split.

/**
 * `text` within `max` characters, `…` in the middle: the first path segment (the package) whole when
 * it takes at most half, else at least a third of the start; the rest for the end.
 */
export function middleEllipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max || max < 5) return text;
  const firstPart = chars.indexOf('/') + 1;
  const head = firstPart > 0 && firstPart <= (max - 1) / 2 ? firstPart : Math.ceil(max / 3);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** How many characters of a prompt id the checkpoint grid shows, with JavaScript or without (its 18rem column). */
export const GRID_ID_CHARS = 32;

/**
 * A prompt id as both checkpoint grids show it (the island and the table without JavaScript):
 * cut in the middle past GRID_ID_CHARS, or null when it fits. Where it is cut, both show the cut
 * text hidden from screen readers and the whole id to them, and the whole id as the cell's title.
 */
export function gridPromptId(id: string): string | null {
  const shown = middleEllipsis(id, GRID_ID_CHARS);
  return shown === id ? null : shown;
}

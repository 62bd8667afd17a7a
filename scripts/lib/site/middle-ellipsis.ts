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

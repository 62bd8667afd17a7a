// Long ids cut in the middle, not at the end: in a monorepo the ids of two apps' agents share their
// middle (`support-bot/.claude/agents/…`) and differ at the ends (the package and the file name),
// which an end ellipsis ("support-bot/.claude/age…") hides. Pure; counts code points, so an emoji
// or an accent is never split.

/** `text` within `max` characters: the start (at least a third) and the end kept, `…` between; the whole last path segment when it fits. */
export function middleEllipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max || max < 5) return text;
  const lastSlash = chars.lastIndexOf('/');
  const lastPart = lastSlash < 0 ? 0 : chars.length - lastSlash;
  const headMin = Math.ceil(max / 3);
  const tail = Math.max(Math.min(lastPart, max - 1 - headMin), Math.floor((max - 1) / 2));
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

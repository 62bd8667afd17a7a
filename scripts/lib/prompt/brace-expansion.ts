// Pure: a glob's braces expanded into the globs they stand for. git's glob pathspecs have no
// braces, so the hook hands git each alternative; the config refuses a glob past the limit, which
// would otherwise reach git unexpanded and match nothing.

/** More alternatives than this from one glob's braces (`{a,b}{c,d}...` multiplies) are not listed. */
export const MAX_BRACE_ALTERNATIVES = 1024;

/**
 * A glob's braces expanded into the globs they stand for, nested ones too (`a/{b,c/{d,e}}` ->
 * `a/b`, `a/c/d`, `a/c/e`), as globToRegExp reads them; a `{` without its `}` stays as it is.
 * Undefined past MAX_BRACE_ALTERNATIVES.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length && close === -1; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) close = i;
    else if (pattern[i] === ',' && depth === 1) commas.push(i);
  }
  if (close === -1) {
    // No closing brace: a literal `{`, then whatever braces follow it.
    const rest = expandBraces(pattern.slice(open + 1));
    return rest?.map((tail) => `${pattern.slice(0, open + 1)}${tail}`);
  }
  const bounds = [open, ...commas, close];
  const alternatives = bounds.slice(1).map((end, index) => pattern.slice(bounds[index]! + 1, end));
  const tails = expandBraces(pattern.slice(close + 1));
  if (!tails) return undefined;
  const out: string[] = [];
  for (const alternative of alternatives) {
    const heads = expandBraces(`${pattern.slice(0, open)}${alternative}`);
    if (!heads) return undefined;
    for (const head of heads) {
      for (const tail of tails) {
        out.push(`${head}${tail}`);
        if (out.length > MAX_BRACE_ALTERNATIVES) return undefined;
      }
    }
  }
  return out;
}

// Which of Node's built-ins a module's text imports statically, and the names it takes from each:
// what source-builtins-fs.ts must export for the module to link. Pure, on the text as written (the
// TypeScript sources, before their types are stripped).

/** A static import's clause, up to `from` and the specifier's opening quote: a default binding, named bindings, or `type` (erased). */
const STATIC_IMPORT = /import\s+(type\s+)?(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\})?\s*from\s*$/y;

/**
 * Per built-in (`node:fs`) imported by `text`: the names its static imports take (empty when only
 * the default export is taken). A built-in imported any other way as well (`import * as`, a
 * dynamic `import()`, `export ... from`, a `require`) is left out: it needs the built-in whole.
 * Type-only imports are erased by Node and need nothing.
 */
export function staticBuiltinImports(text: string): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  const whole = new Set<string>();
  for (let at = text.indexOf('node:'); at !== -1; at = text.indexOf('node:', at + 5)) {
    const quote = text[at - 1];
    if (quote !== "'" && quote !== '"') continue;
    const end = text.indexOf(quote, at);
    if (end === -1) break;
    const specifier = text.slice(at, end);
    const clause = importClause(text, at - 1);
    if (clause === undefined) {
      whole.add(specifier);
      continue;
    }
    if (clause.typeOnly) continue;
    const taken = names.get(specifier) ?? new Set<string>();
    for (const name of clause.names) taken.add(name);
    names.set(specifier, taken);
  }
  const result = new Map<string, string[]>();
  for (const [specifier, taken] of names) if (!whole.has(specifier)) result.set(specifier, [...taken]);
  return result;
}

/** The static import whose specifier opens at `quoteAt`: whether it is type-only, and the names it takes; undefined when the quote belongs to anything else. */
function importClause(text: string, quoteAt: number): { typeOnly: boolean; names: string[] } | undefined {
  // The statement starts at the last `import` at the start of a line before the quote.
  const lineStart = text.lastIndexOf('\nimport', quoteAt);
  const start = lineStart === -1 ? (text.startsWith('import') ? 0 : -1) : lineStart + 1;
  if (start === -1) return undefined;
  STATIC_IMPORT.lastIndex = start;
  const match = STATIC_IMPORT.exec(text.slice(0, quoteAt));
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  if (match[1] !== undefined) return { typeOnly: true, names: [] };
  const names: string[] = [];
  for (const item of (match[3] ?? '').split(',')) {
    const binding = item.trim();
    if (binding === '' || /^type\s/.test(binding)) continue;
    const name = /^([\w$]+)(?:\s+as\s+[\w$]+)?$/.exec(binding)?.[1];
    if (name === undefined) return undefined;
    if (name !== 'default') names.push(name);
  }
  return { typeOnly: false, names };
}

// The yaml library, loaded the first time a caller needs it rather than when a module importing it
// loads. A commit editing one prompt with one-line front matter values reads it with the flat
// reader (formats/_flat-yaml.ts) and writes its records with our serialiser (vault/fast-yaml.ts):
// the library is needed only for the other shapes (nested front matter, a value it must quote in
// its own way, an error to point at a line). Imported at the top of the six modules on that path,
// its 72 CommonJS modules ran on every recording commit: about 12 ms of CPU at load, before any use.
// In the bundle (build:cli) esbuild compiles `require('yaml')` to its wrapper of the bundled copy,
// whose modules run on the first call; the TypeScript sources, which have no `require`, take it
// through `createRequire`, which the sources' resolve hook sends to the one vendored module as it
// does their imports (cli-bundle/vendored-deps-fs.ts). Calls are synchronous, as the parsers are.
// No `node:` import here: pure modules (formats/front-matter.ts, vault/fast-yaml.ts) import this one.

import { truncate } from './errors.ts';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

/** The yaml module, loaded on the first call. */
export function yamlLibrary(): Yaml {
  // esbuild turns the literal `require('yaml')` into its bundled module and `typeof require` into
  // its own helper's (always a function), so the call must stay spelled this way.
  return (loaded ??= (typeof require === 'function' ? require('yaml') : process.getBuiltinModule('node:module').createRequire(import.meta.url)('yaml')) as Yaml);
}

/**
 * The YAML library's message about `source` at `offset`, in the author's terms where it speaks of
 * itself, the fix when it is not the usual one, and the offset to name the line of.
 */
export function explainYamlError(message: string, source: string, offset: number): { message: string; fix?: string; offset: number } {
  // Its parser recurses once per level of nesting: some thousand `[`, `{` or indents run the stack
  // out, at a depth that depends on the caller's own, so the line named is the top-level key's
  // whose value nests (the same from every command), not the line where the stack ran out.
  if (/Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/.test(message)) {
    const bare = lineWithoutColon(source, offset);
    if (bare) return bare;
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(message)) {
    const under = lineIndentedUnderValue(source, offset);
    if (under) return under;
  }
  if (!/Maximum call stack size exceeded|Stack overflow/.test(message)) return { message: truncate(message), offset };
  const key = /(?:^|\n)(?=[^\s#\-])/g;
  let start = 0;
  for (let found = key.exec(source); found !== null && found.index < offset; found = key.exec(source)) {
    start = found.index + found[0].length;
    if (found[0].length === 0) key.lastIndex++;
  }
  return { message: 'its values nest thousands of levels deep, more than the YAML reader follows', fix: 'write the nested value flat (a list of plain values, a mapping of a few levels), or remove it', offset: start };
}

/**
 * `tokenizer o200k_base`, the colon forgotten: the library says "Implicit keys need to be on a
 * single line" (it reads the line and the next as one key), which names neither the colon nor the
 * line's fix. Said of a `word value` line with no colon at all.
 */
function lineWithoutColon(source: string, offset: number): { message: string; fix: string; offset: number } | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const line = source.slice(start, end < 0 ? undefined : end);
  const words = /^( *)([A-Za-z_][\w.-]*)[ \t]+(\S.*)$/.exec(line);
  if (!words || line.includes(':')) return undefined;
  const written = truncate(line.trim());
  return {
    message: `this line has no ":" after its key ("${written}")`,
    fix: `write it as "key: value", e.g. ${words[2]}: ${truncate(words[3]!.trim())}`,
    offset: start,
  };
}

/**
 * `tone: strict` then `  extra: bad` one indent in: the library names the first line ("Nested
 * mappings are not allowed in compact mappings", and again "Implicit keys need to be on a single
 * line"), with the fix for `description: Use when: asked`, while the line to mend is the next one.
 * Said of that line when it is a `key:` indented deeper than a key that has its value already.
 */
function lineIndentedUnderValue(source: string, offset: number): { message: string; fix: string; offset: number } | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  if (end < 0) return undefined;
  const valued = /^( *)([^\s#:][^:]*):[ \t]+[^\s#]/.exec(source.slice(start, end));
  const nextEnd = source.indexOf('\n', end + 1);
  const next = /^( +)[^\s#:-][^:]*:(?:\s|$)/.exec(source.slice(end + 1, nextEnd < 0 ? undefined : nextEnd));
  if (!valued || !next || next[1]!.length <= valued[1]!.length) return undefined;
  const key = truncate(valued[2]!.trim());
  return {
    message: `this line is indented under "${key}:", which has its value on the line above already`,
    fix: `indent this line as far as "${key}:" if it is a key of its own; if it belongs in a mapping under "${key}:", leave nothing after "${key}:" on its line`,
    offset: end + 1,
  };
}

/**
 * The fix for a YAML error in front matter, by its kind. "Quote values that contain ': '" was said
 * for every error, and mends none but that one: not a key indented out of step (a Prompty `inputs:`
 * one space in), nor a list left open. The library names the line after an unclosed list or quote,
 * so the fix looks at the line above too.
 */
export function yamlErrorFix(yamlMessage: string): string {
  if (/must be unique/i.test(yamlMessage)) return 'keep one of the two lines that give this key';
  if (/Tabs are not allowed/i.test(yamlMessage)) return 'indent with spaces: YAML does not allow tabs as indentation';
  if (/Flow sequence/i.test(yamlMessage)) return 'close the list that opens with "[" on this line or the line above with "]" on that same line (e.g. tags: [billing, refunds]), or quote the value';
  if (/Flow map/i.test(yamlMessage)) return 'close the mapping that opens with "{" on this line or the line above with "}" on that same line (e.g. model: { name: gpt-4o }), or quote the value';
  if (/Missing closing/i.test(yamlMessage)) return 'close the quote that opens a value on this line or the line above (e.g. title: "Refund request")';
  if (/same column|block sequence may not be used as an implicit map key|indent/i.test(yamlMessage)) return 'indent the keys of one mapping, and the items of one list, by the same number of spaces: this line is out of step with the lines above it';
  return 'quote values that contain ": " or start with a special character, e.g. description: "Use when: asked"';
}

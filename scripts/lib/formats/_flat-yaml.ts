// Pure: a fast reader for the front matter most prompt files have, a flat mapping of one-line
// values: plain or single-quoted strings, true/false, and flow lists of strings
// (`name: refund-agent`, `tools: Read, Edit`, `applyTo: '**/*.ts'`, `tools: ['read', 'edit']`,
// `codex: [billing/rule-1, support/rule-2]`). It returns exactly what the yaml library's document
// model returns for such text, and undefined for anything else (double quotes, numbers, null,
// nested or multi-line values, comments, anchors, duplicate keys), which `readYaml` (prompts) or
// ../prompt/markdown.ts (clauses) then reads with the library. Why: the library's document model
// was about a tenth of a backfill's replay.
// flat-yaml.test.ts checks it against the library on thousands of generated front matters.

import { matchesTwin, type AsciiTwin } from './_ascii-twin.ts';

// A key the library reads as that very string; `__proto__` and friends are left to it (it warns).
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys that would reach an object's prototype: refused by every front-matter reader. */
export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// A plain scalar that is a string in YAML 1.2's core schema: it starts with a letter of any
// script (so no indicator, number, `.inf` or `~`), has no ": " or " #" (a mapping or a comment),
// does not end with ":", has no double quote, bracket or brace, no tab or control character, no
// Unicode separator or no-break space. Trailing spaces are dropped, as by YAML.
// (Each `\p` pattern has an ASCII twin, _ascii-twin.ts: `\p{L}` is A-Z and a-z there, `\p{N}` 0-9.)
const PLAIN: AsciiTwin = { unicode: /^\p{L}[^"{}[\]\t\x00-\x1f\x7f\x85\xa0\u2028\u2029\ufeff]*$/u, ascii: /^[A-Za-z][^"{}[\]\t\x00-\x1f\x7f]*$/ };
// In a flow list, commas separate items, and quotes end them.
const FLOW_ITEM: AsciiTwin = { unicode: /^\p{L}[^"'{}[\],\t\x00-\x1f\x7f\x85\xa0\u2028\u2029\ufeff]*$/u, ascii: /^[A-Za-z][^"'{}[\],\t\x00-\x1f\x7f]*$/ };
// Inside single quotes anything but a line break or control character; a quote is written twice.
const SINGLE_QUOTED = /^'((?:[^'\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029\ufeff]|'')*)'$/u;
const BOOLEANS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);
const KEYWORDS = new Set(['null', 'Null', 'NULL', ...BOOLEANS.keys()]);

type Value = string | boolean | string[];

/** The data and 1-based key lines of a flat front matter (lines counted from `firstLine`), or undefined when the library must read it. */
export function readFlatYaml(source: string, firstLine: number): { data: Record<string, unknown>; keyLines: Record<string, number> } | undefined {
  const lines = keyValueLines(source);
  if (!lines) return undefined;
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  for (const { index, key, text } of lines) {
    const value = readFlatValue(text);
    if (value === undefined) return undefined;
    data[key] = value;
    keyLines[key] = firstLine + index;
  }
  return { data, keyLines };
}

/**
 * The `key: value` lines of `source` (0-based index, key, value text without its outer spaces),
 * blank lines skipped; undefined when a line is another thing or a key is not one the library
 * reads as that very string, once. What readFlatYaml and flatYamlError both read.
 */
function keyValueLines(source: string): { index: number; key: string; text: string }[] | undefined {
  const found: { index: number; key: string; text: string }[] = [];
  const keys = new Set<string>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A blank line between keys is nothing to YAML; one holding spaces or tabs is left to the library.
    if (line === '') continue;
    const colon = line.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || UNSAFE_KEYS.has(key) || KEYWORDS.has(key) || keys.has(key)) return undefined;
    keys.add(key);
    found.push({ index: i, key, text: line.slice(colon + 2).replace(/^ +| +$/g, '') });
  }
  return found;
}

/** One line's value as the flat reader reads it (see above), or undefined when the library must read it; also _block-yaml.ts's. */
export function readFlatValue(text: string): Value | undefined {
  if (text.startsWith('[')) return readFlowList(text);
  if (text.startsWith("'")) return readSingleQuoted(text);
  const boolean = BOOLEANS.get(text);
  if (boolean !== undefined) return boolean;
  if (!matchesTwin(PLAIN, text) || text.includes(': ') || text.includes(' #') || text.endsWith(':') || KEYWORDS.has(text)) return undefined;
  return text;
}

function readSingleQuoted(text: string): string | undefined {
  const match = SINGLE_QUOTED.exec(text);
  return match ? match[1]!.replaceAll("''", "'") : undefined;
}

function readFlowList(text: string): string[] | undefined {
  if (!text.endsWith(']')) return undefined;
  const items: string[] = [];
  let rest = text.slice(1, -1).replace(/^ +/, '');
  if (rest === '') return text === '[]' ? [] : undefined;
  for (;;) {
    let item: string | undefined;
    if (rest.startsWith("'")) {
      const end = /^'(?:[^']|'')*'/.exec(rest);
      if (!end) return undefined;
      item = readSingleQuoted(end[0]);
      rest = rest.slice(end[0].length);
    } else {
      const end = rest.indexOf(',');
      const raw = (end === -1 ? rest : rest.slice(0, end)).replace(/ +$/, '');
      item = matchesTwin(FLOW_ITEM, raw) && !raw.includes(':') && !raw.includes(' #') && !KEYWORDS.has(raw) ? raw : undefined;
      rest = end === -1 ? '' : rest.slice(end);
    }
    if (item === undefined) return undefined;
    items.push(item);
    rest = rest.replace(/^ +/, '');
    if (rest === '') return items;
    // Items are separated by one comma; a trailing comma or anything else after an item is left to the library.
    if (!rest.startsWith(',')) return undefined;
    rest = rest.slice(1).replace(/^ +/, '');
    if (rest === '') return undefined;
  }
}

// Values YAML cannot read alone that the tools read as text (a shape's text keys): flow lists
// side by side, as Claude commands write `argument-hint: [file] [message]` (the library stops at
// the second list: "Unexpected flow-seq-start at node end"), and a Cursor glob starting with `*`
// (`globs: *.ts,*.tsx`: an alias to an anchor no flat front matter sets, which the library cannot
// resolve). Neither holds a quote, backslash, `#`, `&`, `!` or control character.
const flowWords = (word: string) => String.raw`\[${word}+(?:, ?${word}+)*\]`;
const sideBySide = (word: string) => `^${flowWords(word)}(?: +${flowWords(word)})+$`;
const SIDE_BY_SIDE_LISTS: AsciiTwin = { unicode: new RegExp(sideBySide(String.raw`[\p{L}\p{N}_./-]`), 'u'), ascii: new RegExp(sideBySide('[A-Za-z0-9_./-]')) };
const STAR_GLOB: AsciiTwin = { unicode: /^\*[\p{L}\p{N}_./*?,-]*(?:, *[\p{L}\p{N}_./*?-]+)*$/u, ascii: /^\*[A-Za-z0-9_./*?,-]*(?:, *[A-Za-z0-9_./*?-]+)*$/ };
/** The patterns with an ASCII twin, for ascii-twin.test.ts. */
export const FLAT_YAML_TWINS = { PLAIN, FLOW_ITEM, SIDE_BY_SIDE_LISTS, STAR_GLOB };
const TEXT_KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*?) *$/;

/**
 * A flat front matter in which some of `textKeys` have such a value: the data and key lines that
 * front-matter.ts's reading gives it through the library (strict YAML fails, each such value is
 * found unreadable alone and double-quoted, and the quoted text reads as the flat lines plus each
 * value as its text), without the library; undefined when any line is neither.
 * flat-yaml.test.ts checks each step against the library on generated front matters.
 */
export function readFlatYamlWithTextValues(source: string, firstLine: number, textKeys: ReadonlySet<string>): { data: Record<string, unknown>; keyLines: Record<string, number> } | undefined {
  if (textKeys.size === 0) return undefined;
  const texts = new Map<string, string>();
  const lines = source.split('\n').map((line) => {
    // Cheap checks first: most lines are no text key's, and most text keys' values no such value.
    const colon = line.indexOf(': ');
    if (colon <= 0 || !textKeys.has(line.slice(0, colon))) return line;
    const match = TEXT_KEY_LINE.exec(line);
    if (!match) return line;
    const value = match[2]!;
    // "] " first: Claude agents' one list (`tools: ['read']`) never reaches the pattern, whose
    // compiling (once per string width and tier; its ASCII twin's is cheaper) cost a 50-prompt commit 3-4 ms.
    if (!(value.startsWith('[') && value.includes('] ') && matchesTwin(SIDE_BY_SIDE_LISTS, value)) && !(value.startsWith('*') && matchesTwin(STAR_GLOB, value))) return line;
    // Twice the same key: the flat reader below declines the source.
    if (texts.has(match[1]!)) return undefined;
    texts.set(match[1]!, value);
    return `${match[1]}: x`;
  });
  if (texts.size === 0 || lines.includes(undefined)) return undefined;
  const flat = readFlatYaml(lines.join('\n'), firstLine);
  if (!flat) return undefined;
  for (const [key, text] of texts) flat.data[key] = text;
  return flat;
}

/** What the library says of a plain value holding ": " (its error's message, without position). */
export const NESTED_MAPPING_MESSAGE = 'Nested mappings are not allowed in compact mappings';

/**
 * The library's first error for a front matter that is flat but for plain values holding ": "
 * (`description: Use this agent when: the user asks`, which a third of Claude agents write and the
 * tools read as text): its 1-based line (counted from `firstLine`) and message. No ": " may be
 * followed by an indicator (`: !x` would be a tag, `: 'q` a quote) and the text before the first one
 * short (YAML's implicit keys end at 1,024 characters); anything else is undefined, for the library.
 * flat-yaml.test.ts checks it against the library on generated front matters.
 */
export function flatYamlError(source: string, firstLine: number): { line: number; message: string } | undefined {
  const lines = keyValueLines(source);
  if (!lines) return undefined;
  let first: number | undefined;
  for (const { index, text } of lines) {
    if (readFlatValue(text) !== undefined) continue;
    if (!isNestedMapping(text)) return undefined;
    first ??= index;
  }
  return first === undefined ? undefined : { line: firstLine + first, message: NESTED_MAPPING_MESSAGE };
}

// After each ": " no indicator and no blank: a node starts there (at the value's start, a letter),
// and only there would `!`, `&`, `*`, `|`, `>`, a quote or a bracket mean something else than text.
const NESTED_AFTER_COLON = /: (?:[-?:,[\]{}#&*!|>'"%@`\s]|$)/u;

function isNestedMapping(value: string): boolean {
  const colon = value.indexOf(': ');
  return colon > 0 && colon < 1000 && matchesTwin(PLAIN, value) && !NESTED_AFTER_COLON.test(value) && !value.includes(' #') && !value.endsWith(':');
}

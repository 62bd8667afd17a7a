import { yamlLibrary } from '../yaml-library.ts';

// Record files are written by the thousand during backfill, where the yaml library's general
// serialiser was the largest cost. This writes the common shapes of our records (scalars, lists
// of scalars, small maps, lists of small maps) directly and hands every other value to the yaml
// library, key by key; a test checks the output is byte-identical to the library's on every
// record of the sample vault and on generated ones (keys stay plain-only: a quoted key is the library's).

export const YAML_OPTIONS = { lineWidth: 0, blockQuote: 'literal', indentSeq: true, aliasDuplicateObjects: false } as const;

type Scalar = string | number | boolean | null;

// A string is written plain only when it is certainly read back as the same string: it starts
// with a letter, digit or dot, holds no YAML indicator that matters mid-string, and does not read
// as a number, boolean or null (`.5`, `.inf`). Anything else goes to the library, which quotes it
// as it needs. The dot: prompt ids of hidden folders (`.claude/agents/x`, `.github/prompts/y`),
// which a clause's audit lists by the dozen; each sent its whole `prompt_delta` to the library.
const SAFE_PLAIN = /^[A-Za-z0-9.][A-Za-z0-9_./+-]*(?:[ :][A-Za-z0-9_./+-]+)*$/;
const NOT_STRING = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|false|True|False|TRUE|FALSE|null|Null|NULL|~|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|y|Y|n|N|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    const text = String(value);
    return Number.isFinite(value) && !Object.is(value, -0) && text.length < 16 && !/e/i.test(text) ? text : undefined;
  }
  // SAFE_PLAIN takes no text ending in ":" (a colon must be followed by one of its characters).
  if (typeof value === 'string' && SAFE_PLAIN.test(value) && !NOT_STRING.test(value)) return value;
  return undefined;
}

// A one-line value the library will not write plain (the test its `plainString` makes: an
// indicator first, ": " or " #" inside, a blank or ":" last) it quotes (`quotedString`): in single
// quotes when the text holds a double quote and no single one, otherwise in double quotes, which
// for a text without control, separator or byte-order characters (those get its own escapes, and
// force double quotes) is JSON.stringify's output; with lineWidth 0 nothing is folded. Symbolic
// tags (`@rename`, `@latest`: 15,764 of the bench history's 19,359 mutations) and descriptions
// such as "Use this agent when: ..." each went to the library until these were written here.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const ESCAPED = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;

/** A value as the library writes it: plain as `scalar` does, or quoted; undefined to leave it to the library. */
function valueScalar(value: unknown): string | undefined {
  const plain = scalar(value);
  if (plain !== undefined || typeof value !== 'string' || ESCAPED.test(value) || !NOT_PLAIN.test(value)) return plain;
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

// A multi-line text the library writes as a plain literal block (`|` or `|-`, no indentation
// indicator): after any leading newlines it starts with a visible character, has no control,
// separator or byte-order characters (those are double-quoted), no tab, no whitespace at a line's
// end, no line that reads as a document marker (the library indents those further), and ends in
// at most one newline. Anything else is left to the library. Audits carry two clause texts each:
// a commit changing 1,000 clauses wrote 2,000 of these through the library's general path. Most
// clause texts start with a newline (the blank line after the front matter); the library writes
// the first of those as a line of indentation alone.
const LITERAL_SAFE = /^[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff][^\t\r\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]*$/;

/** The header and lines of `value` as a literal block scalar at `indent`, or undefined. */
function literalBlock(value: string, indent: string): string[] | undefined {
  // Most values are one line: no block, and no copy of the text to find that out.
  if (!value.includes('\n')) return undefined;
  const text = value.replace(/^\n+/, '');
  if (!LITERAL_SAFE.test(text) || /[ ]\n|[ ]$|\n\n$|^(?:---|\.\.\.)/m.test(value)) return undefined;
  const clip = value.endsWith('\n');
  const lines = (clip ? value.slice(0, -1) : value).split('\n');
  return [clip ? '|' : '|-', ...lines.map((line, i) => (line === '' ? (i === 0 ? indent : '') : `${indent}${line}`))];
}

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Whether each key seen is one `scalar` writes plain: a record's keys are the same few thousands of times. */
const plainKeys = new Map<string, boolean>();
/** Keys remembered at most: a record's keys are its schema's, but a map from front matter may bring any. */
const PLAIN_KEYS_KEPT = 1024;

function isPlainKey(key: string): boolean {
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = scalar(key) !== undefined;
    if (plainKeys.size < PLAIN_KEYS_KEPT) plainKeys.set(key, plain);
  }
  return plain;
}

/**
 * Appends the lines of a map's entries at `indent` to `out`; false when a value needs the library
 * (what was appended is then the caller's to drop). Appended in place: the lists of lines each
 * level returned, spread into its parent's, were a third of a record's serialising.
 */
function mapBodyInto(map: Record<string, unknown>, indent: string, out: string[]): boolean {
  for (const key in map) {
    if (!Object.hasOwn(map, key)) continue;
    if (!entryInto(key, map[key], indent, out)) return false;
  }
  return true;
}

/** Appends the lines of one entry `key: value` at `indent` to `out` (nothing for undefined); false when it needs the library. */
function entryInto(key: string, value: unknown, indent: string, out: string[]): boolean {
  if (value === undefined) return true;
  if (!isPlainKey(key)) return false;
  if (isScalar(value)) {
    const block = typeof value === 'string' ? literalBlock(value, `${indent}  `) : undefined;
    if (block) {
      out.push(`${indent}${key}: ${block[0]}`);
      for (let i = 1; i < block.length; i++) out.push(block[i]!);
      return true;
    }
    const text = valueScalar(value);
    if (text === undefined) return false;
    out.push(`${indent}${key}: ${text}`);
    return true;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${indent}${key}: []`);
      return true;
    }
    out.push(`${indent}${key}:`);
    const inner = `${indent}  `;
    for (const item of value) if (!seqItemInto(item, inner, out)) return false;
    return true;
  }
  if (value && typeof value === 'object') {
    if (Object.keys(value).length === 0) {
      out.push(`${indent}${key}: {}`);
      return true;
    }
    out.push(`${indent}${key}:`);
    return mapBodyInto(value as Record<string, unknown>, `${indent}  `, out);
  }
  return false;
}

function seqItemInto(item: unknown, indent: string, out: string[]): boolean {
  if (isScalar(item)) {
    const text = valueScalar(item);
    if (text === undefined) return false;
    out.push(`${indent}- ${text}`);
    return true;
  }
  if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
    const first = out.length;
    if (!mapBodyInto(item as Record<string, unknown>, `${indent}  `, out) || out.length === first) return false;
    out[first] = `${indent}- ${out[first]!.trimStart()}`;
    return true;
  }
  return false;
}

/** YAML for a flat-ish record, identical to `stringify(record, YAML_OPTIONS)`. */
export function stringifyRecord(record: object): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const before = out.length;
    if (entryInto(key, value, '', out)) continue;
    out.length = before;
    out.push(yamlLibrary().stringify({ [key]: value }, YAML_OPTIONS).replace(/\n$/, ''));
  }
  return `${out.join('\n')}\n`;
}

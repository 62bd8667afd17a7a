// Which front-matter ids a file may declare, read from its lines as the hook's uniqueness check
// used to find them with `git grep -E '^id:[[:space:]]*["']?(<id>)["']?[[:space:]]*([[:space:]]#.*)?$'` (pure: no
// I/O). A file's keys are the ids such a search would find it under; kept by blob and path in the
// hook's list of stable ids (stable-id-list-fs.ts) and by blob in backfill, so a commit asks only
// for the ids it stages instead of searching every source blob. Keys only propose: the files found
// are parsed, and only a front matter whose `id` is the staged one clashes.
// The line read is the fast path, and YAML can write an id it cannot read (session 31): on the next
// line, as a block or escaped scalar, under a quoted or explicit (`? id`) key, behind an anchor, tag or alias, in a flow
// or indented mapping. A file with such a line is also read with the record's own parse, and the
// id it stores is one more key. (No format takes a TOML or JSON front matter: `---json` is refused.)
import { normalisePrompt } from '../formats/index.ts';
import { decodeText } from '../prompt/markdown.ts';

const NEWLINE = 0x0a;
const ID_KEY = Buffer.from('id:');
/** POSIX `[[:space:]]` in the C locale: what git's pattern skipped around the id. */
const POSIX_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;
const POSIX_SPACE_CHAR = /^[ \t\n\v\f\r]$/;

/**
 * The ids whose search pattern matches a line of `bytes`: for each line that starts with `id:`, its
 * value without the spaces around it, with and without one quote at either end; and the same of
 * the value cut before each space followed by `#` (a YAML comment: `id: beta  # from billing` is
 * the id `beta`, a clash the search missed until session 30). Also the value trimmed of every
 * Unicode space (git's `[[:space:]]` in a UTF-8 locale takes more than the C locale's): more keys
 * only ever propose more files to parse.
 */
export function stableIdLineKeys(bytes: Uint8Array): string[] {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = new Set<string>();
  for (let start = 0; start < buffer.length;) {
    let end = buffer.indexOf(NEWLINE, start);
    if (end === -1) end = buffer.length;
    if (end - start >= ID_KEY.length && buffer[start] === ID_KEY[0] && buffer[start + 1] === ID_KEY[1] && buffer[start + 2] === ID_KEY[2]) {
      const value = buffer.toString('utf8', start + ID_KEY.length, end);
      for (const before of beforeComments(value)) {
        for (const trimmed of new Set([before.replace(POSIX_SPACE, ''), before.trim()])) addQuoted(keys, trimmed);
      }
    }
    start = end + 1;
  }
  return [...keys];
}

/**
 * The keys of `file` (its path picks the parse, as for its record): its line keys, and when a line
 * may write an id in a shape the line read cannot follow, the id the record's parse finds.
 */
export function stableIdKeys(bytes: Uint8Array, file: string): string[] {
  const keys = stableIdLineKeys(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!mayHideStableId(text)) return keys;
  const decoded = decodeText(bytes, file);
  const read = decoded.ok ? normalisePrompt(decoded.text, file) : undefined;
  const parsed = read?.ok ? read.prompt.stableId : undefined;
  return parsed === undefined || keys.includes(parsed) ? keys : [...keys, parsed];
}

/** A line that may be an `id` key: indented or not, `? ` or a quote before it, spaces before the colon; or one in a flow mapping. */
const ID_KEY_LINE = /^[ \t]*(?:\?[ \t]*)?["']?id["']?[ \t]*:(.*)$/gm;
const FLOW_ID_KEY = /[{,][ \t]*["']?id["']?[ \t]*:/;
/** An explicit key (`? id`) whose value follows on the next line (`: refund-agent`). */
const EXPLICIT_ID_KEY = /^[ \t]*\?[ \t]*["']?id["']?[ \t\r]*(?:#.*)?$/m;
/** The git grep -E patterns (`-e` each) of the lines `mayHideStableId` looks at: a file none matches declares no id. */
export const ID_KEY_LINE_PATTERNS = [String.raw`^[[:space:]]*(\?[[:space:]]*)?["']?id["']?[[:space:]]*:`, String.raw`[{,][[:space:]]*["']?id["']?[[:space:]]*:`, String.raw`^[[:space:]]*\?[[:space:]]*["']?id["']?[[:space:]]*(#.*)?$`];
/** A plain value YAML reads as itself: not an anchor, alias, tag, block, flow or quote, nor number-like (`1.0` is the id "1"). */
const PLAIN_TEXT = /^[^-+.0-9&*!|>{}[\]"'%@`#?:,\s]/;

/**
 * Whether `text` has an id line whose id the line read may not see as YAML does: every line that
 * may be an `id` key except `id: <value>` at the margin with a plain value, or a quoted one without
 * escapes, and no indented line after it (a value continued).
 */
export function mayHideStableId(text: string): boolean {
  if (!mayHoldIdKey(text)) return false;
  if (FLOW_ID_KEY.test(text) || EXPLICIT_ID_KEY.test(text)) return true;
  for (const match of text.matchAll(ID_KEY_LINE)) {
    if (!match[0].startsWith('id:')) return true;
    const value = match[1]!.replace(/[ \t]+#.*$/, '').trim();
    const simple = /^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value) || (PLAIN_TEXT.test(value) && !/: |:$/.test(value));
    if (!simple) return true;
    const next = text.indexOf('\n', match.index + match[0].length);
    if (next !== -1 && /^[ \t]+[^\s]/.test(text.slice(next + 1, next + 200))) return true;
  }
  return false;
}

const [QUOTE, APOSTROPHE, SPACE, TAB, COLON, QUESTION_MARK] = ['"', "'", ' ', '\t', ':', '?'].map((char) => char.charCodeAt(0)) as [number, number, number, number, number, number];

/**
 * Whether some `id` in `text` is where one of the three patterns above needs it: followed by one
 * quote or none, spaces or tabs and `:` (ID_KEY_LINE, FLOW_ID_KEY), or preceded by `?`, spaces or
 * tabs and one quote or none (EXPLICIT_ID_KEY). A text with none matches none of them, and most
 * prompts have none: found by `indexOf`, about a quarter of the CPU of the three patterns' scans
 * (every line start tried by two of them, every comma by the third) over the bench history's
 * 19,014 prompt blobs, which backfill reads once each and the hook for every prompt it stages.
 */
function mayHoldIdKey(text: string): boolean {
  for (let at = text.indexOf('id'); at !== -1; at = text.indexOf('id', at + 1)) {
    let after = at + 2;
    let code = text.charCodeAt(after);
    if (code === QUOTE || code === APOSTROPHE) code = text.charCodeAt(++after);
    while (code === SPACE || code === TAB) code = text.charCodeAt(++after);
    if (code === COLON) return true;
    let before = at - 1;
    code = text.charCodeAt(before);
    if (code === QUOTE || code === APOSTROPHE) code = text.charCodeAt(--before);
    while (code === SPACE || code === TAB) code = text.charCodeAt(--before);
    if (code === QUESTION_MARK) return true;
  }
  return false;
}

/**
 * What the `id:` line of a plain id continued on the next lines may hold (`id: refund` then
 * `  -agent` is the id "refund -agent": YAML folds each line break into one space): the id cut
 * before each of its spaces. A search of `id:` lines for these proposes the file to parse.
 */
export function foldedIdHeads(id: string): string[] {
  const heads: string[] = [];
  for (let at = id.indexOf(' '); at > 0; at = id.indexOf(' ', at + 1)) heads.push(id.slice(0, at).trimEnd());
  return [...new Set(heads.filter(Boolean))];
}

/** `value`, and `value` cut before each space that a `#` follows (where a comment may start). */
function beforeComments(value: string): string[] {
  const cuts = [value];
  for (let at = value.indexOf('#', 1); at !== -1; at = value.indexOf('#', at + 1)) {
    if (POSIX_SPACE_CHAR.test(value[at - 1]!)) cuts.push(value.slice(0, at - 1));
  }
  return cuts;
}

/** `value` with and without one quote (' or ") at its start, its end, or both: the pattern's `["']?` on each side. */
function addQuoted(keys: Set<string>, value: string): void {
  const quote = (char: string | undefined) => char === '"' || char === "'";
  const head = quote(value[0]) ? 1 : 0;
  const tail = value.length > head && quote(value[value.length - 1]) ? 1 : 0;
  for (const [from, to] of [[0, 0], [head, 0], [0, tail], [head, tail]] as const) {
    const key = value.slice(from, value.length - to);
    if (key !== '') keys.add(key);
  }
}

/** One line of the list of stable ids: a key, a path and the blob there that has the key. */
export interface StableIdLine {
  key: string;
  path: string;
  oid: string;
}

/** A shard's text (ASCII lines, sorted, each `["<key>","<path>","<blob id>"]`) of `lines`. */
export function serializeStableIdLines(lines: Iterable<StableIdLine>): Buffer {
  const texts = [...new Set([...lines].map((line) => `${asciiJson([line.key, line.path, line.oid])}\n`))].sort();
  return Buffer.from(texts.join(''), 'latin1');
}

/** A shard's lines, or undefined when one is not a line (a file that is not what the manifest names never gets here: its digest is checked). */
export function parseStableIdLines(bytes: Buffer): StableIdLine[] | undefined {
  const lines: StableIdLine[] = [];
  for (const text of bytes.toString('latin1').split('\n')) {
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!Array.isArray(value) || value.length !== 3 || !value.every((item) => typeof item === 'string')) return undefined;
    const [key, path, oid] = value as [string, string, string];
    lines.push({ key, path, oid });
  }
  return lines;
}

/** The shard of a key: FNV-1a over its UTF-16 code units (the same in every process). */
export function stableIdShard(count: number, key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** JSON with every character past ASCII escaped, so a shard is ASCII (what the shard store checks). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

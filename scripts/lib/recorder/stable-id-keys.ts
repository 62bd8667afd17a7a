// Which front-matter ids a file may declare, read from its lines as the hook's uniqueness check
// used to find them with `git grep -E '^id:[[:space:]]*["']?(<id>)["']?[[:space:]]*([[:space:]]#.*)?$'` (pure: no
// I/O). A file's keys are the ids such a search would find it under; kept by blob and path in the
// hook's list of stable ids (stable-id-list-fs.ts) and by blob in backfill, so a commit asks only
// for the ids it stages instead of searching every source blob. Keys only propose: the files found
// are parsed, and only a front matter whose `id` is the staged one clashes.

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
export function stableIdKeys(bytes: Uint8Array): string[] {
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

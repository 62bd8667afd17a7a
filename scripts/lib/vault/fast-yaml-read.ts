// Pure: reads back the YAML that stringifyRecord (fast-yaml.ts) writes, without the yaml library's
// document model. Reading every record of a vault (the hook's lineages, backfill, `check`, the
// site's 50,000 checkpoints) spent most of its time and memory building YAML documents only to
// turn them into plain objects. This reader accepts only the shapes our writer produces (block
// maps and lists two spaces deep, plain and one-line quoted scalars, `[]` and `{}`) and answers undefined for
// anything else (a quoted string, a block scalar, a hand edit, an error), so the caller falls back
// to the library, which also reports errors with their lines. A test checks it against the
// library on generated and real records.

// The plain scalars stringifyRecord writes as text (see its SAFE_PLAIN and NOT_STRING).
const SAFE_PLAIN = /^[A-Za-z0-9][A-Za-z0-9_./+-]*(?:[ :][A-Za-z0-9_./+-]+)*$/;
const NOT_STRING = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|false|True|False|TRUE|FALSE|null|Null|NULL|~|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|y|Y|n|N|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
const DOT_PATH = /^\.[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_.-]+)+$/;
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
// A person as git names one, `Name <email>` (an audit's `review.by`): the library writes it plain.
// Letters or digits first (no indicator), words of letters, digits and `_ . ' -` (a `'` inside a
// plain scalar is text), then the address in angle brackets; never a colon or a `#`.
const PERSON = /^[\p{L}\p{N}][\p{L}\p{N}_.'-]*(?: [\p{L}\p{N}_.'-]+)* <[A-Za-z0-9_.+-]+@[A-Za-z0-9_.-]+>$/u;

class Unsupported extends Error {}

function plainScalar(token: string): unknown {
  if (token === 'null') return null;
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (token === '[]') return [];
  if (token === '{}') return {};
  // A number starts with a digit or a minus (NUMBER): the pattern runs only then.
  const first = token.charCodeAt(0);
  if ((first === DASH || (first >= DIGIT_0 && first <= DIGIT_9)) && NUMBER.test(token)) return Number(token);
  // Quoted on one line: '' is the only escape in single quotes; double quotes only without escapes.
  if (token.length >= 2 && token.startsWith("'") && token.endsWith("'") && !/'(?!')/.test(token.slice(1, -1).replaceAll("''", ''))) return token.slice(1, -1).replaceAll("''", "'");
  if (token.length >= 2 && token.startsWith('"') && token.endsWith('"') && !/["\\]/.test(token.slice(1, -1))) return token.slice(1, -1);
  if (SAFE_PLAIN.test(token) && !NOT_STRING.test(token) && !token.endsWith(':')) return token;
  // Paths under dot folders (`.claude/agents/x.md`, `.github/prompts/x.prompt.md`), which the
  // library writes plain too.
  if (DOT_PATH.test(token) && !NOT_STRING.test(token)) return token;
  if (PERSON.test(token)) return token;
  throw new Unsupported();
}

/**
 * The text of a literal block scalar whose lines start at `from`, `indent` spaces in: clipped to
 * one final newline, or none when `strip`. Undefined for anything the writer would not produce.
 */
function readBlock(raws: string[], from: number, indent: number, strip: boolean): { value: string; next: number } | undefined {
  const body: string[] = [];
  let at = from;
  for (; at < raws.length; at++) {
    const raw = raws[at]!;
    if (raw === '') {
      body.push('');
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    if (lead < indent) break;
    // Only the first line decides the indentation; one further in needs an indicator the writer adds.
    if (body.every((line) => line === '') && lead !== indent) return undefined;
    // A text's leading newline: the writer (like the library) indents the block's first line alone.
    if (at === from && raw.length === indent && raw.trim() === '') {
      body.push('');
      continue;
    }
    if (raw.endsWith(' ') && raw.trim() === '') return undefined;
    body.push(raw.slice(indent));
  }
  while (body.length > 0 && body.at(-1) === '') body.pop();
  if (body.length === 0) return undefined;
  return { value: body.join('\n') + (strip ? '' : '\n'), next: at };
}

// A literal block scalar as the writer puts it after a key (`key: |` or `key: |-`): its text is
// on the following lines, two spaces further in than the key. Keep (`|+`), folded (`>`) and
// explicit indentation indicators (a text starting with a space) are left to the library.
const BLOCK_HEADER = /^((?:- )?[A-Za-z_][A-Za-z0-9_]*): \|(-?)$/;
// Stands for a block scalar's text in the line list; a record's own text never holds a NUL.
const BLOCK_TOKEN = '\u0000block:';

/**
 * The record as plain data, or undefined when the text is not in our writer's shapes.
 *
 * Run about 1,300 times by a 50-prompt commit (the lineages of its prompts: every record of each),
 * in a hook run whose code V8 never optimises fully (engine/short-run-fs.ts): each builtin call
 * per line counts there. So a line's checks read character codes where a call did (`startsWith`,
 * `endsWith`, `trimStart` on the usual line of spaces and ASCII), the block header's pattern runs
 * only on a line ending as one does, and the lines are two arrays, not an object each. The
 * answers are those of the calls they replace, for every text (fast-yaml-read.test.ts).
 */
export function readRecordYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\t') || text.includes('\u0000')) return undefined;
  // Each kept line's indentation and its text after it.
  const indents: number[] = [];
  const texts: string[] = [];
  const blocks: string[] = [];
  const raws = text.split('\n');
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (raw === '' || raw.charCodeAt(0) === HASH) continue;
    let spaces = 0;
    while (raw.charCodeAt(spaces) === SPACE) spaces++;
    const next = raw.charCodeAt(spaces);
    // A printable ASCII character is no white space: `trimStart` would stop at it too.
    const content = next > SPACE && next < DELETE ? (spaces === 0 ? raw : raw.slice(spaces)) : raw.trimStart();
    // A comment or trailing space anywhere else is beyond this reader.
    if (content.charCodeAt(0) === HASH || raw.charCodeAt(raw.length - 1) === SPACE || raw.includes(' #')) return undefined;
    const indent = raw.length - content.length;
    const last = content.charCodeAt(content.length - 1);
    const header = last === BAR || (last === DASH && content.charCodeAt(content.length - 2) === BAR) ? BLOCK_HEADER.exec(content) : null;
    if (header) {
      const read = readBlock(raws, r + 1, indent + (header[1]!.startsWith('- ') ? 4 : 2), header[2] === '-');
      if (read === undefined) return undefined;
      r = read.next - 1;
      indents.push(indent);
      texts.push(`${header[1]}: ${BLOCK_TOKEN}${blocks.length}`);
      blocks.push(read.value);
      continue;
    }
    indents.push(indent);
    texts.push(content);
  }
  const scalar = (token: string): unknown => (token.charCodeAt(0) === 0 && token.startsWith(BLOCK_TOKEN) ? blocks[Number(token.slice(BLOCK_TOKEN.length))] : plainScalar(token));
  /** Whether line `at` is a list item ("- " first). */
  const isItem = (at: number) => texts[at]!.charCodeAt(0) === DASH && texts[at]!.charCodeAt(1) === SPACE;
  try {
    let at = 0;
    const readMap = (indent: number, first?: string): Record<string, unknown> => {
      const map: Record<string, unknown> = {};
      let pending = first;
      while (pending !== undefined || (at < texts.length && indents[at] === indent && !isItem(at))) {
        const entry = pending ?? texts[at++]!;
        pending = undefined;
        const colon = entry.indexOf(':');
        if (colon <= 0) throw new Unsupported();
        const key = entry.slice(0, colon);
        if (!isKey(key) || Object.hasOwn(map, key)) throw new Unsupported();
        if (colon + 1 === entry.length) map[key] = readNested(indent);
        else if (entry.charCodeAt(colon + 1) === SPACE) map[key] = scalar(entry.slice(colon + 2));
        else throw new Unsupported();
      }
      return map;
    };
    const readNested = (indent: number): unknown => {
      if (at >= texts.length) throw new Unsupported();
      // Lists sit two spaces in under their key (indentSeq), maps two spaces in.
      if (indents[at] !== indent + 2) throw new Unsupported();
      if (isItem(at)) return readList(indent + 2);
      return readMap(indent + 2);
    };
    const readList = (indent: number): unknown[] => {
      const list: unknown[] = [];
      while (at < texts.length && indents[at] === indent && isItem(at)) {
        const item = texts[at++]!.slice(2);
        const colon = item.indexOf(':');
        // `- key: value` opens a map whose other keys sit under the key, two spaces further in.
        if (colon > 0 && isKey(item.slice(0, colon)) && (item.length === colon + 1 || item[colon + 1] === ' ')) list.push(readMap(indent + 2, item));
        else list.push(scalar(item));
      }
      return list;
    };
    const record = readMap(0);
    if (at !== texts.length) return undefined;
    return record;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const HASH = 0x23;
const SPACE = 0x20;
const DASH = 0x2d;
const BAR = 0x7c;
const DELETE = 0x7f;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

// Keys seen to match KEY: a record's few dozen names, each tested once a run, not once a line.
const KEYS = new Set<string>();

function isKey(key: string): boolean {
  if (KEYS.has(key)) return true;
  if (!KEY.test(key)) return false;
  if (KEYS.size < 1000) KEYS.add(key);
  return true;
}

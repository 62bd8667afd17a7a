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
  if (NUMBER.test(token)) return Number(token);
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

interface Line {
  indent: number;
  text: string;
}

// A literal block scalar as the writer puts it after a key (`key: |` or `key: |-`): its text is
// on the following lines, two spaces further in than the key. Keep (`|+`), folded (`>`) and
// explicit indentation indicators (a text starting with a space) are left to the library.
const BLOCK_HEADER = /^((?:- )?[A-Za-z_][A-Za-z0-9_]*): \|(-?)$/;
// Stands for a block scalar's text in the line list; a record's own text never holds a NUL.
const BLOCK_TOKEN = '\u0000block:';

/** The record as plain data, or undefined when the text is not in our writer's shapes. */
export function readRecordYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\t') || text.includes('\u0000')) return undefined;
  const lines: Line[] = [];
  const blocks: string[] = [];
  const raws = text.split('\n');
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (raw === '' || raw.startsWith('#')) continue;
    const content = raw.trimStart();
    // A comment or trailing space anywhere else is beyond this reader.
    if (content.startsWith('#') || raw.endsWith(' ') || raw.includes(' #')) return undefined;
    const indent = raw.length - content.length;
    const header = BLOCK_HEADER.exec(content);
    if (header) {
      const read = readBlock(raws, r + 1, indent + (header[1]!.startsWith('- ') ? 4 : 2), header[2] === '-');
      if (read === undefined) return undefined;
      r = read.next - 1;
      lines.push({ indent, text: `${header[1]}: ${BLOCK_TOKEN}${blocks.length}` });
      blocks.push(read.value);
      continue;
    }
    lines.push({ indent, text: content });
  }
  const scalar = (token: string): unknown => (token.startsWith(BLOCK_TOKEN) ? blocks[Number(token.slice(BLOCK_TOKEN.length))] : plainScalar(token));
  try {
    let at = 0;
    const readMap = (indent: number, first?: string): Record<string, unknown> => {
      const map: Record<string, unknown> = {};
      let pending = first;
      while (pending !== undefined || (at < lines.length && lines[at]!.indent === indent && !lines[at]!.text.startsWith('- '))) {
        const entry = pending ?? lines[at++]!.text;
        pending = undefined;
        const colon = entry.indexOf(':');
        if (colon <= 0) throw new Unsupported();
        const key = entry.slice(0, colon);
        if (!KEY.test(key) || Object.hasOwn(map, key)) throw new Unsupported();
        const rest = entry.slice(colon + 1);
        if (rest === '') map[key] = readNested(indent);
        else if (rest.startsWith(' ')) map[key] = scalar(rest.slice(1));
        else throw new Unsupported();
      }
      return map;
    };
    const readNested = (indent: number): unknown => {
      const next = lines[at];
      if (!next) throw new Unsupported();
      // Lists sit two spaces in under their key (indentSeq), maps two spaces in.
      if (next.indent !== indent + 2) throw new Unsupported();
      if (next.text.startsWith('- ')) return readList(indent + 2);
      return readMap(indent + 2);
    };
    const readList = (indent: number): unknown[] => {
      const list: unknown[] = [];
      while (at < lines.length && lines[at]!.indent === indent && lines[at]!.text.startsWith('- ')) {
        const item = lines[at++]!.text.slice(2);
        const colon = item.indexOf(':');
        // `- key: value` opens a map whose other keys sit under the key, two spaces further in.
        if (colon > 0 && KEY.test(item.slice(0, colon)) && (item.length === colon + 1 || item[colon + 1] === ' ')) list.push(readMap(indent + 2, item));
        else list.push(scalar(item));
      }
      return list;
    };
    const record = readMap(0);
    if (at !== lines.length) return undefined;
    return record;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

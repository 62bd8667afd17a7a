// Pure: a fast reader for front matter with nested block mappings, as Dotprompt and Prompty
// files write it (`model:\n  api: chat\n  configuration:\n    type: azure_openai`,
// `input:\n  schema:\n    language?: string, the reply language`, `config:\n  temperature: 0.4`),
// and for GitHub Models files (`messages:\n  - role: system\n    content: |\n      You ...`).
// Every mapping's keys sit at one indentation of spaces, deeper than its parent's; a list is of
// mappings, each item's first key after `- `; each value is what the flat reader reads on one line
// (plain or single-quoted strings, true/false, flow lists of strings), a decimal number (so a
// flat front matter holding a number is read here too) or a literal block (`|`, no indicator). It
// returns exactly what the yaml library's document model returns for such text, and undefined for
// anything else (lists of other things, other multi-line or empty values, comments, tabs, keys
// twice in one mapping, other numbers), which the library then reads. Why: Dotprompt and Prompty
// were the shapes left loading the library on a commit's path (1,227 of the 10,000-prompt bench's
// 1,839 files that still did), then GitHub Models files (1,107 of the bench history's 18,315
// prompt versions took 0.72 s of CPU in the library, 0.12 s here); block-yaml.test.ts checks it
// against the library on generated front matters and lists.
import { readFlatValue, UNSAFE_KEYS } from './_flat-yaml.ts';

// A key the library reads as that very string, in any mapping: Picoschema's optional fields end
// with `?` (`language?: string`), which YAML reads as part of a plain key.
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*\??$/;
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// The numbers YAML 1.2's core schema reads as the same value JavaScript's Number() gives: no sign,
// no leading zero, no exponent, few enough digits that the integer is exact.
const NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

type Mapping = Record<string, unknown>;

/** An open mapping (its keys' indentation), or an open list of mappings (its dashes' indentation). */
type Level = { indent: number; map: Mapping; keys: Set<string> } | { indent: number; list: Mapping[] };

// Characters a literal block's text is not read with here: tabs, and control, separator and
// byte-order characters (what YAML does with them is the library's to say).
const LITERAL_REFUSED = /[\t\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** The data and 1-based top-level key lines (counted from `firstLine`) of such a front matter, or undefined when the library must read it. */
export function readBlockYaml(source: string, firstLine: number): { data: Mapping; keyLines: Record<string, number> } | undefined {
  const data: Mapping = {};
  const keyLines: Record<string, number> = {};
  // The open mappings and lists, outermost first.
  const open: Level[] = [{ indent: 0, map: data, keys: new Set() }];
  // A `key:` line with nothing after it: the next line must open its mapping or list, deeper.
  let opener: { indent: number; key: string } | undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    let rest = line.slice(indent);
    if (opener) {
      if (indent <= opener.indent) return undefined;
      const parent = open.at(-1)!;
      if (!('map' in parent)) return undefined;
      if (rest.startsWith('- ')) {
        const list: Mapping[] = [];
        parent.map[opener.key] = list;
        open.push({ indent, list });
      } else {
        const map: Mapping = {};
        parent.map[opener.key] = map;
        open.push({ indent, map, keys: new Set() });
      }
      opener = undefined;
    } else {
      while (open.length > 1 && open.at(-1)!.indent > indent) open.pop();
      if (open.at(-1)!.indent !== indent) return undefined;
    }
    let level = open.at(-1)!;
    if ('list' in level) {
      // `- key: value`: an item of the list, a mapping whose keys start after the dash and a space.
      if (!rest.startsWith('- ') || rest.startsWith('-  ')) return undefined;
      const map: Mapping = {};
      level.list.push(map);
      indent += 2;
      rest = rest.slice(2);
      level = { indent, map, keys: new Set() };
      open.push(level);
    }
    const colon = rest.indexOf(': ');
    const key = colon === -1 ? (rest.endsWith(':') ? rest.slice(0, -1) : undefined) : rest.slice(0, colon);
    if (key === undefined || !KEY.test(key) || UNSAFE_KEYS.has(key) || KEYWORDS.has(key) || level.keys.has(key)) return undefined;
    level.keys.add(key);
    if (open.length === 1) keyLines[key] = firstLine + i;
    if (colon === -1) {
      opener = { indent, key };
      continue;
    }
    const text = rest.slice(colon + 2).replace(/^ +| +$/g, '');
    if (text === '|') {
      const literal = readLiteral(lines, i + 1, indent);
      if (!literal) return undefined;
      level.map[key] = literal.text;
      i = literal.last;
      continue;
    }
    const value = NUMBER.test(text) ? Number(text) : readFlatValue(text);
    if (value === undefined) return undefined;
    level.map[key] = value;
  }
  // A last `key:` holds null.
  if (opener) return undefined;
  return { data, keyLines };
}

/**
 * The text of a literal block (`key: |`, no indicator, so its final line break is kept and the
 * empty lines after it dropped) whose lines start at `from`, under a key indented `indent`, and the
 * index of its last line; undefined for any block YAML may read otherwise: a first line empty or
 * not deeper than the key, a line of spaces only, tabs and control characters, a block at the end
 * of the source with no line break after it. GitHub Models files write each message so (`content: |`).
 */
function readLiteral(lines: string[], from: number, indent: number): { text: string; last: number } | undefined {
  const first = lines[from];
  if (first === undefined) return undefined;
  let depth = 0;
  while (first.charCodeAt(depth) === 32) depth++;
  if (depth <= indent || first.trim() === '') return undefined;
  const prefix = ' '.repeat(depth);
  let text = '';
  let blanks = 0;
  let last = from;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      blanks++;
      continue;
    }
    // A line of spaces only is left to the library (empty, or text, by how many there are).
    if (line.trim() === '') return undefined;
    // A line less deep ends the block.
    if (!line.startsWith(prefix)) break;
    if (LITERAL_REFUSED.test(line)) return undefined;
    text += '\n'.repeat(blanks) + line.slice(depth) + '\n';
    blanks = 0;
    last = i;
  }
  // The block's last line must end with a line break.
  if (last === lines.length - 1) return undefined;
  return { text, last };
}

// Pure: a fast reader for front matter with nested block mappings, as Dotprompt and Prompty
// files write it (`model:\n  api: chat\n  configuration:\n    type: azure_openai`,
// `input:\n  schema:\n    language?: string, the reply language`, `config:\n  temperature: 0.4`).
// Every mapping's keys sit at one indentation of spaces, deeper than its parent's; each value is
// what the flat reader reads on one line (plain or single-quoted strings, true/false, flow lists
// of strings) or a decimal number (so a flat front matter holding a number is read here too). It
// returns exactly what the yaml library's document model returns for such text, and undefined for
// anything else (block lists, multi-line or empty values, comments, tabs, keys twice in one
// mapping, other numbers), which the library then reads. Why: Dotprompt and Prompty were the
// shapes left loading the library on a commit's path (1,227 of the 10,000-prompt bench's 1,839
// files that still did); block-yaml.test.ts checks it against the library on generated front matters.
import { readFlatValue, UNSAFE_KEYS } from './_flat-yaml.ts';

// A key the library reads as that very string, in any mapping: Picoschema's optional fields end
// with `?` (`language?: string`), which YAML reads as part of a plain key.
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*\??$/;
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// The numbers YAML 1.2's core schema reads as the same value JavaScript's Number() gives: no sign,
// no leading zero, no exponent, few enough digits that the integer is exact.
const NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;

type Mapping = Record<string, unknown>;

/** The data and 1-based top-level key lines (counted from `firstLine`) of such a front matter, or undefined when the library must read it. */
export function readBlockYaml(source: string, firstLine: number): { data: Mapping; keyLines: Record<string, number> } | undefined {
  const data: Mapping = {};
  const keyLines: Record<string, number> = {};
  // The open mappings, outermost first, each with the indentation of its keys.
  const open: { indent: number; map: Mapping; keys: Set<string> }[] = [{ indent: 0, map: data, keys: new Set() }];
  // A `key:` line with nothing after it: the next line must open its mapping, deeper.
  let opener: { indent: number; key: string } | undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (opener) {
      if (indent <= opener.indent) return undefined;
      const map: Mapping = {};
      open.at(-1)!.map[opener.key] = map;
      open.push({ indent, map, keys: new Set() });
      opener = undefined;
    } else {
      while (open.length > 1 && open.at(-1)!.indent > indent) open.pop();
      if (open.at(-1)!.indent !== indent) return undefined;
    }
    const rest = line.slice(indent);
    const colon = rest.indexOf(': ');
    const key = colon === -1 ? (rest.endsWith(':') ? rest.slice(0, -1) : undefined) : rest.slice(0, colon);
    const level = open.at(-1)!;
    if (key === undefined || !KEY.test(key) || UNSAFE_KEYS.has(key) || KEYWORDS.has(key) || level.keys.has(key)) return undefined;
    level.keys.add(key);
    if (open.length === 1) keyLines[key] = firstLine + i;
    if (colon === -1) {
      opener = { indent, key };
      continue;
    }
    const text = rest.slice(colon + 2).replace(/^ +| +$/g, '');
    const value = NUMBER.test(text) ? Number(text) : readFlatValue(text);
    if (value === undefined) return undefined;
    level.map[key] = value;
  }
  // A last `key:` holds null.
  if (opener) return undefined;
  return { data, keyLines };
}

import type { Document } from 'yaml';
import { truncate, type Problem } from '../errors.ts';
import { explainYamlError, yamlErrorFix, yamlLibrary } from '../yaml-library.ts';
import { readBlockYaml } from './_block-yaml.ts';
import { flatYamlError, readFlatYaml, readFlatYamlWithTextValues, UNSAFE_KEYS } from './_flat-yaml.ts';
import { createTextKeyedMemo } from '../text-keyed-memo.ts';

// Pure: splits a text file into front matter data and body, the way the authoring tools do, and
// leniently. Front matter is data, never code: a `---js` (or any other language) block is refused
// and never run, and YAML tags that would construct objects (`!!js/function`) refuse the file.
// Everything else that strict YAML rejects but tools accept (`description: Use when: asked`) is
// read line by line as `key: value`, with a warning. A leading `---` that opens no front matter
// (a horizontal rule) leaves the whole file as the body. The keys a shape's own tool reads as text
// (`globs: *.ts` in a Cursor rule, kinds.ts `textKeys`) are read as that text with no warning.

export type Finding = Omit<Problem, 'file'>;

export interface FrontMatter {
  /** Top-level keys and values, with `__proto__`-like keys removed; {} when there is none. */
  data: Record<string, unknown>;
  hasFrontMatter: boolean;
  /** The text after the front matter, line endings normalised to `\n`. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key. */
  keyLines: Record<string, number>;
  /** Read anyway, but worth telling the author. */
  warnings: Finding[];
  /** Refused: the file is not recorded (front matter that asks to run code). */
  problems: Finding[];
}

const EXPECTED = 'YAML front matter between two "---" lines, e.g.\n---\ntitle: Refund request\ntags: [billing]\n---';
const OPENING = /^---([A-Za-z0-9_-]*)[ \t]*$/;
/** The line that closes front matter (`---` or `...`, trailing blanks allowed); shared with cited-clauses.ts. */
export const CLOSING_LINE = String.raw`(?:---|\.\.\.)[ \t]*`;
const CLOSING = new RegExp(`^${CLOSING_LINE}$`);

/** Line endings to `\n`, byte order mark dropped: no `\r` survives into any value. */
export function normaliseText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files hold no `\r`: a search for it is cheaper than the regex's scan of every prompt.
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

const NO_TEXT_KEYS: ReadonlySet<string> = new Set();

/** Splits front matter from body; `textKeys` are the keys the file's own tool reads as plain text (see ShapeDefinition). */
export function splitFrontMatter(raw: string, textKeys: ReadonlySet<string> = NO_TEXT_KEYS): FrontMatter {
  const text = normaliseText(raw);
  const plain = (warnings: Finding[] = []): FrontMatter => ({ data: {}, hasFrontMatter: false, body: text, bodyLine: 1, keyLines: {}, warnings, problems: [] });
  const firstEnd = text.indexOf('\n');
  const opening = OPENING.exec(firstEnd === -1 ? text : text.slice(0, firstEnd));
  if (!opening) return plain();
  const language = (opening[1] ?? '').toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ...plain(), problems: [{ code: 'front-matter-language', line: 1, message: `front matter language "${opening[1]}" is not allowed: front matter is data and is never executed`, expected: EXPECTED, fix: `replace the opening "---${opening[1]}" with "---" and write the front matter as YAML` }] };
  }
  const close = firstEnd === -1 ? undefined : closingLine(text, firstEnd + 1);
  const ruleWarning: Finding = { code: 'front-matter-none', line: 1, message: 'starts with a "---" line that opens no front matter (a horizontal rule?); the whole file is read as the prompt text', fix: 'nothing to do if that is intended; otherwise close the front matter with a "---" line' };
  if (!close) return plain([ruleWarning]);
  // The lines between the opening and the closing line, and every line after the closing one.
  const source = text.slice(firstEnd + 1, Math.max(firstEnd + 1, close.start - 1));
  const body = close.end === -1 ? '' : text.slice(close.end + 1);
  const bodyLine = close.index + 2;
  // Text keys' values quoted when YAML rejects them (one line in, one line out): the line-by-line
  // fallback then also reads `argument-hint: [a] [b]` as its text, whatever else is broken.
  const { read, quoted } = readYamlWithTextKeys(source, textKeys);
  if (read.kind === 'refused') return { ...plain(), problems: read.problems };
  if (read.kind === 'not-a-mapping') {
    // `---\nSome prose\n---`: two rules around text, not front matter. A list between them is
    // front matter written as a list: say so rather than suggest a rule.
    if (!read.list) return plain([ruleWarning]);
    return plain([{ code: 'front-matter-none', line: 2, message: 'the front matter between the "---" lines is a YAML list, not "key: value" lines; the whole file is read as the prompt text', fix: 'write each value under a key (e.g. "tags: [a, b]" or "tags:" then "  - a"), or remove the "---" lines if the list is prompt text' }]);
  }
  if (read.kind === 'ok') {
    // `---\n\n# Heading\n\n---`: YAML reads the heading as a comment, Markdown as a heading
    // between two rules; keep the text rather than drop it as empty front matter.
    if (Object.keys(read.data).length === 0 && source.trim() !== '') return plain([ruleWarning]);
    return { data: read.data, hasFrontMatter: true, body, bodyLine, keyLines: read.keyLines, warnings: read.warnings, problems: [] };
  }
  const lenient = readKeyValueLines(quoted.source);
  unquoteTextValues(lenient, quoted.texts);
  if (Object.keys(lenient.data).length === 0) return plain([ruleWarning]);
  const warning: Finding = {
    code: 'front-matter-lenient', line: read.line,
    message: `front matter is not valid YAML (${read.message}); read line by line as "key: value" instead, as the authoring tools do`,
    fix: read.fix ?? yamlErrorFix(read.message),
  };
  return { data: lenient.data, hasFrontMatter: true, body, bodyLine, keyLines: lenient.keyLines, warnings: [warning, ...lenient.warnings], problems: [] };
}

/**
 * The first closing line at or after offset `from` (a line's start, line 1 of the text): its
 * 0-based line index, where it starts and where its line ends (-1: at the end of the text).
 * Found by reading the text in place: split into lines, a 400 KB prompt was copied twice (its
 * lines, then its body joined again) to find a front matter of a few lines.
 */
function closingLine(text: string, from: number): { index: number; start: number; end: number } | undefined {
  for (let start = from, index = 1; ; index++) {
    const end = text.indexOf('\n', start);
    const first = text.charCodeAt(start);
    // A closing line opens with `-` or `.`: no other line is cut out and tested.
    if ((first === 45 || first === 46) && CLOSING.test(end === -1 ? text.slice(start) : text.slice(start, end))) return { index, start, end };
    if (end === -1) return undefined;
    start = end + 1;
  }
}

/**
 * Strict YAML, then, when it fails and the shape names text keys, again with those keys' one-line
 * values that YAML rejects on their own written as the quoted text the tool reads them as. Line
 * numbers are unchanged (one line in, one line out), so a failure elsewhere still names its line.
 */
function readYamlWithTextKeys(source: string, textKeys: ReadonlySet<string>): { read: YamlRead; quoted: QuotedTextValues } {
  const none: QuotedTextValues = { source, texts: new Map() };
  // The common such values (`argument-hint: [a] [b]`, `globs: *.ts`) in otherwise flat front
  // matter: the same reading without the library (a third of Claude commands and Cursor rules).
  const texts = readFlatYamlWithTextValues(source, 2, textKeys);
  if (texts) return { read: { kind: 'ok', ...texts, warnings: [] }, quoted: none };
  const read = readYaml(source);
  if (read.kind !== 'invalid' || textKeys.size === 0) return { read, quoted: none };
  const quoted = quoteTextValues(source, textKeys);
  return quoted.texts.size === 0 ? { read, quoted: none } : { read: readYaml(quoted.source), quoted };
}

/** The source with text keys' values quoted, and each quoted value's text by its line's index in the source. */
interface QuotedTextValues {
  source: string;
  texts: Map<number, string>;
}

const TOP_LEVEL_VALUE = /^([A-Za-z_$@][\w$@.-]*)([ \t]*:[ \t]+)(.*?)[ \t]*$/;

/** Each `key: value` line of a text key whose value is not YAML by itself, with the value double-quoted. */
function quoteTextValues(source: string, textKeys: ReadonlySet<string>): QuotedTextValues {
  const texts = new Map<number, string>();
  const lines = source.split('\n').map((line, index) => {
    const match = TOP_LEVEL_VALUE.exec(line);
    if (!match || !textKeys.has(match[1]!)) return line;
    // A trailing ` # comment` is a comment to the tools as to YAML.
    const value = match[3]!.replace(/\s+#.*$/, '');
    // Only a value YAML cannot read at all: one holding a tag (`!!js/function`) still refuses the file.
    if (value === '' || readYaml(`v: ${value}`, 1).kind !== 'invalid') return line;
    texts.set(index, value);
    // JSON's string syntax is YAML's double-quoted scalar.
    return `${match[1]}${match[2]}${JSON.stringify(value)}`;
  });
  return { source: lines.join('\n'), texts };
}

/**
 * The line-by-line reading only strips a value's quotes: each text key's value it read from a line
 * quoteTextValues quoted becomes the text as written, not its JSON escaping (`argument-hint:
 * [file] "message"` without backslashes). An indented line that followed stays appended to it.
 */
function unquoteTextValues(lenient: { data: Record<string, unknown>; keyLines: Record<string, number> }, texts: ReadonlyMap<number, string>): void {
  for (const [key, line] of Object.entries(lenient.keyLines)) {
    // keyLines count the file's lines (from 2, the line after `---`); texts, the source's (from 0).
    const text = texts.get(line - 2);
    const value = lenient.data[key];
    if (text === undefined || typeof value !== 'string') continue;
    const escaped = JSON.stringify(text).slice(1, -1);
    if (value.startsWith(escaped)) lenient.data[key] = text + value.slice(escaped.length);
  }
}

type YamlRead =
  | { kind: 'ok'; data: Record<string, unknown>; keyLines: Record<string, number>; warnings: Finding[] }
  | { kind: 'refused'; problems: Finding[] }
  | { kind: 'not-a-mapping'; /** A YAML list (`- a`): data meant as front matter, unlike prose between two rules. */ list: boolean }
  | { kind: 'invalid'; line: number; message: string; /** How to fix it, when not by quoting. */ fix?: string };

/**
 * Characters of front matter kept (about 16 MB; all go at once past it): some 26,000 front matters
 * of a typical 300 characters, more than the 20,000 entries once kept, and never hundreds of
 * megabytes when a few are large (the bound was on entries alone).
 */
const NOT_MAPPINGS_CHARS = 8_000_000;

/**
 * Strict readings that found no mapping, by first line and source. Nearly every front matter the
 * flat reader leaves to the library is one that strict YAML rejects (`argument-hint: [file]
 * [message]`, `description: Use when: asked`, `globs: *.ts`: 2,083 of the 2,084 such files at the
 * bench's HEAD), and reading it leniently asks the library again for each text key's value alone;
 * the same texts come back with every version of a prompt whose body changed, and the same values
 * in many prompts (backfill reads 18,000 versions). The answer holds only a line and a message:
 * kept, and copied out, so a caller can never change what a later one reads.
 */
const notMappings = createTextKeyedMemo<YamlRead & { kind: 'invalid' | 'not-a-mapping' }>(NOT_MAPPINGS_CHARS);

/** Strict YAML; lines are file lines (the YAML starts on line 2). */
export function readYaml(source: string, firstLine = 2): YamlRead {
  // Most front matter is flat one-line strings: read without the library's document model.
  const flat = readFlatYaml(source, firstLine);
  if (flat) return { kind: 'ok', ...flat, warnings: [] };
  // Nested block mappings and numbers (Dotprompt's `config:`, Prompty's `model:`): also without it.
  const block = readBlockYaml(source, firstLine);
  if (block) return { kind: 'ok', ...block, warnings: [] };
  // Flat but for values holding ": " (`description: Use when: asked`): the library's error, without it.
  const nested = flatYamlError(source, firstLine);
  if (nested) return { kind: 'invalid', line: nested.line, message: truncate(nested.message) };
  const key = `${firstLine}\n${source}`;
  const known = notMappings.get(key);
  if (known) return { ...known };
  const read = readYamlDocument(source, firstLine);
  if (read.kind === 'invalid' || read.kind === 'not-a-mapping') {
    notMappings.set(key, { ...read });
  }
  return read;
}

/** readYaml's reading with the library's document model. */
function readYamlDocument(source: string, firstLine: number): YamlRead {
  let doc: Document;
  // The library builds an error object for each problem it finds, and a fifth of real front
  // matter is not strict YAML (`description: Use when: asked`): capturing their stacks was the
  // largest single cost of reading 10,000 prompts' citations. Only messages and positions are read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    doc = yamlLibrary().parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
  } catch (error) {
    const { message, fix } = explainYamlError(String((error as Error).message), source, 0);
    return { kind: 'invalid', line: firstLine, message, fix };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const tagWarnings = doc.warnings.filter((warning) => /tag/i.test(warning.message));
  if (tagWarnings.length > 0) {
    return {
      kind: 'refused',
      problems: tagWarnings.map((warning) => ({
        code: 'front-matter-tag', line: lineAt(source, warning.pos[0]) + firstLine - 1,
        message: `front matter is not valid YAML: ${truncate(warning.message.split('\n')[0] ?? '')}; YAML tags are never turned into code or objects`,
        expected: EXPECTED, fix: 'remove the "!!" tag and write the value as plain text',
      })),
    };
  }
  const error = doc.errors[0];
  if (error) {
    const { message, fix, offset } = explainYamlError(error.message.split('\n')[0] ?? '', source, error.pos[0]);
    return { kind: 'invalid', line: lineAt(source, offset) + firstLine - 1, message, fix };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (caught) {
    const message = String((caught as Error).message);
    // `globs: *.ts` reads as an alias to a missing anchor: text the tools accept, read leniently.
    if (!/excessive alias/i.test(message)) return { kind: 'invalid', line: unresolvedAliasLine(doc, source, firstLine), message: truncate(message) };
    return { kind: 'refused', problems: [{ code: 'front-matter-invalid', line: firstLine, message: `front matter could not be read: ${truncate(String((caught as Error).message))}`, expected: EXPECTED, fix: 'remove the YAML aliases (*name) that repeat large values' }] };
  }
  if (value === null || value === undefined) return { kind: 'ok', data: {}, keyLines: {}, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'not-a-mapping', list: Array.isArray(value) };
  const warnings: Finding[] = [];
  const keyLines: Record<string, number> = {};
  const { isMap, isScalar } = yamlLibrary();
  if (isMap(doc.contents)) {
    const seen = new Set<string>();
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
      const line = start === undefined ? firstLine : lineAt(source, start) + firstLine - 1;
      if (seen.has(key)) warnings.push({ code: 'front-matter-duplicate-key', line, message: `the key "${key}" appears twice; the last value is used` });
      seen.add(key);
      keyLines[key] ??= line;
    }
  }
  return { kind: 'ok', data: sanitise(value, warnings) as Record<string, unknown>, keyLines, warnings };
}

/**
 * The line of the first alias whose anchor is not set before it (`globs: *.ts` on line 3), which
 * is what `toJS` throws on; the line after the opening `---` when there is none.
 */
function unresolvedAliasLine(doc: Document, source: string, firstLine: number): number {
  const anchors = new Set<string>();
  let offset: number | undefined;
  const { isAlias, visit } = yamlLibrary();
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    }
    // A key alone (`{a}`, `? a`) has no value node: null is visited too.
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return offset === undefined ? firstLine : lineAt(source, offset) + firstLine - 1;
}

/**
 * The fallback reader: top-level `key: value` lines, indented `- item` lists, `[a, b]` flow lists,
 * quoted strings, and indented lines continuing the previous value. Never fails.
 */
export function readKeyValueLines(source: string, firstLine = 2): { data: Record<string, unknown>; keyLines: Record<string, number>; warnings: Finding[] } {
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  const warnings: Finding[] = [];
  let current: string | undefined;
  for (const [i, line] of source.split('\n').entries()) {
    const top = /^([A-Za-z_$@][\w$@.-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/.exec(line);
    if (top) {
      const key = top[1]!;
      if (UNSAFE_KEYS.has(key)) {
        warnings.push({ code: 'front-matter-unsafe-key', line: i + firstLine, message: `the key "${key}" is ignored` });
        current = undefined;
        continue;
      }
      current = key;
      keyLines[key] = i + firstLine;
      data[key] = scalar((top[2] ?? '').trim());
      continue;
    }
    if (current === undefined || line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    const previous = data[current];
    if (item && (previous === '' || Array.isArray(previous))) data[current] = [...(Array.isArray(previous) ? previous : []), scalar(item[1]!.trim())];
    else if (/^\s/.test(line) && typeof previous === 'string') data[current] = `${previous}${previous ? ' ' : ''}${line.trim()}`;
  }
  return { data, keyLines, warnings };
}

function scalar(value: string): unknown {
  // A flow list's items are read as text, never as lists again: `x: [[[[...]]]]` nested some
  // thousand deep (which the YAML library refuses, so it comes here) recursed once per level,
  // copying the rest each time, until the stack ran out.
  if (/^\[.*\]$/.test(value)) return value.slice(1, -1).split(',').map((item) => String(plainScalar(item.trim()))).filter(Boolean);
  return plainScalar(value);
}

/** A quoted string, true/false, or text with its trailing comment dropped. */
function plainScalar(value: string): unknown {
  if (value === '') return '';
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(value);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  if (value === 'true' || value === 'false') return value === 'true';
  return value.replace(/\s+#.*$/, '');
}

/** Plain data only: keys that could reach an object's prototype are dropped. */
function sanitise(value: unknown, warnings: Finding[]): unknown {
  if (Array.isArray(value)) return value.map((item) => sanitise(item, warnings));
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map) return sanitise(Object.fromEntries([...value].map(([k, v]) => [String(k), v])), warnings);
  if (value instanceof Set) return [...value].map((item) => sanitise(item, warnings));
  const out: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    if (UNSAFE_KEYS.has(key)) {
      warnings.push({ code: 'front-matter-unsafe-key', message: `the key "${key}" is ignored` });
      continue;
    }
    Object.defineProperty(out, key, { value: sanitise((value as Record<string, unknown>)[key], warnings), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

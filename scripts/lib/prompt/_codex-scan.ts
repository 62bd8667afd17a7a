// Pure: what a prompt's front matter cites, read from its `codex:` (and `forked_from:`) lines
// without the yaml library, for the front matter whose other lines cannot change that answer.
// A commit changing many clauses with a cold citation cache reads every prompt only for this,
// and most real front matter is not the flat kind the fast reader (_flat-yaml.ts) takes: the
// library's document model was most of reading 10,000 prompts (nested Prompty and Dotprompt
// settings, a Claude description saying "when: ...", `argument-hint: [a] [b]`, whole-YAML files).
//
// Why the answer is exact. normalisePrompt refuses a front matter only for a tag or an alias
// flood (which need a `!`, or an `&` and a `*`), and otherwise takes `codex` / `forked_from` from
// the library when the YAML is valid, else from the line-by-line reader (readKeyValueLines).
// Nothing but a backslash escape or an alias can spell a key that is not written as such. So
// when every `codex` / `forked_from` written is a key line at column 0 holding plain ids (a flow
// list, one id, or an indented `- id` list) and followed by a key line: the line-by-line reader
// reads those lines as they are, and valid YAML does too, as long as no line before opens a
// quoted scalar or a flow collection running on over the next lines (the only YAML that can hold
// a column-0 line) and the mapping starts on the first line (a top-level block scalar could).
// Those values are then read through normalisePrompt from a front matter of those lines alone,
// so the checks on the ids are the very ones a whole read applies. Anything else answers
// undefined and the caller parses the file. cited-clauses.test.ts compares with parsePrompt on
// thousands of generated front matters.
import { normalisePrompt } from '../formats/index.ts';

/**
 * No tag (`!`), no anchor used by an alias (`&` with `*`), no escape (`\`), no tab, carriage
 * return or byte order mark: the text can be neither refused nor spell a key it does not write.
 */
export function cannotBeRefused(text: string): boolean {
  return !/[\\!\t\r\uFEFF]/.test(text) && !(text.includes('&') && text.includes('*'));
}

/**
 * A whole-YAML prompt file (GitHub Models) that writes neither key and cannot be refused cites
 * nothing, whether the library or the line-by-line reader reads it.
 */
export function wholeYamlCitesNothing(text: string): boolean {
  return cannotBeRefused(text) && !text.includes('codex') && !text.includes('forked_from');
}

/**
 * The `codex` ids of a front matter (`head`: the opening `---` line to the closing line, as
 * frontMatterPart cuts it) of the prompt file `file`, null when normalisePrompt would refuse it,
 * or undefined when these lines alone cannot tell.
 */
export function scanCitedClauses(head: string, file: string): string[] | null | undefined {
  if (!cannotBeRefused(head)) return undefined;
  const lines = head.split('\n');
  if (!/^---[ \t]*$/.test(lines[0]!)) return undefined;
  const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (close === -1) return undefined;
  const source = lines.slice(1, close);
  const first = source.findIndex((line) => line !== '' && !line.startsWith('#'));
  if (first === -1 || !KEY_LINE.test(source[first]!)) return undefined;
  const own = new Map<string, string>();
  const claimed = new Set<number>();
  for (let i = 0; i < source.length; i++) {
    const line = source[i]!;
    if (!line.includes('codex') && !line.includes('forked_from')) continue;
    const key = OWN_KEY.exec(line);
    if (!key || own.has(key[1]!)) return undefined;
    claimed.add(i);
    let value: string | undefined;
    let next = i + 1;
    if (key[2] !== undefined) value = inlineValue(key[2]);
    else {
      const items: string[] = [];
      const indent = /^ +/.exec(source[next] ?? '')?.[0];
      for (; indent !== undefined && next < source.length; next++) {
        const item = source[next]!.startsWith(`${indent}- `) ? source[next]!.slice(indent.length + 2) : undefined;
        if (item === undefined || !isPlainId(item)) break;
        items.push(item);
        claimed.add(next);
      }
      value = items.length > 0 ? `[${items.join(', ')}]` : undefined;
    }
    if (value === undefined) return undefined;
    // The line-by-line reader adds an indented "- x" after blank and comment lines to the list.
    while (next < source.length && (source[next] === '' || source[next]!.startsWith('#'))) next++;
    if (next < source.length && !KEY_LINE.test(source[next]!)) return undefined;
    own.set(key[1]!, value);
  }
  if (own.size === 0) return undefined;
  for (let i = 0; i < source.length; i++) if (!claimed.has(i) && mayRunOn(source[i]!)) return undefined;
  const read = normalisePrompt(`---\n${[...own].map(([key, value]) => `${key}: ${value}\n`).join('')}---\n`, file);
  return read.ok ? read.prompt.codex : null;
}

const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level key line as the line-by-line reader takes one (readKeyValueLines), at column 0. */
const KEY_LINE = /^[A-Za-z_$@][\w$@.-]*[ \t]*:(?:[ \t]+.*|[ \t]*)$/;
/** `codex: value` or `codex:` (a block list follows), nothing else on the line. */
const OWN_KEY = /^(codex|forked_from):(?:$| (.+)$)/;
/** An id both readers take as the same string: no YAML keyword, number, indicator or comment. */
const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

function isPlainId(text: string): boolean {
  return PLAIN_ID.test(text) && !KEYWORDS.has(text);
}

/** `[a, b]`, `[]` or `a`, written back in one form; undefined for anything else. */
function inlineValue(text: string): string | undefined {
  if (isPlainId(text)) return text;
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1);
  if (inner === '') return '[]';
  const items = inner.split(',').map((item) => item.trim());
  return items.every(isPlainId) ? `[${items.join(', ')}]` : undefined;
}

/**
 * Whether a line might open a quoted scalar or a flow collection that goes on over the next lines
 * (true when unsure). Only a line holding a quote or a bracket can; its node starts after the
 * indentation and any `- `.
 */
function mayRunOn(line: string): boolean {
  if (!/["'[\]{}]/.test(line)) return false;
  let rest = line.trimStart();
  while (rest.startsWith('- ')) rest = rest.slice(2).trimStart();
  return nodeMayRunOn(rest);
}

/**
 * A node starting with a letter or digit is a plain scalar (a key, or a value), whose quotes and
 * brackets are text: what may run on is the value after its `: `, if any. A comment or a block
 * scalar's header opens nothing; anything else must be quoted scalars or flow collections, each
 * closed on the line.
 */
function nodeMayRunOn(text: string): boolean {
  if (text === '' || text.startsWith('#') || BLOCK_HEADER.test(text)) return false;
  if (PLAIN_START.test(text)) {
    const colon = text.indexOf(': ');
    return colon !== -1 && nodeMayRunOn(text.slice(colon + 2).trimStart());
  }
  return !tokensClose(text);
}

/** A character that starts a plain scalar, not an indicator. */
const PLAIN_START = /^[\p{L}\p{N}]/u;
/** `|`, `>-`, `|2+` ... and maybe a comment: a block scalar's first line. */
const BLOCK_HEADER = /^[|>][0-9+-]*(?: +#.*)?$/;

/**
 * Whether the text is one or more quoted scalars (`'...'`, `"..."`) or flow collections whose
 * items are plain or quoted, each closed on the line, separated by blanks, maybe with a comment.
 */
function tokensClose(text: string): boolean {
  let at = 0;
  while (at < text.length) {
    const end = tokenEnd(text, at);
    if (end === -1) return false;
    at = end + 1;
    const blanks = /^ */.exec(text.slice(at))![0].length;
    if (at + blanks === text.length) return true;
    if (blanks === 0) return false;
    at += blanks;
    if (text[at] === '#') return true;
  }
  return true;
}

/** The index of the last character of the quoted scalar or flow collection opening at `start`, or -1. */
function tokenEnd(text: string, start: number): number {
  const first = text[start];
  if (first === "'") return singleQuoteEnd(text, start);
  if (first === '"') return text.indexOf('"', start + 1);
  if (first !== '[' && first !== '{') return -1;
  let depth = 0;
  let itemStart = true;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ') continue;
    // A comment inside a flow collection runs to the end of the line, brackets included.
    if (c === '#') return -1;
    if (c === '"' || c === "'") {
      if (!itemStart) return -1;
      const end = c === '"' ? text.indexOf('"', i + 1) : singleQuoteEnd(text, i);
      if (end === -1) return -1;
      i = end;
      itemStart = false;
    } else if (c === '[' || c === '{') {
      depth++;
      itemStart = true;
    } else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
      itemStart = false;
    } else if (c === ',' || c === ':') {
      itemStart = true;
    } else {
      itemStart = false;
    }
  }
  return -1;
}

/** The index of the quote closing the single-quoted scalar opened at `start` (`''` is a quote), or -1. */
function singleQuoteEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

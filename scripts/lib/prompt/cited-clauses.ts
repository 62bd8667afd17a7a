// Pure: the clause ids a prompt file cites, exactly as parsePrompt gives them (its front matter's
// `codex`, or nothing when the file does not parse), without the work only the body needs. A
// commit changing many clauses reads every prompt of a cold cache (10,000 of them, 100 MB) only
// for this: hashing each file, splitting every body into lines and scanning it for headings and
// variables was half of that parse.
import { detectFormat, normalisePrompt } from '../formats/index.ts';
import { CLOSING_LINE } from '../formats/front-matter.ts';
import { isValidId } from '../schema/id.ts';
import { decodeText } from './markdown.ts';
import { parsePrompt } from './parse.ts';
import { cannotBeRefused, scanCitedClauses, wholeYamlCitesNothing } from './_codex-scan.ts';

/**
 * The `codex` ids of the prompt file at `file` (with id `id`), or null when parsePrompt would
 * refuse it. No size limit is applied: the caller applies `max_prompt_bytes`.
 *
 * Whether a file parses, and what it cites, depends only on its bytes (UTF-8, no NUL), its shape
 * (from the path), its id, and its front matter: normalisePrompt fails only on the front matter
 * and on the `codex` / `forked_from` lists. So the front matter alone is read, cut after its
 * closing line, which splitFrontMatter would find at the same line in the whole text.
 */
export function readCitedClauses(bytes: Uint8Array, file: string, id: string): string[] | null {
  if (!isValidId(id)) return null;
  // Whole-YAML files have no body to skip.
  if (detectFormat(file) === 'github-models') {
    const decoded = decodeText(bytes, file);
    if (!decoded.ok) return null;
    return wholeYamlCitesNothing(decoded.text) ? [] : codexOf(parsePrompt(bytes, file, id, { maxBytes: null }));
  }
  // decodeText's checks on the whole file, but only the front matter becomes a string: the text
  // of 10,000 prompts (100 MB) was decoded to be cut at once, and the ids kept pinned it in memory.
  if (bytes.includes(0)) return null;
  // No front matter can open on a first line that does not start with "-" (nor with a byte order
  // mark, which the decoder and normaliseText drop): splitFrontMatter reads the whole file as a
  // body, with no data, so it cites nothing. A fifth of a real repository's prompts (the long
  // ones among them) were decoded and split into lines whole to find that out.
  if (bytes.length === 0 || (bytes[0] !== DASH && bytes[0] !== BOM_FIRST_BYTE)) return isUtf8Text(bytes) ? [] : null;
  const end = frontMatterEnd(bytes);
  let head: string;
  try {
    head = UTF8.decode(bytes.subarray(0, end));
    // Cut after a newline, so no character spans the cut: valid in parts iff valid whole.
    if (end < bytes.length) UTF8_REST.decode(bytes.subarray(end));
  } catch {
    return null;
  }
  if (citesNothing(head)) return [];
  const scanned = scanCitedClauses(head, file);
  if (scanned !== undefined) return scanned;
  const read = normalisePrompt(head, file);
  return read.ok ? read.prompt.codex : null;
}

/**
 * A front matter opened by a plain `---` that writes neither `codex` nor `forked_from` has no such
 * key however YAML or the line-by-line reading takes it: only a backslash escape, a tag, an anchor
 * or alias (or `*.ts`) could spell one, and a tag or a flood of aliases is what refuses a file. So
 * normalisePrompt would accept it and find no codex: it is not parsed. Most real prompts cite no
 * clause, and two fifths of real front matter is not the flat kind the fast reader takes. An alias
 * with no anchor (`globs: *.ts`) or an anchor no alias uses refuses nothing either (cannotBeRefused).
 */
function citesNothing(head: string): boolean {
  return PLAIN_OPENING.test(head) && !head.includes('codex') && !head.includes('forked_from') && (!/[\\!&*]/.test(head) || cannotBeRefused(head));
}

const PLAIN_OPENING = /^---[ \t]*(?:\n|$)/;
const DASH = 0x2d;
const BOM_FIRST_BYTE = 0xef;

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    UTF8_REST.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function codexOf(parsed: ReturnType<typeof parsePrompt>): string[] | null {
  return parsed.ok ? parsed.value.frontMatter.codex : null;
}

// decodeText's decoder (a leading byte order mark dropped), and one for the rest of the file.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_REST = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// splitFrontMatter's closing line, on any line after the first.
const CLOSING = new RegExp(String.raw`\n${CLOSING_LINE}(?=\n|$)`, 'g');

/**
 * The text up to the end of the line that closes its front matter; the whole text when a lone
 * `\r` could end a line (normaliseText would split there) or when nothing closes it.
 */
export function frontMatterPart(text: string): string {
  if (text.includes('\r')) return text;
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd === -1) return text;
  CLOSING.lastIndex = firstLineEnd;
  const close = CLOSING.exec(text);
  return close ? text.slice(0, close.index + close[0].length) : text;
}

/** First bytes searched for the closing line; doubled until it is found or the file ends. */
const WINDOW = 4096;

/**
 * The byte length of `frontMatterPart` of the file's text. The closing line is ASCII, and no byte
 * of a multi-byte UTF-8 character is ASCII, so it is found in the bytes read as Latin-1 (one
 * character a byte) at the same place as in the decoded text.
 */
export function frontMatterEnd(bytes: Uint8Array): number {
  if (bytes.includes(13)) return bytes.length;
  for (let size = WINDOW; ; size *= 2) {
    const whole = size >= bytes.length;
    const part = frontMatterPart(LATIN1.decode(whole ? bytes : bytes.subarray(0, size)));
    // A close found at the window's edge might go on in the bytes after it.
    if (whole) return part.length;
    if (part.length < size) return part.length;
  }
}

const LATIN1 = new TextDecoder('latin1');

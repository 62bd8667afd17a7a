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
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return null;
  // Whole-YAML files have no body to skip.
  if (detectFormat(file) === 'github-models') return codexOf(parsePrompt(bytes, file, id, { maxBytes: null }));
  const read = normalisePrompt(frontMatterPart(decoded.text), file);
  return read.ok ? read.prompt.codex : null;
}

function codexOf(parsed: ReturnType<typeof parsePrompt>): string[] | null {
  return parsed.ok ? parsed.value.frontMatter.codex : null;
}

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

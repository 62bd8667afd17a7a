import { createHash } from 'node:crypto';
import type { Problem } from '../errors.ts';
import { clauseFrontMatterSchema, type Clause } from '../schema/clause.ts';
import { isValidId, ID_EXAMPLE } from '../schema/id.ts';
import { promptFrontMatterSchema, type Prompt } from '../schema/prompt.ts';
import { lineOfPath, validate } from '../schema/validate.ts';
import type { MarkdownFile } from './markdown.ts';
import { decodeText, parseMarkdown } from './markdown.ts';

// Pure: bytes in, a validated prompt or clause (or every problem found) out. No disk, no git.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function contentHash(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

const PROMPT_EXAMPLE = 'title: Refund request\nassistant: support-bot\ntone: empathetic\ntags: [billing, refunds]\ncodex: [privacy/account-numbers]';
const CLAUSE_EXAMPLE = 'title: Never share account numbers\ntone: formal';

export function parsePrompt(bytes: Uint8Array, file: string, id: string): Parsed<Prompt> {
  const parsed = parseSource(bytes, file, id);
  if (!parsed.ok) return parsed;
  const { markdown } = parsed;
  // A file without front matter is a valid prompt: its title is its id, its tone inferred.
  const data = markdown.hasFrontMatter ? markdown.data : { title: id };
  const checked = validate(promptFrontMatterSchema, data, {
    file, doc: markdown.doc, source: markdown.matter, code: 'front-matter-invalid', example: PROMPT_EXAMPLE,
    fix: `edit the front matter of ${file}`,
  });
  if (!checked.ok) return checked;
  return { ok: true, value: { id, path: file, frontMatter: checked.value, body: markdown.body, contentHash: contentHash(bytes), keyLines: keyLines(markdown) } };
}

export function parseClause(bytes: Uint8Array, file: string, id: string): Parsed<Clause> {
  const parsed = parseSource(bytes, file, id);
  if (!parsed.ok) return parsed;
  const { markdown } = parsed;
  const checked = validate(clauseFrontMatterSchema, markdown.hasFrontMatter ? markdown.data : {}, {
    file, doc: markdown.doc, source: markdown.matter, code: 'front-matter-invalid', example: CLAUSE_EXAMPLE,
    fix: `add the missing keys to the front matter of ${file}`,
  });
  if (!checked.ok) return checked;
  if (markdown.body.trim() === '') {
    return { ok: false, problems: [{ code: 'clause-empty', file, line: markdown.bodyLine, message: 'the clause has no text after its front matter', expected: 'the rule itself, e.g. "The assistant must never share account numbers."' }] };
  }
  return { ok: true, value: { id, path: file, frontMatter: checked.value, body: markdown.body, contentHash: contentHash(bytes), keyLines: keyLines(markdown) } };
}

function parseSource(bytes: Uint8Array, file: string, id: string) {
  if (!isValidId(id)) {
    return { ok: false as const, problems: [{ code: 'id-invalid', file, message: `the file name gives the id "${id}", which is not a valid id`, expected: `folder and file names of letters, digits, "_", "-" and ".", not starting with "." (e.g. "${ID_EXAMPLE}")`, fix: 'rename the file' }] };
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const markdown = parseMarkdown(decoded.text.replace(/^\uFEFF/, ''), file);
  if (!markdown.ok) return markdown;
  return { ok: true as const, markdown: markdown.file };
}

function keyLines(markdown: MarkdownFile): Record<string, number> {
  const lines: Record<string, number> = {};
  const data = markdown.data as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    const line = lineOfPath({ doc: markdown.doc, source: markdown.matter }, [key]);
    if (line !== undefined) lines[key] = line;
  }
  return lines;
}

import { createHash } from 'node:crypto';
import type { Problem } from '../errors.ts';
import { clauseFrontMatterSchema, type Clause } from '../schema/clause.ts';
import { isValidId, ID_EXAMPLE } from '../schema/id.ts';
import { inFile, normalisePrompt, normaliseText } from '../formats/index.ts';
import type { Prompt, PromptFrontMatter } from '../schema/prompt.ts';
import { lineOfPath, validate } from '../schema/validate.ts';
import type { MarkdownFile } from './markdown.ts';
import { decodeText, parseMarkdown } from './markdown.ts';

// Pure: bytes in, a validated prompt or clause (or every problem found) out. No disk, no git.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function contentHash(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

const CLAUSE_EXAMPLE = 'title: Never share account numbers\ntone: formal';

/** Options of reading a prompt: the size limit (`max_prompt_bytes`), null for none. */
export interface PromptReadOptions {
  maxBytes?: number | null;
}

/** The default of `max_prompt_bytes`: far above the largest real prompts seen (400 KB). */
export const DEFAULT_MAX_PROMPT_BYTES = 1_048_576;

export function parsePrompt(bytes: Uint8Array, file: string, id: string, options: PromptReadOptions = {}): Parsed<Prompt> {
  if (!isValidId(id)) return { ok: false, problems: [invalidId(file, id)] };
  const limit = options.maxBytes === undefined ? DEFAULT_MAX_PROMPT_BYTES : options.maxBytes;
  if (limit !== null && bytes.length > limit) {
    return { ok: false, problems: [{ code: 'prompt-too-large', file, message: `is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(limit)} (max_prompt_bytes: ${limit})`, expected: 'a prompt file within max_prompt_bytes', fix: `raise max_prompt_bytes in .promptvault.yaml (e.g. max_prompt_bytes: ${Math.ceil(bytes.length / 1_048_576) * 1_048_576}, or null for no limit), or leave ${file} out of the prompts globs` }] };
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const read = normalisePrompt(decoded.text, file);
  if (!read.ok) return { ok: false, problems: inFile(read.problems, file) };
  const { prompt: p } = read;
  const frontMatter: PromptFrontMatter = {
    ...p.data,
    title: p.title,
    tags: p.tags,
    codex: p.codex,
    ...(p.assistant !== undefined ? { assistant: p.assistant } : {}),
    ...(p.tone !== undefined ? { tone: p.tone } : {}),
    ...(p.forkedFrom !== undefined ? { forked_from: p.forkedFrom } : {}),
    ...(p.stableId !== undefined ? { id: p.stableId } : {}),
  };
  // Keys normalised away must not pass through with their raw, wrongly typed values.
  for (const key of ['assistant', 'tone', 'forked_from', 'id'] as const) if (frontMatter[key] === undefined) delete frontMatter[key];
  return {
    ok: true,
    value: {
      id, path: file, frontMatter, body: p.body, contentHash: contentHash(bytes), keyLines: p.keyLines,
      kind: p.kind, declaredVariables: p.declaredVariables, warnings: [...inFile(read.warnings, file), ...emptyTextWarning(p.body, bytes.length, file, read.warnings)],
      ...(p.description !== undefined ? { description: p.description } : {}),
      ...(p.model !== undefined ? { model: p.model } : {}),
    },
  };
}

/**
 * An empty file, or one with front matter and no text, records a version with no prompt in it:
 * mostly a file created for later or a text lost in an edit. Said, never blocking (a placeholder
 * is a team's choice).
 */
function emptyTextWarning(body: string, size: number, file: string, already: readonly { code: string }[]): Problem[] {
  if (body.trim() !== '' || already.some((warning) => warning.code === 'github-models-no-messages')) return [];
  return [{
    code: 'prompt-empty', file,
    message: size === 0 ? 'is empty: it is recorded as a version with no prompt text' : 'has no prompt text (front matter or blank lines only): it is recorded as a version with no prompt text',
    expected: 'the prompt\'s text (after the front matter, if any), e.g. "You help customers with refunds."',
    fix: `write the prompt's text; if ${file} is not a prompt, delete it or leave it out of the prompts globs in .promptvault.yaml`,
  }];
}

function formatBytes(size: number): string {
  return size >= 1_048_576 ? `${(size / 1_048_576).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
}

function invalidId(file: string, id: string): Problem {
  return { code: 'id-invalid', file, message: `the path gives the id "${id}", which cannot name a prompt`, expected: `a path below the glob's folder with no empty, "." or ".." folder names (e.g. "${ID_EXAMPLE}")`, fix: 'rename the file' };
}

export function parseClause(bytes: Uint8Array, file: string, id: string): Parsed<Clause> {
  // Most clauses' front matter is one-line values (`title: ...`, `tone: formal`): read without the
  // YAML library's document, which only points problems at their lines; a clause that does not
  // parse so is read again with it, for the same problems as ever.
  const read = readClause(bytes, file, id, true);
  return read.ok ? read : readClause(bytes, file, id, false);
}

function readClause(bytes: Uint8Array, file: string, id: string, flat: boolean): Parsed<Clause> {
  const parsed = parseSource(bytes, file, id, flat);
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

function parseSource(bytes: Uint8Array, file: string, id: string, flat = false) {
  if (!isValidId(id)) return { ok: false as const, problems: [invalidId(file, id)] };
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const markdown = parseMarkdown(normaliseText(decoded.text), file, { flat });
  if (!markdown.ok) return markdown;
  return { ok: true as const, markdown: markdown.file };
}

function keyLines(markdown: MarkdownFile): Record<string, number> {
  if (markdown.keyLines) return markdown.keyLines;
  const lines: Record<string, number> = {};
  const data = markdown.data as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    const line = lineOfPath({ doc: markdown.doc, source: markdown.matter }, [key]);
    if (line !== undefined) lines[key] = line;
  }
  return lines;
}

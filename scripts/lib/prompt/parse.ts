import { createHash } from 'node:crypto';
import type { Problem } from '../errors.ts';
import { isValidId, ID_EXAMPLE } from '../schema/id.ts';
import { inFile, normalisePrompt } from '../formats/index.ts';
import type { Prompt, PromptFrontMatter } from '../schema/prompt.ts';
import { decodeText } from './markdown.ts';

// Pure: bytes in, a validated prompt (or every problem found) out. No disk, no git. Clauses: parse-clause.ts.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function contentHash(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

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
      kind: p.kind, declaredVariables: p.declaredVariables, warnings: [...inFile(read.warnings, file), ...emptyTextWarning(p.body, bytes.length, file, read.warnings), ...lfsPointerWarning(decoded.text, file)],
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

/**
 * A Git LFS pointer (the file's glob is tracked by LFS: git holds this small text, the prompt is in
 * LFS storage): recorded as it is, since git's blob is all the hook and check can read, and said so,
 * or every version would silently be a pointer's text (three lines, a few tokens, no prompt).
 */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[a-z0-9.-]+ [^\n]*\n)*oid sha256:([0-9a-f]{64})\n(?:[a-z0-9.-]+ [^\n]*\n)*$/;

function lfsPointerWarning(text: string, file: string): Problem[] {
  if (text.length > 1024 || !text.startsWith('version https://git-lfs.github.com/spec/v1') || !LFS_POINTER.test(text.replace(/\r\n/g, '\n'))) return [];
  return [{
    code: 'prompt-lfs-pointer', file,
    message: 'is a Git LFS pointer in git (.gitattributes has `filter=lfs` for it): the prompt\'s text is in LFS storage, which promptvault does not read, so the pointer\'s three lines are recorded as the prompt',
    expected: 'the prompt\'s text stored in git',
    fix: `keep prompts out of LFS: remove the .gitattributes line that tracks ${file} (\`git lfs untrack <pattern>\`), then \`git add --renormalize ${file}\` and commit; or leave it out of the prompts globs in .promptvault.yaml`,
  }];
}

function formatBytes(size: number): string {
  return size >= 1_048_576 ? `${(size / 1_048_576).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
}

export function invalidId(file: string, id: string): Problem {
  return { code: 'id-invalid', file, message: `the path gives the id "${id}", which cannot name a prompt`, expected: `a path below the glob's folder with no empty, "." or ".." folder names (e.g. "${ID_EXAMPLE}")`, fix: 'rename the file' };
}

// Pure: bytes in, a validated clause (or every problem found) out, apart from parse.ts: a clause is
// checked by its zod schema, which a commit that changes no clause does not load.
import { clauseFrontMatterSchema, type Clause } from '../schema/clause.ts';
import { isValidId } from '../schema/id.ts';
import { normaliseText } from '../formats/index.ts';
import { lineOfPath, validate } from '../schema/validate.ts';
import type { Problem } from '../errors.ts';
import type { MarkdownFile } from './markdown.ts';
import { decodeText, parseMarkdown } from './markdown.ts';
import { contentHash, invalidId, type Parsed } from './parse.ts';

const CLAUSE_EXAMPLE = 'title: Never share account numbers\ntone: formal';

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
  // A rule file without front matter (a team's existing policy notes) was told "title: is
  // required" with no line and a fix to "add the missing keys to the front matter" it does not have.
  if (!markdown.hasFrontMatter) return { ok: false, problems: [missingFrontMatter(file, id)] };
  const checked = validate(clauseFrontMatterSchema, markdown.hasFrontMatter ? markdown.data : {}, {
    file, doc: markdown.doc, source: markdown.matter, code: 'front-matter-invalid', example: CLAUSE_EXAMPLE,
    // A key may be there with a value of the wrong kind (`title: 42`): not only missing keys are named.
    fix: `add the missing keys to the front matter of ${file}, or give a key the kind of value the example shows (quote a title that reads as a number: title: "42")`,
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

/** The problem of a clause file with no front matter: where the block goes and what it holds, its title taken from the file name. */
function missingFrontMatter(file: string, id: string): Problem {
  const name = id.slice(id.lastIndexOf('/') + 1).replace(/[-_]+/g, ' ').trim() || 'Refund limit';
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    code: 'front-matter-invalid', file, line: 1,
    message: 'a clause needs front matter with its title, and this file has none',
    expected: `front matter above the rule, e.g.\n---\ntitle: ${title}\n---`,
    fix: `add those three lines at the top of ${file}, with a title that names the rule (\`tone: formal\` may follow it: the tone the rule should keep)`,
  };
}

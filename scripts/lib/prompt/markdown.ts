import { createRequire } from 'node:module';
import type matter from 'gray-matter';
import type { Document } from 'yaml';
import { truncate, type Problem } from '../errors.ts';
import { readFlatYaml } from '../formats/_flat-yaml.ts';
import { lineAt } from '../schema/validate.ts';
import { explainYamlError, yamlErrorFix, yamlLibrary } from '../yaml-library.ts';
import { splitMatter } from './split-matter.ts';

// Splits a codex clause file into its YAML data and body, strictly: clauses are promptvault's own
// format (prompts of every shape go through ../formats/, which reads leniently). decodeText serves both.
// Front matter is data, never code: gray-matter's default engines include `javascript`, which
// evals `---js` blocks, so every engine but YAML is replaced by one that refuses.
// gray-matter (with js-yaml and esprima) is loaded only for an opening that names a language;
// split-matter.ts makes gray-matter's own split of every other file without it.

export interface MarkdownFile {
  /** The front matter as plain data ({} when the file has none). */
  data: unknown;
  /** The YAML document, kept to point errors at lines (none when the flat reader read the front matter). */
  doc: Document | undefined;
  /** 1-based lines of the keys, when the flat reader read the front matter. */
  keyLines?: Record<string, number>;
  /** Raw front matter text as gray-matter returns it (starts on the `---` line). */
  matter: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  hasFrontMatter: boolean;
}

export type ParsedMarkdown = { ok: true; file: MarkdownFile } | { ok: false; problems: Problem[] };

class ForbiddenLanguage extends Error {}

const refuse = (language: string) => () => {
  throw new ForbiddenLanguage(language);
};

const EXPECTED_FRONT_MATTER = 'YAML front matter between two "---" lines, e.g.\n---\ntitle: Refund request\nassistant: support-bot\ntags: [billing]\n---';

/** Decodes bytes as UTF-8, refusing binary files and invalid byte sequences. */
export function decodeText(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail({ code: 'binary-file', file, line: lineAtByte(bytes, nul), message: 'is a binary file (it contains a NUL byte)', expected: 'a UTF-8 Markdown text file', fix: `replace ${file} with text, or leave it out of the prompts and codex globs in .promptvault.yaml` });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail({ code: 'not-utf8', file, line: lineAtByte(bytes, at), message: `is not valid UTF-8 (invalid byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at})`, expected: 'a UTF-8 encoded text file', fix: `re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8 ${file}` });
  }
}

/**
 * Parses a Markdown file's front matter as YAML data; never executes anything. `flat`: a front
 * matter of one-line values is read by ../formats/_flat-yaml.ts instead of the YAML library (the
 * same data; `keyLines` then, no `doc`).
 */
export function parseMarkdown(text: string, file: string, options: { flat?: boolean } = {}): ParsedMarkdown {
  let parsed: Pick<matter.GrayMatterFile<string>, 'data' | 'content' | 'matter'>;
  let doc: Document | undefined;
  let keyLines: Record<string, number> | undefined;
  const yamlProblems: Problem[] = [];
  const yaml = (source: string) => {
    // The source starts on the opening `---` line: its keys are on file lines from 2.
    const flat = options.flat ? readFlatYaml(source, 1) : undefined;
    // Strict YAML refuses an implicit key of over 1,024 characters, which the flat reader takes.
    if (flat && Object.keys(flat.data).every((key) => key.length <= 1024)) {
      keyLines = flat.keyLines;
      return flat.data;
    }
    doc = yamlLibrary().parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    for (const error of [...doc.errors, ...doc.warnings]) {
      const offset = error.pos[0];
      const said = explainYamlError(error.message.split('\n')[0] ?? '', source, offset);
      // One mistake the library reports twice (a line indented under a key with a value) is named once.
      const line = lineAt(source, said.offset);
      if (yamlProblems.some((problem) => problem.line === line && problem.message === `front matter is not valid YAML: ${said.message}`)) continue;
      yamlProblems.push({ code: 'front-matter-invalid', file, line, message: `front matter is not valid YAML: ${said.message}`, expected: EXPECTED_FRONT_MATTER, fix: said.fix ?? `correct the YAML: ${yamlErrorFix(said.message)}` });
    }
    if (yamlProblems.length > 0) return {};
    return doc.toJS({ maxAliasCount: 50 }) ?? {};
  };
  try {
    parsed = (splitMatter(text, yaml) as typeof parsed | undefined) ?? loadGrayMatter()(text, {
      language: 'yaml',
      engines: {
        yaml,
        javascript: refuse('javascript'),
        js: refuse('js'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
        cson: refuse('cson'),
        json: refuse('json'),
        toml: refuse('toml'),
      } as unknown as Record<string, (input: string) => object>,
    });
  } catch (error) {
    if (error instanceof ForbiddenLanguage) {
      return fail({ code: 'front-matter-language', file, line: 1, message: `front matter language "${error.message}" is not allowed: front matter is data and is never executed`, expected: EXPECTED_FRONT_MATTER, fix: 'replace the opening "---' + error.message + '" with "---" and write the front matter as YAML' });
    }
    return fail({ code: 'front-matter-invalid', file, line: 1, message: `front matter could not be read: ${truncate(String((error as Error).message ?? error))}`, expected: EXPECTED_FRONT_MATTER });
  }
  if (yamlProblems.length > 0) return { ok: false, problems: yamlProblems };
  const hasFrontMatter = parsed.matter !== '' || text.startsWith('---');
  const data = parsed.data;
  if (hasFrontMatter && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    return fail({ code: 'front-matter-invalid', file, line: 2, message: `front matter must be a mapping of keys to values, received ${truncate(JSON.stringify(data))}`, expected: EXPECTED_FRONT_MATTER });
  }
  const bodyOffset = text.length - parsed.content.length;
  return {
    ok: true,
    file: { data: data ?? {}, doc, ...(keyLines ? { keyLines } : {}), matter: parsed.matter, body: parsed.content, bodyLine: lineAt(text, bodyOffset), hasFrontMatter },
  };
}

let grayMatter: typeof matter | undefined;

/** gray-matter, loaded on first use (synchronously: parseMarkdown is synchronous). */
export function loadGrayMatter(): typeof matter {
  grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof matter;
  return grayMatter;
}

function fail(problem: Problem): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem] };
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Walk the bytes the way a UTF-8 decoder does and stop at the first one that breaks a sequence.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

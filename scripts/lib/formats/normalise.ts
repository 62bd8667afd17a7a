import type { Problem } from '../errors.ts';
import { ID_EXAMPLE, isValidId } from '../schema/id.ts';
import { CLAUDE } from './claude.ts';
import { COPILOT } from './copilot.ts';
import { CURSOR } from './cursor.ts';
import { detectFormat } from './detect.ts';
import { DOTPROMPT } from './dotprompt.ts';
import { normaliseText, readKeyValueLines, readYaml, splitFrontMatter, type Finding, type FrontMatter } from './front-matter.ts';
import { GITHUB_MODELS } from './github-models.ts';
import { describe, listField, stringField, type FormatKind, type ShapeDefinition, type ShapeFields, type ShapeWarning } from './kinds.ts';
import { PLAIN } from './plain.ts';
import { PROMPTY } from './prompty.ts';

// Pure: the text of any supported prompt file in, one normalised prompt out. Only what promptvault
// itself relies on refuses a file (front matter that asks to run code, `forked_from` / `codex` that
// are not ids); everything else is read as well as it can be, with warnings.

export interface NormalisedPrompt {
  kind: FormatKind;
  /** `title`, else `name`, else the first Markdown heading, else the file name. */
  title: string;
  description?: string;
  assistant?: string;
  tone?: string;
  tags: string[];
  model?: string;
  /** Other model and tool settings the shape declares (temperature, tools, applyTo, ...). */
  settings: Record<string, unknown>;
  /** Variables the file declares (Prompty inputs, Dotprompt input.schema, command arguments). */
  declaredVariables: string[];
  forkedFrom?: string;
  codex: string[];
  /** Front-matter `id`: stable identity across moves. */
  stableId?: string;
  /** The prompt text: the body after the front matter (a GitHub Models file: its messages). */
  body: string;
  bodyLine: number;
  /** The file's own keys and values, as read. */
  data: Record<string, unknown>;
  keyLines: Record<string, number>;
  hasFrontMatter: boolean;
}

export type Normalised = { ok: true; prompt: NormalisedPrompt; warnings: Finding[] } | { ok: false; problems: Finding[] };

/** Every shape's definition: its reader and the keys its own tool reads as text. */
const SHAPES: Record<FormatKind, ShapeDefinition> = {
  'claude-agent': CLAUDE, 'claude-command': CLAUDE, 'claude-skill': CLAUDE,
  'copilot-prompt': COPILOT, 'copilot-instructions': COPILOT, 'copilot-chatmode': COPILOT, 'copilot-agent': COPILOT,
  'cursor-rule': CURSOR, dotprompt: DOTPROMPT, prompty: PROMPTY, 'github-models': GITHUB_MODELS,
  markdown: PLAIN, text: PLAIN,
};

/** Reads a prompt file's text (already decoded) whose shape is known from its path. */
export function normalisePrompt(text: string, file: string): Normalised {
  const kind = detectFormat(file);
  const shape = SHAPES[kind];
  const split = kind === 'github-models' ? splitYamlFile(text) : splitFrontMatter(text, shape.textKeys);
  if (split.problems.length > 0) return { ok: false, problems: split.problems };
  const warnings: Finding[] = [...split.warnings];
  const fields: ShapeFields = shape.read(split.data, split.body);
  warnings.push(...atKeyLines(fields.warnings, split.keyLines));
  const body = fields.body ?? split.body;
  const own = emptyOwn();
  const title = stringField(split.data, 'title', own) ?? fields.name ?? firstHeading(body) ?? fileTitle(file);
  const tone = stringField(split.data, 'tone', own);
  const assistant = stringField(split.data, 'assistant', own);
  const stableId = stringField(split.data, 'id', own);
  const description = fields.description;
  warnings.push(...atKeyLines(own.warnings, split.keyLines));

  const problems: Finding[] = [];
  // The stable id is only compared as a string, but the README's rule holds for every id: none escapes its folder.
  if (stableId !== undefined && !isValidId(stableId)) {
    problems.push({ code: 'front-matter-invalid', line: split.keyLines.id, message: `id: "${stableId}" is not a prompt id (a segment is empty, "." or "..")`, expected: `id: ${ID_EXAMPLE}`, fix: 'give an id made of folder and file names separated by "/", none of them empty, "." or "..", or remove id' });
  }
  let tags: string[] = [];
  if (split.data.tags !== undefined && split.data.tags !== null) {
    const list = listField(split.data.tags);
    if (list) tags = [...new Set(list)];
    else warnings.push({ code: 'front-matter-type', line: split.keyLines.tags, message: `tags: expected a list of words, received ${describe(split.data.tags)}; ignored`, expected: 'tags: [billing, refunds]' });
  }
  const idList = (key: 'codex' | 'forked_from'): string[] => {
    const value = split.data[key];
    if (value === undefined || value === null) return [];
    const list = listField(value);
    const bad = list === undefined ? [describe(value)] : list.filter((id) => !isValidId(id));
    if (bad.length > 0) {
      problems.push({ code: 'front-matter-invalid', line: split.keyLines[key], message: `${key}: ${bad.map((b) => `"${b}"`).join(', ')} is not a prompt${key === 'codex' ? ' or clause' : ''} id`, expected: key === 'codex' ? 'codex: [privacy/account-numbers]' : 'forked_from: support/refund', fix: `name ${key === 'codex' ? 'clauses' : 'a prompt'} by id: the path below its folder without the extension` });
    }
    return list ?? [];
  };
  const codex = [...new Set(idList('codex'))];
  const forks = idList('forked_from');
  if (forks.length > 1) problems.push({ code: 'front-matter-invalid', line: split.keyLines.forked_from, message: 'forked_from: names more than one prompt', expected: 'forked_from: support/refund' });
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    warnings,
    prompt: {
      kind, title, tags, codex, body,
      ...(description !== undefined ? { description } : {}),
      ...(assistant !== undefined ? { assistant } : {}),
      ...(tone !== undefined ? { tone } : {}),
      ...(fields.model !== undefined ? { model: fields.model } : {}),
      ...(forks[0] !== undefined ? { forkedFrom: forks[0] } : {}),
      ...(stableId !== undefined ? { stableId } : {}),
      settings: fields.settings,
      declaredVariables: fields.variables,
      bodyLine: fields.body !== undefined ? 1 : split.bodyLine,
      data: split.data,
      keyLines: split.keyLines,
      hasFrontMatter: split.hasFrontMatter,
    },
  };
}

/** Shape warnings about a key, on the line of that key (the readers see data, not lines). */
function atKeyLines(warnings: ShapeWarning[], keyLines: Record<string, number>): Finding[] {
  return warnings.map(({ key, ...warning }) => {
    const line = warning.line ?? (key === undefined ? undefined : keyLines[key]);
    return line === undefined ? warning : { ...warning, line };
  });
}

function emptyOwn(): ShapeFields {
  return { settings: {}, variables: [], warnings: [] };
}

/** A whole-YAML file (GitHub Models) as if it were all front matter with no body. */
function splitYamlFile(raw: string): FrontMatter {
  const text = normaliseText(raw);
  const read = readYaml(text, 1);
  if (read.kind === 'refused') return { data: {}, body: '', bodyLine: 1, keyLines: {}, warnings: [], problems: read.problems, hasFrontMatter: false };
  if (read.kind === 'ok') return { data: read.data, body: '', bodyLine: 1, keyLines: read.keyLines, warnings: read.warnings, problems: [], hasFrontMatter: true };
  const lenient = readKeyValueLines(text, 1);
  const warning: Finding = { code: 'github-models-invalid', line: read.kind === 'invalid' ? read.line : 1, message: `is not a valid GitHub Models prompt file (${read.kind === 'invalid' ? read.message : 'not a YAML mapping'}); its whole text is recorded as the prompt`, expected: 'name: ...\nmessages:\n  - role: system\n    content: ...' };
  return { data: { ...lenient.data, messages: [{ role: 'text', content: text }] }, body: '', bodyLine: 1, keyLines: lenient.keyLines, warnings: [warning], problems: [], hasFrontMatter: false };
}

/** The text of the first ATX heading outside code fences. */
export function firstHeading(body: string): string | undefined {
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) return heading[1].trim();
  }
  return undefined;
}

const SUFFIXES = /(\.(prompt|instructions|chatmode|agent))?\.(md|markdown|mdc|txt|prompt|prompty|ya?ml)$/i;

/** `review.prompt.md` -> `review`; a skill's `SKILL.md` is named by its folder. */
export function fileTitle(file: string): string {
  const parts = file.split('/');
  const name = parts.at(-1) ?? file;
  if (/^skill\.md$/i.test(name) && parts.length > 1) return parts.at(-2)!;
  return name.replace(SUFFIXES, '') || name;
}

/** Attaches a file to findings. */
export function inFile(findings: Finding[], file: string): Problem[] {
  return findings.map((finding) => ({ ...finding, file }));
}

import type { Problem } from '../errors.ts';

// The file shapes promptvault reads, and the one normalised prompt every shape becomes.

export const FORMAT_KINDS = [
  'claude-agent', 'claude-command', 'claude-skill',
  'copilot-prompt', 'copilot-instructions', 'copilot-chatmode', 'copilot-agent',
  'cursor-rule', 'dotprompt', 'prompty', 'github-models', 'markdown', 'text',
] as const;

export type FormatKind = (typeof FORMAT_KINDS)[number];

/** What one shape's reader takes from a file's data (front matter, or the whole YAML file). */
export interface ShapeFields {
  /** `name` (or the shape's equivalent), a title candidate after `title`. */
  name?: string;
  description?: string;
  /** Model name, e.g. `sonnet`, `gpt-4o`, `googleai/gemini-1.5-flash`. */
  model?: string;
  /** Other model settings the file declares (temperature, tools, mode, applyTo, ...), as data. */
  settings: Record<string, unknown>;
  /** Variables the file declares (Prompty inputs, Dotprompt input.schema). */
  variables: string[];
  /** Replaces the body when the shape has none of its own (GitHub Models: the messages). */
  body?: string;
  warnings: ShapeWarning[];
}

/** A warning about one front-matter key: normalise.ts gives it the line that key is on. */
export type ShapeWarning = Omit<Problem, 'file'> & { key?: string };

/** Pure reader of one shape: its data and body in, the fields it knows out. */
export type ShapeReader = (data: Record<string, unknown>, body: string) => ShapeFields;

/** One shape's definition: how its data is read, and how its own tool reads its front matter. */
export interface ShapeDefinition {
  read: ShapeReader;
  /**
   * Keys whose one-line value the shape's own tool reads as plain text even where strict YAML
   * rejects it (`globs: *.ts` is an alias to YAML, `argument-hint: [a] [b]` a list followed by
   * text). Such a value is read as that text, with no warning, since quoting it is not what the
   * tool documents. Empty for shapes whose tool parses real YAML (Prompty, Dotprompt).
   */
  textKeys: ReadonlySet<string>;
}

export function emptyFields(): ShapeFields {
  return { settings: {}, variables: [], warnings: [] };
}

/** Fields with `name`, `description` and `model` read as text: what most shapes' front matter names so. */
export function namedFields(data: Record<string, unknown>): ShapeFields {
  const fields = emptyFields();
  fields.name = stringField(data, 'name', fields);
  fields.description = stringField(data, 'description', fields);
  fields.model = stringField(data, 'model', fields);
  return fields;
}

/** A string value, or undefined (with a warning) when the key holds something else. */
export function stringField(data: Record<string, unknown>, key: string, fields: ShapeFields): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  fields.warnings.push({ code: 'front-matter-type', key, message: `${key}: expected text, received ${describe(value)}; ignored` });
  return undefined;
}

/** A list of strings from an array or a comma-separated string (`tools: Read, Grep`). */
export function listField(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map(String).map((item) => item.trim()).filter(Boolean);
  return undefined;
}

/**
 * Sets `argument-hint` to the hint its tool shows: `argument-hint: [message]` is valid YAML, a list
 * of one, but Claude Code and Copilot show the typed text `[message]`.
 */
export function pickArgumentHint(data: Record<string, unknown>, settings: Record<string, unknown>): void {
  const value = data['argument-hint'];
  if (typeof value === 'string') settings['argument-hint'] = value;
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) settings['argument-hint'] = `[${value.join(', ')}]`;
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 80);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies the keys present in `data` into `settings`, for the record. */
export function pickSettings(data: Record<string, unknown>, keys: string[], settings: Record<string, unknown>): void {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) settings[key] = data[key];
}

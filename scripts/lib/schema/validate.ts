import type { z } from 'zod';
import type { Document } from 'yaml';
import { yamlLibrary } from '../yaml-library.ts';
import type { Problem } from '../errors.ts';
import { safeParse } from './safe-parse.ts';
import { editDistance } from '../labels/nearest.ts';

// Turns a schema's complaints into Problems that point at the line of the offending key, so a
// user reads "prompts/a.md:4: tags: expected an array of strings" rather than a JSON path.

export interface ValidateOptions {
  file: string;
  /** The parsed YAML document, used to find the line of each failing key. */
  doc?: Document;
  /** Text the document was parsed from, to turn offsets into lines. */
  source?: string;
  /** Lines before the YAML text starts in the file (front matter starts after `---`). */
  lineOffset?: number;
  /** Code given to each problem. */
  code: string;
  /** An example of a valid value, shown as "expected". */
  example?: string;
  fix?: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(schema: S, data: unknown, options: ValidateOptions): Validated<z.infer<S>> {
  const result = safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue): Problem => {
    const key = issue.path.map(String).join('.') || '(top level)';
    // An unknown key is reported on its parent: point at the first unknown key's own line instead.
    const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
    const line = lineOfPath(options, at as (string | number)[]);
    return {
      code: options.code,
      file: options.file,
      ...(line !== undefined ? { line } : {}),
      message: `${key}: ${describeIssue(issue, schema)}`,
      ...(options.example ? { expected: options.example } : {}),
      ...(options.fix ? { fix: options.fix } : {}),
    };
  });
  return { ok: false, problems };
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  // zod's own words ("Invalid input: expected string, received undefined") read as a bug report.
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `is required and missing (expected ${article(issue.expected)} ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}${knownKeysHint(issue.keys, keysAt(schema, issue.path))}`;
  return issue.message;
}

/**
 * `; did you mean "threshold"?` for a misspelt key (`treshold`), else the keys the mapping takes: the
 * example under "expected" is the same for every line of the file and need not show that mapping.
 */
function knownKeysHint(unknown: readonly string[], known: string[] | undefined): string {
  if (!known || known.length === 0) return '';
  const near = unknown.map((key) => {
    const best = known.map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.distance - b.distance)[0]!;
    return best.distance <= Math.max(1, Math.floor(key.length / 3)) ? `"${best.name}"` : undefined;
  });
  if (near.every((name) => name !== undefined)) return `; did you mean ${near.join(', ')}?`;
  return `; the keys here are ${known.join(', ')}`;
}

/** The keys an object schema takes at `path` (through optional, default and pipe wrappers), when it is one. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  type Node = { _zod?: { def?: { type?: string; innerType?: Node; in?: Node; shape?: Record<string, Node>; valueType?: Node } } } | undefined;
  const unwrap = (node: Node): Node => {
    for (let depth = 0; depth < 8; depth++) {
      const def = node?._zod?.def;
      if (def?.innerType) node = def.innerType;
      else if (def?.type === 'pipe' && def.in) node = def.in;
      else break;
    }
    return node;
  };
  let node = unwrap(schema as unknown as Node);
  for (const key of path) {
    const def = node?._zod?.def;
    // A record (guard.clauses, keyed by clause id) takes any key; its values share one schema.
    if (def?.type === 'record' && def.valueType) {
      node = unwrap(def.valueType);
      continue;
    }
    if (!def?.shape || typeof key !== 'string' || !Object.hasOwn(def.shape, key)) return undefined;
    node = unwrap(def.shape[key]);
  }
  const shape = node?._zod?.def?.shape;
  return shape ? Object.keys(shape) : undefined;
}

/** 1-based line of the value at `path` in the YAML document, or of the closest parent found. */
export function lineOfPath(options: Pick<ValidateOptions, 'doc' | 'source' | 'lineOffset'>, path: (string | number)[]): number | undefined {
  const { doc, source } = options;
  if (!doc || source === undefined) return undefined;
  let node: unknown = doc.contents;
  let offset: number | undefined = rangeStart(node);
  for (const key of path) {
    const { isMap, isSeq } = yamlLibrary();
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? offset;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  return lineAt(source, offset) + (options.lineOffset ?? 0);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

import { namedFields, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Plain Markdown (`*.md`) or text with or without front matter: only `name`, `description` and
// `model` are read here; promptvault's own keys (`title`, `assistant`, `tone`, `tags`, `codex`,
// `forked_from`, `id`) are read for every shape by normalise.ts.

export const readPlain: ShapeReader = (data) => namedFields(data);

// Plain Markdown has no tool of its own to follow: front matter strict YAML rejects keeps its warning.
export const PLAIN: ShapeDefinition = { read: readPlain, textKeys: new Set() };

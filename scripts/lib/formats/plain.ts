import { namedFields, type ShapeReader } from './kinds.ts';

// Plain Markdown (`*.md`) or text with or without front matter: only `name`, `description` and
// `model` are read here; promptvault's own keys (`title`, `assistant`, `tone`, `tags`, `codex`,
// `forked_from`, `id`) are read for every shape by normalise.ts.

export const readPlain: ShapeReader = (data) => namedFields(data);

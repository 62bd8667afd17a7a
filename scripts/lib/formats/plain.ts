import { isRecord, namedFields, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Plain Markdown (`*.md`) or text with or without front matter: only `name`, `description` and
// `model` are read here; promptvault's own keys (`title`, `assistant`, `tone`, `tags`, `codex`,
// `forked_from`, `id`) are read for every shape by normalise.ts.

export const readPlain: ShapeReader = (data) => {
  // Teams coming from registries that keep a config beside each prompt write the model as a
  // mapping, `model: { name: gpt-4o-mini, temperature: 0.2 }`: its `name` (or `id`) is the model;
  // `bundle` hands the application the other keys as `model.parameters`.
  const model = data.model;
  const name = isRecord(model) ? [model.name, model.id].find((value) => typeof value === 'string' && value.trim() !== '') : undefined;
  return namedFields(name === undefined ? data : { ...data, model: name });
};

// Plain Markdown has no tool of its own to follow: front matter strict YAML rejects keeps its warning.
export const PLAIN: ShapeDefinition = { read: readPlain, textKeys: new Set() };

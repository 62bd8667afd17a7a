import { emptyFields, stringField, type ShapeReader } from './kinds.ts';

// Plain Markdown (`*.md`) or text with or without front matter: only `name` and `description` are
// read here; promptvault's own keys (`title`, `assistant`, `tone`, `tags`, `codex`, `forked_from`,
// `id`) are read for every shape by normalise.ts.

export const readPlain: ShapeReader = (data) => {
  const fields = emptyFields();
  fields.name = stringField(data, 'name', fields);
  fields.description = stringField(data, 'description', fields);
  fields.model = stringField(data, 'model', fields);
  return fields;
};

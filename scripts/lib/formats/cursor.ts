import { emptyFields, listField, stringField, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Cursor project rules (`.cursor/rules/*.mdc`): Markdown with front matter `description`, `globs`
// (a comma-separated string or a list, often unquoted, which strict YAML may reject) and
// `alwaysApply`. A rule has no name; its title comes from its first heading or file name.
// Cursor's own rule files document `globs: **/*.ts, src/**/*.tsx` unquoted (its front matter is
// not strict YAML): that text is the value, read without a warning.

const readCursor: ShapeReader = (data) => {
  const fields = emptyFields();
  fields.description = stringField(data, 'description', fields);
  const globs = listField(data.globs);
  if (globs) fields.settings.globs = globs;
  if (data.alwaysApply !== undefined && data.alwaysApply !== null) fields.settings.alwaysApply = data.alwaysApply === true || data.alwaysApply === 'true';
  return fields;
};

export const CURSOR: ShapeDefinition = { read: readCursor, textKeys: new Set(['globs']) };

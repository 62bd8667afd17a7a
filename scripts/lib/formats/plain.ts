import { truncate } from '../errors.ts';
import { isRecord, namedFields, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Plain Markdown (`*.md`) or text with or without front matter: only `name`, `description` and
// `model` are read here; promptvault's own keys (`title`, `assistant`, `tone`, `tags`, `codex`,
// `forked_from`, `id`) are read for every shape by normalise.ts.

const readPlain: ShapeReader = (data) => {
  // Teams coming from registries that keep a config beside each prompt write the model as a
  // mapping, `model: { name: gpt-4o-mini, temperature: 0.2 }`: its `name` (or `id`) is the model;
  // `bundle` hands the application the other keys as `model.parameters`.
  const model = data.model;
  if (!isRecord(model)) return namedFields(data);
  const name = [model.name, model.id].find((value) => typeof value === 'string' && value.trim() !== '');
  if (name !== undefined) return namedFields({ ...data, model: name });
  // Its keys still reach the application as settings; only the model itself is unknown.
  const fields = namedFields({ ...data, model: undefined });
  fields.warnings.push({
    code: 'front-matter-type', key: 'model',
    message: `model: a mapping without a name (${truncate(Object.keys(model).join(', ') || 'empty')}); no model is recorded, its other keys are kept as settings`,
    expected: 'model: { name: gpt-4o-mini, temperature: 0.2 }',
    fix: 'add the model as `name:` inside the mapping, or write `model: <name>`',
  });
  return fields;
};

// Plain Markdown has no tool of its own to follow: front matter strict YAML rejects keeps its warning.
export const PLAIN: ShapeDefinition = { read: readPlain, textKeys: new Set() };

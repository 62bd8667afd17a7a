import { emptyFields, isRecord, pickSettings, stringField, type ShapeFields, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Prompty (`*.prompty`): YAML front matter `name`, `description`, `authors`, `tags`, `model`
// (`api`, `configuration` with `azure_deployment` / `name` / `model`, `parameters`), `inputs` and
// `outputs` (a mapping of name to type, or in Prompty 2 a list of `{ name, kind }`), `sample`,
// `template` (`jinja2`, `mustache`, or `{ format, parser }`); a Jinja body with `system:` /
// `user:` role lines.

const readPrompty: ShapeReader = (data) => {
  const fields = emptyFields();
  fields.name = stringField(data, 'name', fields);
  fields.description = stringField(data, 'description', fields);
  const model = data.model;
  if (typeof model === 'string') fields.model = model;
  else if (isRecord(model)) {
    const configuration = isRecord(model.configuration) ? model.configuration : {};
    const name = [configuration.azure_deployment, configuration.model, configuration.name, model.id, model.name].find((value) => typeof value === 'string');
    if (typeof name === 'string') fields.model = name;
    pickSettings(model, ['api', 'parameters', 'options'], fields.settings);
  }
  pickSettings(data, ['template', 'outputs', 'authors', 'version'], fields.settings);
  fields.variables = declaredNames(data.inputs, fields).sort();
  return fields;
};

function declaredNames(inputs: unknown, fields: ShapeFields): string[] {
  if (inputs === undefined || inputs === null) return [];
  if (isRecord(inputs)) return Object.keys(inputs);
  if (Array.isArray(inputs)) return inputs.flatMap((input) => (isRecord(input) && typeof input.name === 'string' ? [input.name] : typeof input === 'string' ? [input] : []));
  fields.warnings.push({ code: 'front-matter-type', key: 'inputs', message: 'inputs: expected a mapping of input names, or a list of { name }; ignored' });
  return [];
}

// Dotprompt and Prompty front matter is parsed as YAML by their own tools: no key is read as text.
export const PROMPTY: ShapeDefinition = { read: readPrompty, textKeys: new Set() };

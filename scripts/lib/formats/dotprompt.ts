import { isRecord, namedFields, pickSettings, type ShapeDefinition, type ShapeReader } from './kinds.ts';

// Dotprompt (`*.prompt`): YAML front matter `name`, `variant`, `model`, `config` (temperature,
// topK, ...), `input` (`schema` in Picoschema, `default`), `output` (`format`, `schema`), `tools`;
// a Handlebars body. Picoschema keys name the variables: `language?: string, the reply language`
// declares `language` (the `?` marks it optional, the parenthesis after a name gives its type).

const readDotprompt: ShapeReader = (data) => {
  const fields = namedFields(data);
  pickSettings(data, ['variant', 'config', 'output', 'tools'], fields.settings);
  const input = isRecord(data.input) ? data.input : undefined;
  const schema = input?.schema;
  const names = new Set<string>();
  if (isRecord(schema)) {
    const properties = isRecord(schema.properties) ? schema.properties : schema; // JSON Schema or Picoschema
    for (const key of Object.keys(properties)) names.add(key.replace(/\(.*$/, '').replace(/\?$/, '').trim());
  }
  if (isRecord(input?.default)) for (const key of Object.keys(input.default)) names.add(key);
  fields.variables = [...names].filter(Boolean).sort();
  return fields;
};

// Dotprompt and Prompty front matter is parsed as YAML by their own tools: no key is read as text.
export const DOTPROMPT: ShapeDefinition = { read: readDotprompt, textKeys: new Set() };

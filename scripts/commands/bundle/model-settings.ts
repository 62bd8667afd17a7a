// Pure: the parameters of the model a prompt's front matter names, across the file shapes teams
// use: Dotprompt (`model: vertexai/gemini`, `config: {temperature}`), Prompty (`model:
// {configuration: {name|azure_deployment}, parameters}`), Claude Code and Copilot (`model: sonnet`),
// GitHub Models (`modelParameters: {temperature, max_tokens}` beside `model: openai/gpt-4o-mini`),
// Markdown's `model: { name, temperature }`, and plain keys (`temperature`, `max_tokens`, ... at the top level).
// The model's name is the one each shape's reader found (lib/formats, `Prompt.model`): the one
// the checkpoint records and the site shows, not read a second time here.
import type { ModelSettings } from '../../runtime/bundle-format.ts';
import { isRecord } from '../../lib/formats/kinds.ts';

const TOP_LEVEL_PARAMETERS = ['temperature', 'top_p', 'top_k', 'max_tokens', 'max_output_tokens', 'stop', 'seed', 'presence_penalty', 'frequency_penalty', 'response_format'];

/** Keys of a model mapping that are not settings: its name and Prompty's own keys. */
const MODEL_KEYS = new Set(['name', 'id', 'configuration', 'api', 'parameters', 'options', 'response', 'type']);

export function modelSettings(frontMatter: Record<string, unknown>, name: string | undefined): ModelSettings {
  const model = frontMatter.model;
  let parameters: Record<string, unknown> = {};
  if (isRecord(model)) {
    if (isRecord(model.parameters)) parameters = { ...model.parameters };
    // A Markdown prompt's `model: { name: gpt-4o-mini, temperature: 0.2 }`: the other keys are its settings.
    // Own keys only: `in` also sees Object's, and dropped a setting named `toString` or `valueOf`.
    for (const [key, value] of Object.entries(model)) if (!MODEL_KEYS.has(key) && !Object.hasOwn(parameters, key)) parameters[key] = value;
  }
  if (isRecord(frontMatter.config)) parameters = { ...frontMatter.config, ...parameters };
  if (isRecord(frontMatter.modelParameters)) parameters = { ...frontMatter.modelParameters, ...parameters };
  for (const key of TOP_LEVEL_PARAMETERS) if (Object.hasOwn(frontMatter, key) && !Object.hasOwn(parameters, key)) parameters[key] = frontMatter[key];
  return { name: name ?? null, parameters: sortKeys(parameters) };
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
}

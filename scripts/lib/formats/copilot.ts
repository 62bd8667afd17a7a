import { listField, namedFields, pickArgumentHint, pickSettings, type ShapeDefinition, type ShapeReader } from './kinds.ts';
import { toolVariables } from './tool-variables.ts';

// GitHub Copilot prompt files (`*.prompt.md`), custom instructions (`*.instructions.md`,
// `.github/copilot-instructions.md`), chat modes (`*.chatmode.md`) and custom agents
// (`*.agent.md`): Markdown with front matter `description`, `mode` (or `agent`), `model`, `tools`
// (a list) and, for instructions, `applyTo` (a glob or comma-separated globs). Prompt files take
// `${input:name}` and `${input:name:placeholder}` variables. An unquoted `applyTo: **/*.ts` (an
// alias to strict YAML) is read by Copilot as the glob, and so here, without a warning.

const readCopilot: ShapeReader = (data, body) => {
  const fields = namedFields(data);
  const tools = listField(data.tools);
  if (tools) fields.settings.tools = tools;
  pickSettings(data, ['mode', 'agent', 'applyTo', 'target', 'handoffs'], fields.settings);
  pickArgumentHint(data, fields.settings);
  fields.variables = toolVariables(body, 'copilot-input');
  return fields;
};

export const COPILOT: ShapeDefinition = { read: readCopilot, textKeys: new Set(['applyTo', 'argument-hint']) };

import { z } from 'zod';

// Keys that other prompt tools give meaning to, as those tools document them: Claude Code
// (subagents, commands, skills), GitHub Copilot (*.prompt.md, *.instructions.md, *.chatmode.md,
// *.agent.md), Cursor rules (*.mdc), Dotprompt (*.prompt) and Prompty (*.prompty). promptvault
// never refuses a file over these (they are the tools' business, not ours); the JSON Schema
// shipped for editors types them so a typo shows where it is written. Every key is optional and
// each type is the union of what the tools accept.

const stringOrList = z.union([z.string(), z.array(z.string())]);

export const frontMatterShapesSchema = z.looseObject({
  name: z.string().optional().describe('Name of the agent, command, skill or prompt (Claude Code, Dotprompt, Prompty); promptvault uses it as the title when there is no `title`.'),
  description: z.string().optional().describe('What the prompt is for; shown by Claude Code, Copilot, Cursor, Prompty and kept by promptvault.'),
  model: z.union([
    z.string(),
    z.looseObject({
      api: z.string().optional().describe('Prompty: `chat` or `completion`.'),
      configuration: z.record(z.string(), z.unknown()).optional().describe('Prompty: connection settings (type, name or azure_deployment, ...).'),
      parameters: z.record(z.string(), z.unknown()).optional().describe('Prompty: model parameters (temperature, max_tokens, ...).'),
      response: z.string().optional(),
      name: z.string().optional().describe('Markdown: the model, its other keys its settings (`{ name: gpt-4o-mini, temperature: 0.2 }`, served by promptvault/runtime as model.parameters).'),
    }),
  ]).optional().describe('Model to run the prompt with: a name (Claude Code `sonnet`, Copilot, Dotprompt `googleai/gemini-2.0-flash`), a Prompty model object, or a Markdown prompt\'s `{ name, temperature, ... }`.'),
  tools: z.union([z.string(), z.array(z.union([z.string(), z.record(z.string(), z.unknown())]))]).optional().describe('Tools the prompt may use: a comma-separated string (Claude Code) or a list (Copilot, Dotprompt).'),
  color: z.string().optional().describe('Claude Code subagent colour.'),
  'argument-hint': stringOrList.optional().describe('Claude Code command or Copilot prompt: the arguments shown when typing it, as written (`[message]` is a YAML list of one; both tools show it as typed).'),
  'allowed-tools': stringOrList.optional().describe('Claude Code command or skill: tools allowed without asking.'),
  mode: z.string().optional().describe('Copilot prompt file: `ask`, `edit` or `agent`.'),
  applyTo: z.string().optional().describe('Copilot instructions: glob of the files they apply to.'),
  globs: stringOrList.optional().describe('Cursor rule: globs of the files it attaches to.'),
  alwaysApply: z.boolean().optional().describe('Cursor rule: attach to every request.'),
  variant: z.string().optional().describe('Dotprompt: variant name.'),
  version: z.union([z.string(), z.number()]).optional().describe('Dotprompt or Prompty version of the prompt.'),
  config: z.record(z.string(), z.unknown()).optional().describe('Dotprompt: model parameters (temperature, maxOutputTokens, ...).'),
  input: z.looseObject({ schema: z.unknown().optional(), default: z.unknown().optional() }).optional().describe('Dotprompt: input schema and defaults.'),
  output: z.looseObject({ format: z.string().optional(), schema: z.unknown().optional() }).optional().describe('Dotprompt: output format and schema.'),
  authors: z.array(z.string()).optional().describe('Prompty: authors.'),
  inputs: z.record(z.string(), z.unknown()).optional().describe('Prompty: inputs and their types or samples.'),
  outputs: z.record(z.string(), z.unknown()).optional().describe('Prompty: outputs.'),
  sample: z.union([z.string(), z.record(z.string(), z.unknown())]).optional().describe('Prompty: sample inputs, or a file holding them.'),
  template: z.union([z.string(), z.record(z.string(), z.unknown())]).optional().describe('Prompty: template engine (`jinja2`, `mustache`).'),
});

// Pure: the JSON Schemas shipped in schema/, generated from the zod schemas `check` validates
// with, so an editor and `check` agree. `npm run schema:json` writes them; a test fails when the
// files differ from what this generates (after a schema change, run the script and commit).
import { z } from 'zod';
import { configSchema } from '../schema/config.ts';
import { frontMatterShapesSchema } from '../schema/front-matter-shapes.ts';
import { promptFrontMatterSchema } from '../schema/prompt.ts';

export const SCHEMA_BASE_URL = 'https://unpkg.com/promptvault/scripts/json-schema/';

// The zod schemas keep their field docs as comments; editors show these on hover.
const PROMPT_KEY_DOCS: Record<string, string> = {
  title: 'Title shown on the site and in `promptvault log`.',
  assistant: 'Which assistant uses this prompt, e.g. `support-bot`.',
  tone: 'Declared tone, e.g. `empathetic`; when absent the tone is inferred from the text.',
  tags: 'Tags of the prompt itself, e.g. `[billing, refunds]`.',
  forked_from: 'Id of the prompt this one was forked from; its head becomes the parent of version 1.',
  codex: 'Ids of the codex clauses this prompt must follow.',
  id: 'Stable identity that survives moves: a prompt moved to a new path with the same `id` keeps its lineage.',
};

/**
 * Front matter of a prompt file: promptvault's own keys exactly as `check` validates them
 * (`promptFrontMatterSchema`, which wins where a key is shared), plus the typed keys of other
 * prompt tools (`frontMatterShapesSchema`); any other key is allowed.
 */
export function promptFrontMatterJsonSchema(): Record<string, unknown> {
  const combined = frontMatterShapesSchema.extend(promptFrontMatterSchema.shape);
  return finish(z.toJSONSchema(combined, { io: 'input', unrepresentable: 'any' }), {
    id: 'prompt-front-matter.schema.json',
    title: 'promptvault prompt front matter',
    description: 'Front matter of a prompt file (prompts/**/*.md and the other shapes promptvault reads). Generated from promptvault\'s zod schemas.',
    docs: PROMPT_KEY_DOCS,
  });
}

/** `.promptvault.yaml`, exactly as `check` validates it (`configSchema`). */
export function configJsonSchema(): Record<string, unknown> {
  return finish(z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }), {
    id: 'promptvault-config.schema.json',
    title: 'promptvault configuration (.promptvault.yaml)',
    description: 'Settings of promptvault, at the repository root. Generated from promptvault\'s zod schema; every setting is described in the promptvault README, "Configuration".',
    docs: {},
  });
}

function finish(schema: Record<string, unknown>, meta: { id: string; title: string; description: string; docs: Record<string, string> }): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, doc] of Object.entries(meta.docs)) {
    if (properties[key] && properties[key].description === undefined) properties[key] = { description: doc, ...properties[key] };
  }
  const { $schema, ...rest } = schema;
  return { $schema, $id: `${SCHEMA_BASE_URL}${meta.id}`, title: meta.title, description: meta.description, ...rest };
}

/** The files under schema/, as written: name -> text. */
export function jsonSchemaFiles(): Record<string, string> {
  return {
    'prompt-front-matter.schema.json': `${JSON.stringify(promptFrontMatterJsonSchema(), null, 2)}\n`,
    'promptvault-config.schema.json': `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
  };
}

import { z } from 'zod';
import type { Problem } from '../errors.ts';
import type { FormatKind } from '../formats/kinds.ts';
import { idSchema } from './id-schema.ts';

// Keys reserved by Dotprompt (name, variant, version, description, model, tools, toolDefs, config,
// input, output, raw, ext) and Prompty (name, description, version, authors, tags, model, sample,
// inputs, outputs) pass through untouched and keep their meaning there, so one file loads in
// those runtimes too. `tags` means the same thing in Prompty and here.

/**
 * Front matter of a prompt file, `prompts/<id>.md`, as promptvault normalises it from any shape
 * (scripts/lib/formats/): a file without `title` gets its `name`, first heading or file name, so
 * `title` is always set here even when the file has none. The file's other keys pass through.
 */
export const promptFrontMatterSchema = z
  .looseObject({
    /** Human title shown on the site and in `promptvault log`. */
    title: z.string().min(1),
    /** Which assistant uses this prompt, e.g. `support-bot`. */
    assistant: z.string().min(1).optional(),
    /** Declared tone, e.g. `empathetic`; when absent the tone is inferred from the text. */
    tone: z.string().min(1).optional(),
    /** Symbolic tags of the prompt itself, e.g. `[billing, refunds]`. */
    tags: z.array(z.string().min(1)).default([]),
    /** Id of the prompt this one was forked from; its head becomes the parent of version 1. */
    forked_from: idSchema.optional(),
    /** Ids of the codex clauses this prompt must follow. */
    codex: z.array(idSchema).default([]),
    /** Stable identity that survives moves: a prompt moved to a new path with the same `id` keeps its lineage. */
    id: z.string().min(1).optional(),
  });

export type PromptFrontMatter = z.infer<typeof promptFrontMatterSchema>;

/** A prompt as read from a file: its id, front matter and body. */
export interface Prompt {
  id: string;
  /** Repository-relative path, e.g. `prompts/support/refund.md`. */
  path: string;
  frontMatter: PromptFrontMatter;
  body: string;
  /** `sha256-<hex>` of the file's bytes. */
  contentHash: string;
  /** 1-based line of each top-level front-matter key, for errors found after parsing. */
  keyLines: Record<string, number>;
  /** The file's shape, e.g. `claude-agent`, `copilot-prompt`, `markdown` (see formats/kinds.ts). */
  kind: FormatKind;
  /** The file's `description`, when it has one. */
  description?: string;
  /** The model the file names (`model`, or Prompty's deployment), when it names one. */
  model?: string;
  /** Variables the file declares (Prompty inputs, Dotprompt input.schema, command arguments). */
  declaredVariables: string[];
  /** What was read leniently (not YAML, wrong types, a horizontal rule): shown, never blocking. */
  warnings: Problem[];
}

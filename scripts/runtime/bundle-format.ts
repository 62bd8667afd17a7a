// The bundle file `promptvault bundle` writes and `loadBundle` reads: plain JSON, so it can be
// imported, fetched or inlined anywhere. Types only, plus the one check of its shape.
import type { VariableSyntax } from '../lib/formats/tool-variables.ts';
import type { DeletionPlace } from '../lib/vault/deletion-phrase.ts';

export type { DeletionPlace } from '../lib/vault/deletion-phrase.ts';

/** A value a template variable can take. */
export type PromptValue = string | number | boolean;

/** Model name and parameters as the prompt's front matter gives them (Dotprompt, Prompty, Claude Code, Copilot). */
export interface ModelSettings {
  /** e.g. `gpt-4o`, `sonnet`, `googleai/gemini-2.0-flash`; null when the front matter names none. */
  name: string | null;
  /** e.g. `{ temperature: 0.2, max_tokens: 400 }` (Dotprompt `config`, Prompty `model.parameters`). */
  parameters: Record<string, unknown>;
}

/** One prompt at one version. */
export interface BundledPrompt {
  /** The prompt's id, e.g. `support/refund` (its id now, after any move). */
  id: string;
  /** Checkpoint version, e.g. 4. */
  version: number;
  /** `v4·0d4cf2`, as the site and `promptvault log` show it. */
  versionLabel: string;
  /** Record key, e.g. `0004-0d4cf2d0d827`. */
  key: string;
  /** The id the version was recorded under, when it was recorded before a move. */
  recordedAs?: string;
  /** The prompt file's path at that version. */
  path: string;
  /** The body (the text after the front matter) at that version. */
  text: string;
  /** The front matter at that version, as data. */
  frontMatter: Record<string, unknown>;
  /**
   * Variables of `text`, sorted: its `{{ name }}` tags, and for a Copilot or Claude Code prompt the
   * ones its tool's syntax writes (`${input:name}` as `name`; `$ARGUMENTS`, `$1` as `ARGUMENTS`, `$1`).
   */
  variables: string[];
  /**
   * Values the file declares for variables the application may leave out (Dotprompt
   * `input.default`, Prompty `inputs.<name>.default`); absent when it declares none.
   */
  defaults?: Record<string, PromptValue>;
  /**
   * Inputs the file declares that `text` does not use (a Dotprompt `input.schema` key, a Prompty
   * `inputs` name): render() accepts and ignores them. Absent when there are none.
   */
  unused?: string[];
  /**
   * How `text` writes variables besides `{{ name }}`: `copilot-input` (`${input:name}`,
   * `${input:name:placeholder}`), `claude-arguments` (`$ARGUMENTS`, `$1`..`$9`). Absent: only
   * `{{ name }}` (and in bundles written before it existed).
   */
  syntax?: VariableSyntax;
  /** `sha256-<hex>` of the prompt file's bytes at that version. */
  hash: string;
  /** The commit holding that version of the file. */
  commit: string;
  model: ModelSettings;
}

export const BUNDLE_FORMAT = 'promptvault-bundle@1';

export interface Bundle {
  /** `promptvault-bundle@1`. */
  format: typeof BUNDLE_FORMAT;
  /** The commit the bundle was built from. */
  source: { commit: string };
  /** The label the bundle was built for (`--label`): `get(id)` serves it. Null: `get(id)` serves the current version. */
  defaultLabel: string | null;
  /** Every prompt version in the bundle, sorted by id, version and key. */
  prompts: BundledPrompt[];
  /** Prompt id -> key of its current version (empty in a bundle built for one label). */
  current: Record<string, string>;
  /** Label -> prompt id -> key of the version it names. */
  labels: Record<string, Record<string, string>>;
  /**
   * Id a prompt had before a move -> the id it has now (`support/greeting` -> `billing/greeting`),
   * for the bundled prompts that were moved, so `get` of an old id names the new one. Absent when
   * none was moved (and in bundles written before it existed).
   */
  moved?: Record<string, string>;
  /**
   * Id of a prompt deleted before the bundle's commit -> the commit that deleted it and its subject
   * (and, for a prompt moved and then deleted, asked for by an id it had before, `movedTo`: the id
   * it was deleted under), so `get` of a deleted id says where it went. Absent when none was
   * deleted (and in bundles written before it existed).
   */
  deleted?: Record<string, DeletionPlace>;
}

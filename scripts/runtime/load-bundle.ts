// `loadBundle(json)`: the prompts of a bundle, served by id, label or version. No git, no Astro,
// no Node built-ins: it runs in Node, Deno, Bun, browsers and edge functions.
import { nearestAndKnown, nearestIds } from '../lib/labels/nearest.ts';
import { BUNDLE_FORMAT, type Bundle, type BundledPrompt, type ModelSettings, type PromptValue } from './bundle-format.ts';
import { PromptvaultError } from './errors.ts';
import { compileTemplate, type CompiledTemplate } from './render.ts';
import { VARIABLE_SYNTAXES } from '../lib/formats/tool-variables.ts';
import { deletionPhrase } from '../lib/vault/deletion-phrase.ts';

/** Variables of each prompt id (a variable with a declared default may be left out: undefined). */
export type PromptVariableMap = Record<string, Record<string, PromptValue | undefined>>;

/**
 * What the generated `prompts.d.ts` describes: the variables of each prompt as `get(id)` serves it
 * (`default`), and as each label names it (`labels`).
 */
export interface BundleTypes {
  default: PromptVariableMap;
  labels: Record<string, PromptVariableMap>;
}

/** Without generated types: any id, any label, variables checked at run time only. */
export interface UntypedBundle {
  default: PromptVariableMap;
  labels: Record<string, PromptVariableMap>;
}

/** One prompt at one version, ready to render. */
export interface Prompt<V = Record<string, PromptValue | undefined>> {
  id: string;
  version: number;
  /** `v4·0d4cf2` */
  versionLabel: string;
  text: string;
  frontMatter: Record<string, unknown>;
  variables: readonly string[];
  /** `sha256-<hex>` of the prompt file at this version. */
  hash: string;
  commit: string;
  model: ModelSettings;
  /**
   * The text with every variable replaced (`{{ name }}`; a Copilot prompt's `${input:name}`, a
   * Claude Code one's `$ARGUMENTS` / `$1`); a variable left out takes the default the file declares
   * (Dotprompt `input.default`, Prompty `inputs.<name>.default`), else it throws, naming it, as an
   * unknown one does.
   */
  render(vars: V): string;
}

export interface PromptBundle<T extends BundleTypes = UntypedBundle> {
  /** The prompt at the bundle's default (its label, or the current version). */
  get<I extends keyof T['default'] & string>(id: I): Prompt<T['default'][I]>;
  /** The prompt at the version a label names. */
  get<L extends keyof T['labels'] & string, I extends keyof T['labels'][L] & string>(id: I, options: { label: L }): Prompt<T['labels'][L][I]>;
  /** The prompt at a version: `4` or `'v4·0d4cf2'` (or `'v4-0d4cf2'`). */
  get<I extends keyof T['default'] & string>(id: I, options: { version: number | string }): Prompt<Record<string, PromptValue>>;
  /** Ids of every prompt in the bundle, sorted. */
  ids(): string[];
  /** Names of the labels in the bundle, sorted. */
  labels(): string[];
  /** The bundle as loaded. */
  readonly bundle: Bundle;
}

/** Reads a bundle (its JSON text or parsed value) written by `promptvault bundle`. */
export function loadBundle<T extends BundleTypes = UntypedBundle>(input: string | unknown): PromptBundle<T> {
  const bundle = checkBundle(typeof input === 'string' ? parseJson(input) : input);
  const byKey = new Map<string, BundledPrompt>();
  for (const prompt of bundle.prompts) byKey.set(`${prompt.id}\n${prompt.key}`, prompt);
  const ids = [...new Set(bundle.prompts.map((p) => p.id))].sort();
  const labelNames = Object.keys(bundle.labels).sort();
  const cache = new Map<BundledPrompt, Prompt>();
  // Resolved once, so get() is two map lookups.
  const table = (names: Record<string, string>, where: string) => new Map(Object.keys(names).map((id) => {
    const prompt = byKey.get(`${id}\n${names[id]}`);
    if (!prompt) throw new PromptvaultError('bundle-invalid', `not a promptvault bundle: ${where} names ${id} at ${String(names[id])}, which the bundle does not hold. Rebuild it with \`promptvault bundle\``);
    return [id, prompt] as const;
  }));
  const labelTables = new Map(labelNames.map((label) => [label, table(bundle.labels[label]!, `label ${label}`)] as const));
  const currentTable = table(bundle.current, 'current');

  const unknownId = (id: string, where: string, known: readonly string[] = ids): never => {
    const movedTo = Object.hasOwn(bundle.moved ?? {}, id) ? bundle.moved![id]! : undefined;
    if (movedTo !== undefined) {
      throw new PromptvaultError('prompt-unknown', `no prompt "${id}" in ${where}: it was moved to "${movedTo}". Ask for get('${movedTo}'), and regenerate the types with \`promptvault bundle --types\` so the old id is a type error`, { id, nearest: [movedTo], movedTo });
    }
    const deleted = Object.hasOwn(bundle.deleted ?? {}, id) ? bundle.deleted![id]! : undefined;
    if (deleted !== undefined) {
      // Still `prompt-unknown` (as a moved id is), so code catching that keeps working; `data.deleted` tells it apart.
      throw new PromptvaultError('prompt-unknown', `no prompt "${id}" in ${where}: ${deletionPhrase(deleted)}. To serve it again, put its file back in the prompts' repository (\`promptvault show ${deleted.movedTo ?? id}@<version> > <its path>\`), commit, and bundle again`, { id, nearest: [], deleted });
    }
    // Two ids that look the same: the near-name hint would name the very id asked for.
    const same = known.find((other) => other !== id && other.normalize('NFC') === id.normalize('NFC'));
    if (same !== undefined) {
      throw new PromptvaultError('prompt-unknown', `no prompt "${id}" in ${where}: it differs from the id "${same}" of this bundle only in how its accented letters are encoded (Unicode ${unicodeForm(id)} here, ${unicodeForm(same)} in the bundle, as the file's name is in git). ${askFor(same)}`, { id, nearest: [same] });
    }
    const near = nearestIds(id, known);
    throw new PromptvaultError('prompt-unknown', `no prompt "${id}" in ${where}${nearestAndKnown(id, known, { known: 'Prompts', near })}`, { id, nearest: near });
  };
  const view = (prompt: BundledPrompt): Prompt => {
    let found = cache.get(prompt);
    if (!found) {
      // Each template is parsed on its first render, then reused.
      let compiled: CompiledTemplate | undefined;
      found = {
        id: prompt.id, version: prompt.version, versionLabel: prompt.versionLabel, text: prompt.text, frontMatter: prompt.frontMatter,
        variables: prompt.variables, hash: prompt.hash, commit: prompt.commit, model: prompt.model,
        render: (vars) => (compiled ??= compileTemplate(prompt.text, prompt.variables, `${prompt.id} ${prompt.versionLabel}`, prompt.syntax, prompt.unused))(withDefaults(prompt.defaults, vars)),
      };
      cache.set(prompt, found);
    }
    return found;
  };
  const byLabel = (id: string, label: string): BundledPrompt => {
    const names = labelTables.get(label);
    if (!names) {
      const near = nearestIds(label, labelNames);
      throw new PromptvaultError('label-unknown', `no label "${label}" in this bundle${nearestAndKnown(label, labelNames, { known: 'Labels', near })}. ${howToSetLabel(label, near[0])}`, { label, nearest: near });
    }
    const found = names.get(id);
    if (found) return found;
    // The bundle holds the prompt, the label does not name it: say so, not "did you mean" the same id.
    if (ids.includes(id)) {
      const named = [...names.keys()].sort();
      throw new PromptvaultError('prompt-unknown', `label "${label}" does not name "${id}" (it names ${named.join(', ') || 'no prompt'}). Name it in the prompts' repository with \`promptvault label set ${label} ${id}@<version>\`, commit, and bundle again${currentTable.has(id) ? `; get('${id}') with no option serves its current version` : ''}`, { id, label, nearest: [] });
    }
    return unknownId(id, `label "${label}"`, [...names.keys()].sort());
  };

  function get(id: string, options: { label?: string; version?: number | string } = {}): Prompt {
    if (typeof id !== 'string') throw new PromptvaultError('prompt-unknown', `get() takes a prompt id such as "${ids[0] ?? 'support/refund'}"`, { id });
    if (options.label !== undefined) return view(byLabel(id, options.label));
    if (options.version !== undefined) {
      const versions = bundle.prompts.filter((p) => p.id === id);
      if (versions.length === 0) return unknownId(id, 'this bundle');
      const wanted = parseVersion(options.version);
      const match = versions.filter((p) => p.version === wanted?.version && (wanted.hash === undefined || p.key.slice(p.key.indexOf('-') + 1).startsWith(wanted.hash)));
      if (match.length !== 1) {
        // A number past the current version was never recorded: pointing a label at it, as the hint
        // for an older version says, would be refused in the repository too.
        const current = currentTable.get(id);
        const hint = wanted === undefined
          ? ` (a version is a number, 4, or a name such as "${versions[0]!.versionLabel}"; get('${id}') with no option serves the current one)`
          : match.length > 0
            ? ''
            : current && wanted.version > current.version
              ? ` (${current.versionLabel} is its current version, the newest when the bundle was made: a version ${wanted.version} was not recorded then; get('${id}') with no option serves ${current.versionLabel})`
              : ` (a bundle holds each prompt's current version and the versions labels name; to serve another, point a label at it, \`promptvault label set <label> ${id}@${String(options.version)}\`, commit, and bundle again)`;
        throw new PromptvaultError('version-unknown', `${id} has ${match.length === 0 ? 'no' : 'more than one'} version ${String(options.version)} in this bundle. Its versions here: ${versions.map((p) => p.versionLabel).join(', ')}${hint}`, { id, version: options.version });
      }
      return view(match[0]!);
    }
    if (bundle.defaultLabel !== null) return view(byLabel(id, bundle.defaultLabel));
    return view(currentTable.get(id) ?? unknownId(id, 'this bundle'));
  }

  return {
    get: get as PromptBundle<T>['get'],
    ids: () => [...ids],
    labels: () => [...labelNames],
    bundle,
  };
}

/** Which Unicode normal form a string is written in (macOS file names and some editors write NFD). */
function unicodeForm(text: string): 'NFC' | 'NFD' | 'a mix of forms' {
  return text === text.normalize('NFC') ? 'NFC' : text === text.normalize('NFD') ? 'NFD' : 'a mix of forms';
}

/** How to ask for `same`, a bundle's id: by normalizing the id typed, unless the name mixes forms (no normalize() gives it back). */
function askFor(same: string): string {
  const form = unicodeForm(same);
  return form === 'a mix of forms' ? `Ask for the id as the bundle writes it (get(${JSON.stringify(same)})), or rename its file in one form` : `Ask for get(id.normalize('${form}'))`;
}

function parseVersion(version: number | string): { version: number; hash?: string } | undefined {
  if (typeof version === 'number') return { version };
  const match = /^v?(\d+)(?:[·-]([0-9a-f]{4,12}))?$/.exec(version.trim());
  return match ? { version: Number(match[1]), ...(match[2] ? { hash: match[2] } : {}) } : undefined;
}

function parseJson(text: string): unknown {
  try {
    // A byte order mark (a prompts.json saved by a Windows editor) is no part of the JSON.
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new PromptvaultError('bundle-invalid', `the bundle is not JSON (${(error as Error).message}); write it with \`promptvault bundle --out prompts.json\``);
  }
}

/** Checks the shape of a bundle, naming the first part that is wrong. */
function checkBundle(value: unknown): Bundle {
  const fail = (what: string): never => {
    throw new PromptvaultError('bundle-invalid', `not a promptvault bundle: ${what}. Write one with \`promptvault bundle --out prompts.json\``);
  };
  if (typeof value !== 'object' || value === null) return fail('expected an object');
  const bundle = value as Partial<Bundle>;
  if (bundle.format !== BUNDLE_FORMAT) return fail(`format is ${JSON.stringify(bundle.format)}, expected "${BUNDLE_FORMAT}" (rebuild it with this version of promptvault)`);
  if (!Array.isArray(bundle.prompts)) return fail('"prompts" is not a list');
  if (typeof bundle.current !== 'object' || bundle.current === null) return fail('"current" is missing');
  if (typeof bundle.labels !== 'object' || bundle.labels === null) return fail('"labels" is missing');
  if (bundle.moved !== undefined && (typeof bundle.moved !== 'object' || bundle.moved === null || Object.values(bundle.moved).some((id) => typeof id !== 'string'))) return fail('"moved" is not a map of old id to id');
  if (bundle.deleted !== undefined && (typeof bundle.deleted !== 'object' || bundle.deleted === null || Array.isArray(bundle.deleted) || Object.values(bundle.deleted).some((place) => !isDeletionPlace(place)))) return fail('"deleted" is not a map of id to { commit, subject }');
  bundle.prompts.forEach((prompt, i) => {
    if (typeof prompt?.id !== 'string' || typeof prompt.key !== 'string' || typeof prompt.text !== 'string' || !Array.isArray(prompt.variables)) fail(`prompts[${i}] lacks id, key, text or variables`);
    if (prompt.unused !== undefined && !(Array.isArray(prompt.unused) && prompt.unused.every((name) => typeof name === 'string'))) fail(`prompts[${i}].unused is not a list of input names (rebuild it with this version of promptvault)`);
    if (prompt.syntax !== undefined && !VARIABLE_SYNTAXES.includes(prompt.syntax)) fail(`prompts[${i}].syntax is ${JSON.stringify(prompt.syntax)}, expected one of ${VARIABLE_SYNTAXES.join(', ')} (rebuild it with this version of promptvault)`);
  });
  return bundle as Bundle;
}

function isDeletionPlace(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Record<string, unknown>;
  const textOrNull = (v: unknown) => v === null || typeof v === 'string';
  return textOrNull(place.commit) && textOrNull(place.subject) && (place.movedTo === undefined || typeof place.movedTo === 'string');
}

/** The variables given, over the file's declared defaults; a variable given as undefined takes its default. */
function withDefaults(defaults: Record<string, PromptValue> | undefined, vars: Record<string, PromptValue | undefined> | undefined): Record<string, PromptValue> | undefined {
  if (!defaults || !vars) return (vars ?? defaults) as Record<string, PromptValue> | undefined;
  const merged: Record<string, PromptValue | undefined> = { ...defaults };
  for (const [name, value] of Object.entries(vars)) if (value !== undefined || !Object.hasOwn(defaults, name)) merged[name] = value;
  return merged as Record<string, PromptValue>;
}

/**
 * How the application gets the label it asked for. A near match is most likely what was meant (a
 * typo): ask for it, or move it; the typed name is set only when a new label is really wanted.
 */
function howToSetLabel(label: string, meant: string | undefined): string {
  const reach = 'then commit) and reaches the application with the next `promptvault bundle`';
  if (meant === undefined) return `A label is set in the prompts' repository (\`promptvault label set ${label} <id>@<version>\`, ${reach}`;
  return `Ask for { label: '${meant}' }. A label is set in the prompts' repository (\`promptvault label set ${meant} <id>@<version>\` to move "${meant}", or \`promptvault label set ${label} <id>@<version>\` for a new label "${label}", ${reach}`;
}

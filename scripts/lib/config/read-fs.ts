// Node-only: reads `.promptvault.yaml` from the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { truncate, UserError, type Problem } from '../errors.ts';
import { CONFIG_FILE, configSchema, type Config } from '../schema/config.ts';
import { lineAt, validate } from '../schema/validate.ts';
import { yamlToData } from '../schema/yaml-data.ts';
import { explainYamlError } from '../yaml-library.ts';

const EXAMPLE = 'tokenizer: o200k_base\nguard:\n  threshold: 0.5\n  embedder: { kind: builtin }';
/** Where the settings are described: "README.md" alone would name the adopting repository's own README. */
const SETTINGS_DOC = 'every setting is described in the promptvault README, "Configuration" (node_modules/promptvault/README.md once installed)';

/** Whether the repository has a `.promptvault.yaml` (without one, every setting is the default). */
export function hasConfig(dir: string): boolean {
  return fs.existsSync(path.join(dir, CONFIG_FILE));
}

/** The validated configuration; defaults when the file is absent. Invalid -> UserError (exit 2). */
export function readConfig(dir: string): Config {
  const file = path.join(dir, CONFIG_FILE);
  if (!hasConfig(dir)) return configSchema.parse({});
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError('config-invalid', `${CONFIG_FILE} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); it must be a YAML file at the repository root`, [], { cause: error });
  }
  return parseConfig(text);
}

export function parseConfig(text: string): Config {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    // Said in the author's terms where the library's are not (a forgotten colon, a line indented
    // under a key that has its value), each mistake once.
    const problems = errors.map((error) => {
      const said = explainYamlError(error.message.split('\n')[0] ?? '', text, error.pos[0]);
      return {
        code: 'config-invalid', file: CONFIG_FILE, line: said.fix ? lineAt(text, said.offset) : error.linePos?.[0]?.line ?? lineAt(text, error.pos[0]),
        message: said.message, expected: EXAMPLE, fix: said.fix ? `${said.fix}; ${SETTINGS_DOC}` : `correct the YAML on that line of ${CONFIG_FILE}; ${SETTINGS_DOC}`,
      };
    });
    throw new UserError('config-invalid', `${CONFIG_FILE} is not valid YAML`, problems.filter((problem, index) => problems.findIndex((other) => other.line === problem.line && other.message === problem.message) === index));
  }
  const fix = `edit ${CONFIG_FILE}; ${SETTINGS_DOC}`;
  const data = yamlToData(doc, text, { code: 'config-invalid', file: CONFIG_FILE, fix });
  if (!data.ok) throw new UserError('config-invalid', `${CONFIG_FILE} is invalid`, [data.problem]);
  const empty = emptySections(data.value, doc, text);
  if (empty.length > 0) throw new UserError('config-invalid', `${CONFIG_FILE} is invalid`, empty);
  const result = validate(configSchema, data.value ?? {}, { file: CONFIG_FILE, doc, source: text, code: 'config-invalid', example: EXAMPLE, fix });
  if (!result.ok) throw new UserError('config-invalid', `${CONFIG_FILE} is invalid`, result.problems);
  return result.value;
}

/** What each section of settings holds, shown when one is left empty. */
const SECTION_EXAMPLES: Record<string, string> = {
  guard: 'guard:\n  threshold: 0.5\n  embedder: { kind: builtin }',
  review: 'review:\n  reviewers: ["Dana Lee <dana@example.com>"]\n  allow_self_review: false',
  site: 'site:\n  page_size: 100',
};

/**
 * A section key with nothing under it (`review:` alone, its settings deleted or not indented) is
 * YAML null: said as such, with the keys the section takes, rather than as zod's "expected
 * object, received null".
 */
function emptySections(value: unknown, doc: ReturnType<typeof parseDocument>, text: string): Problem[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, setting]) => {
    const keys = sectionKeys(key);
    if (setting !== null || keys.length === 0) return [];
    const node = doc.contents && isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key) : undefined;
    const offset = node && isScalar(node.key) ? node.key.range?.[0] : undefined;
    return [{
      code: 'config-invalid', file: CONFIG_FILE, ...(offset !== undefined ? { line: lineAt(text, offset) } : {}),
      message: `${key}: is empty (nothing is indented under it); it takes ${keys.join(', ')}`,
      expected: SECTION_EXAMPLES[key] ?? `${key}:\n  ${keys[0]}: ...`,
      fix: `indent its settings under "${key}:" (two spaces), or delete the "${key}:" line to keep the defaults; ${SETTINGS_DOC}`,
    }];
  });
}

/** The keys a section of the configuration takes (none for a plain setting). */
function sectionKeys(key: string): string[] {
  let schema = (configSchema.shape as Record<string, unknown>)[key] as { shape?: object; def?: { innerType?: unknown } } | undefined;
  while (schema && !schema.shape && schema.def?.innerType) schema = schema.def.innerType as typeof schema;
  return schema?.shape ? Object.keys(schema.shape) : [];
}

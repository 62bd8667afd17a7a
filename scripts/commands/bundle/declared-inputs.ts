// Pure: the inputs a prompt file declares that its text does not use. A Dotprompt file's
// `input.schema` (`tone?: string`) or a Prompty file's `inputs:` may name an input the template
// leaves unused (kept for a later version, or read by the application). The application passes
// what the file declares, and render() refused it as `variable-unknown`; the bundle now lists
// such inputs, which render accepts and ignores.
import { detectFormat } from '../../lib/formats/detect.ts';
import { isRecord } from '../../lib/formats/kinds.ts';

/** Declared input names of `file` missing from `variables`, sorted; undefined when there are none. */
export function unusedDeclaredInputs(file: string, frontMatter: Record<string, unknown>, variables: readonly string[]): string[] | undefined {
  const kind = detectFormat(file);
  const declared = new Set<string>();
  if (kind === 'dotprompt' && isRecord(frontMatter.input)) {
    const { schema } = frontMatter.input;
    // Picoschema keys (`maxWords?`, `tags(array, why)`), or a JSON Schema's properties.
    const keys = isRecord(schema) ? Object.keys(isRecord(schema.properties) ? schema.properties : schema) : [];
    for (const key of keys) declared.add(key.replace(/[?(].*$/s, '').trim());
    if (isRecord(frontMatter.input.default)) for (const key of Object.keys(frontMatter.input.default)) declared.add(key);
  }
  if (kind === 'prompty' && isRecord(frontMatter.inputs)) for (const key of Object.keys(frontMatter.inputs)) declared.add(key);
  const unused = [...declared].filter((name) => name !== '' && !variables.includes(name)).sort();
  return unused.length > 0 ? unused : undefined;
}

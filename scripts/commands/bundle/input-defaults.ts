// Pure: the default values a prompt file declares for its inputs, so `render` fills a variable
// the application leaves out as the file's own tool would: Dotprompt's `input.default`
// (`audience: agent`), Prompty's `inputs.<name>.default`. Only scalar values of variables the
// text uses; anything else is left to the application.
import { detectFormat } from '../../lib/formats/detect.ts';
import { isRecord } from '../../lib/formats/kinds.ts';
import type { PromptValue } from '../../runtime/bundle-format.ts';

export function inputDefaults(file: string, frontMatter: Record<string, unknown>, variables: readonly string[]): Record<string, PromptValue> | undefined {
  const kind = detectFormat(file);
  const declared: Record<string, unknown> = {};
  if (kind === 'dotprompt' && isRecord(frontMatter.input) && isRecord(frontMatter.input.default)) Object.assign(declared, frontMatter.input.default);
  if (kind === 'prompty' && isRecord(frontMatter.inputs)) {
    for (const [name, input] of Object.entries(frontMatter.inputs)) if (isRecord(input) && 'default' in input) declared[name] = input.default;
  }
  const defaults = Object.fromEntries(variables.flatMap((name) => {
    const value = Object.hasOwn(declared, name) ? declared[name] : undefined;
    // A number JSON cannot write (YAML's .inf, .nan) would reach render as null: left out.
    return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' ? [[name, value] as const] : [];
  }));
  return Object.keys(defaults).length > 0 ? defaults : undefined;
}

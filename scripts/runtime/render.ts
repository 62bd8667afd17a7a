// Strict rendering of `{{ name }}` templates: every variable the text uses must be given, and
// nothing else. Substitution only, with the same tag parsing as the recorder's variable count;
// text with template logic (blocks, helpers, filters) is left to a template engine.
import { scanTemplateTags } from '../lib/traits/variables.ts';
import { PromptvaultError } from './errors.ts';
import type { PromptValue } from './bundle-format.ts';

/** Renders `text` with `vars`; throws naming every missing or unknown variable. */
export function renderTemplate(text: string, variables: readonly string[], vars: Record<string, PromptValue> | undefined, where: string): string {
  const tags = scanTemplateTags(text);
  const logic = tags.find((tag) => tag.kind === 'logic');
  if (logic) {
    throw new PromptvaultError('template-logic', `${where}: ${logic.raw} is template logic, which render() does not evaluate (it substitutes {{ name }} tags only). Render .text with your template engine (Handlebars, Dotprompt, Jinja) instead.`, { tag: logic.raw });
  }
  const given = vars ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new PromptvaultError('variable-invalid', `${where}: render() takes an object of variables, e.g. { ${variables.map((v) => `${v}: '...'`).join(', ')} }`, { id: where });
  }
  const missing = variables.filter((name) => !Object.hasOwn(given, name) || given[name] === undefined);
  const unknown = Object.keys(given).filter((name) => !variables.includes(name));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`missing variable(s) ${missing.map((n) => `"${n}"`).join(', ')}`] : []),
      ...(unknown.length > 0 ? [`unknown variable(s) ${unknown.map((n) => `"${n}"`).join(', ')}`] : []),
    ];
    throw new PromptvaultError(missing.length > 0 ? 'variable-missing' : 'variable-unknown', `${where}: ${parts.join('; ')}. It takes exactly: ${variables.join(', ') || 'no variables'}`, { missing, unknown, variables: [...variables] });
  }
  const bad = variables.filter((name) => !['string', 'number', 'boolean'].includes(typeof given[name]));
  if (bad.length > 0) throw new PromptvaultError('variable-invalid', `${where}: variable(s) ${bad.map((n) => `"${n}"`).join(', ')} must be a string, number or boolean`, { invalid: bad });
  let out = '';
  let at = 0;
  for (const tag of tags) {
    out += text.slice(at, tag.start).replace(/\\\{\{/g, '{{');
    if (tag.kind === 'variable') out += String(given[tag.name!]);
    at = tag.end;
  }
  return out + text.slice(at).replace(/\\\{\{/g, '{{');
}

// Strict rendering of `{{ name }}` templates, and of the variables Copilot and Claude Code prompts
// write in their tools' own syntax (`${input:name}`, `$ARGUMENTS`, `$1`): every variable the text
// uses must be given, and nothing else. Substitution only, with the same tag parsing as the
// recorder's variable count; text with template logic (blocks, helpers, filters) is left to a
// template engine.
import { scanTemplateTags, type TemplateTag } from '../lib/traits/variables.ts';
import { scanToolVariables, type VariableSyntax } from '../lib/formats/tool-variables.ts';
import { PromptvaultError } from './errors.ts';
import type { PromptValue } from './bundle-format.ts';

/** A template parsed once: literal text and variable names, alternating. */
export type CompiledTemplate = (vars: Record<string, PromptValue> | undefined) => string;

/**
 * Parses `text` once and returns its strict renderer, which throws naming every missing or
 * unknown variable. Text with template logic compiles to a renderer that throws saying so.
 */
export function compileTemplate(text: string, variables: readonly string[], where: string, syntax: VariableSyntax = 'template', unused: readonly string[] = []): CompiledTemplate {
  const tags = withToolVariables(scanTemplateTags(text), text, syntax);
  const logic = tags.find((tag) => tag.kind === 'logic');
  if (logic) {
    return () => {
      throw new PromptvaultError('template-logic', `${where}: ${logic.raw} is template logic, which render() does not evaluate (it substitutes {{ name }} tags only). Render .text with your template engine (Handlebars, Dotprompt, Jinja) instead.`, { tag: logic.raw });
    };
  }
  // Literal text around each variable; comments render as nothing, so their text joins.
  const literals: string[] = [];
  const names: string[] = [];
  let literal = '';
  let at = 0;
  for (const tag of tags) {
    literal += unescape(text.slice(at, tag.start));
    at = tag.end;
    if (tag.kind === 'variable') {
      literals.push(literal);
      names.push(tag.name!);
      literal = '';
    }
  }
  literals.push(literal + unescape(text.slice(at)));
  const expected = new Set(variables);
  // Inputs the file declares and the text does not use: accepted, ignored.
  const ignored = new Set(unused);
  return (vars) => {
    const given = vars ?? {};
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new PromptvaultError('variable-invalid', `${where}: render() takes an object of variables, e.g. { ${variables.map((v) => `${v}: '...'`).join(', ')} }`, { id: where });
    }
    let count = 0;
    for (const name in given) {
      if (expected.has(name)) count++;
      else if (!ignored.has(name)) return reject(where, variables, given, ignored);
    }
    if (count !== expected.size) return reject(where, variables, given, ignored);
    let out = literals[0]!;
    for (let i = 0; i < names.length; i++) {
      const value = given[names[i]!];
      if (value === undefined) return reject(where, variables, given, ignored);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new PromptvaultError('variable-invalid', `${where}: variable "${names[i]}" must be a string, number or boolean, received ${value === null ? 'null' : typeof value}`, { invalid: [names[i]] });
      }
      out += value + literals[i + 1]!;
    }
    return out;
  };
}

/** Renders `text` with `vars` in one go (compile and render); see compileTemplate. */
export function renderTemplate(text: string, variables: readonly string[], vars: Record<string, PromptValue> | undefined, where: string, syntax: VariableSyntax = 'template'): string {
  return compileTemplate(text, variables, where, syntax)(vars);
}

/** The `{{ }}` tags and the shape's own variables, in text order (one inside a `{{ }}` tag is that tag's). */
function withToolVariables(tags: TemplateTag[], text: string, syntax: VariableSyntax): TemplateTag[] {
  const tool = scanToolVariables(text, syntax);
  if (tool.length === 0) return tags;
  const inTag = (at: number) => tags.some((tag) => tag.start <= at && at < tag.end);
  const merged: TemplateTag[] = [...tags, ...tool.filter((tag) => !inTag(tag.start)).map((tag) => ({ ...tag, kind: 'variable' as const }))];
  return merged.sort((a, b) => a.start - b.start);
}

function reject(where: string, variables: readonly string[], given: Record<string, unknown>, ignored: ReadonlySet<string> = new Set()): never {
  const missing = variables.filter((name) => !Object.hasOwn(given, name) || given[name] === undefined);
  const unknown = Object.keys(given).filter((name) => !variables.includes(name) && !ignored.has(name));
  const parts = [
    ...(missing.length > 0 ? [`missing variable(s) ${missing.map((n) => `"${n}"`).join(', ')}`] : []),
    ...(unknown.length > 0 ? [`unknown variable(s) ${unknown.map((n) => `"${n}"`).join(', ')}`] : []),
  ];
  throw new PromptvaultError(missing.length > 0 ? 'variable-missing' : 'variable-unknown', `${where}: ${parts.join('; ')}. It takes exactly: ${variables.join(', ') || 'no variables'}`, { missing, unknown, variables: [...variables] });
}

/** `\{{name}}` is a literal `{{name}}`. */
function unescape(text: string): string {
  return text.includes('\\{{') ? text.replace(/\\\{\{/g, '{{') : text;
}

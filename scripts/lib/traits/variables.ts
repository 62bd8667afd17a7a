// Template variables in Handlebars, Dotprompt, Mustache, Prompty and Jinja `{{ ... }}` tags.
//
// What counts as a variable, and why:
// - `{{name}}`, `{{ name }}`, `{{{raw}}}`, `{{&raw}}`, `{{~name~}}`: `name`.
// - Dotted paths are kept whole (`{{customer.name}}` -> `customer.name`): it is what the author
//   wrote and what a reviewer recognises; `customer.name` and `customer.tier` count as two.
// - Block helpers count their arguments, not themselves: `{{#if vip}}` -> `vip`, `{{/if}}` and
//   `{{else}}` -> nothing. A lone unknown section name is a Mustache section over a variable:
//   `{{#items}}` -> `items`.
// - Helper calls count their arguments: `{{uppercase name}}` -> `name`; hash keys (`key=value`)
//   count only the value, string and number literals nothing.
// - Jinja expressions count identifiers before the first filter: `{{ name | upper }}` -> `name`.
// - Not variables: comments `{{! ... }}` / `{{!-- ... --}}`, partials `{{> header}}`, scope refs
//   (`this`, `@index`, `loop`), keywords (`true`, `and`, ...), escaped `\{{name}}`.
// - Jinja statements `{% for x in y %}` are ignored, and single-brace `{name}` (f-string style)
//   is not a template tag here.

const COMMENT_TAG = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g;
// Triple braces first, so `{{{raw}}}` is not read as `{` + `{{raw}}` + `}`.
const TEMPLATE_TAG = /(?<!\\)\{\{\{([\s\S]*?)\}\}\}|(?<!\\)\{\{([\s\S]*?)\}\}/g;
const IDENTIFIER_PATH = /(?:\.\.\/)*[@A-Za-z_][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*/g;
// String literals first, so words inside quotes are not read as identifiers.
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;
const BLOCK_PARAMS = /\bas\s*\|([^|]*)\|/g;
const JINJA_OPERATOR = /[-+*/%<>=!()[\],]|\b(?:and|or|not|in|is|if|else)\b/;

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with', 'let', 'log', 'lookup', 'role', 'section', 'media', 'history', 'json']);
const NOT_VARIABLES = new Set(['this', 'loop', 'true', 'false', 'null', 'undefined', 'none', 'and', 'or', 'not', 'in', 'is', 'if', 'else', 'as']);

/** Distinct, sorted names of the template variables used in `body`. */
export function templateVariables(body: string): string[] {
  // Every tag and comment starts with "{{", every block parameter holds "|": a body without them
  // is not searched (most bodies; the three searches were 4% of measuring the bench's history).
  if (!body.includes('{{')) return [];
  const names = new Set<string>();
  const source = body.replace(COMMENT_TAG, '');
  for (const match of source.matchAll(TEMPLATE_TAG)) {
    for (const name of variablesOfTag(match[1] ?? match[2] ?? '')) names.add(name);
  }
  if (names.size === 0) return [];
  // `{{#each items as |item|}}` binds `item`; `{{item.name}}` inside reads the loop, not an input.
  const bound = new Set(source.includes('|') ? [...source.matchAll(BLOCK_PARAMS)].flatMap((match) => (match[1] ?? '').trim().split(/\s+/)) : []);
  return [...names].filter((name) => !bound.has(name.split('.')[0] ?? '')).sort();
}

/** `text` without template tags or comments, for measuring the prose around them. */
export function removeTemplateTags(text: string): string {
  return text.includes('{{') ? text.replace(COMMENT_TAG, '').replace(TEMPLATE_TAG, '') : text;
}

function variablesOfTag(raw: string): string[] {
  const expression = raw.trim().replace(/^~|~$/g, '').trim();
  const sigil = expression[0];
  if (sigil === undefined || sigil === '!' || sigil === '>' || sigil === '/') return [];
  if (sigil === '#' || sigil === '^') return variablesOfBlock(expression.slice(1));
  if (sigil === '&') return variablesOfExpression(expression.slice(1));
  if (/^else\b/.test(expression)) return variablesOfBlock(expression.slice(4));
  return variablesOfExpression(expression);
}

function variablesOfBlock(rest: string): string[] {
  // `{{#each items as |item|}}`: block params are names being bound, not read.
  const tokens = identifiers(rest.replace(BLOCK_PARAMS, ''));
  const [first, ...args] = tokens;
  if (first === undefined) return [];
  if (args.length === 0) return BLOCK_HELPERS.has(first) ? [] : keepVariables([first]);
  return keepVariables(args);
}

function variablesOfExpression(expression: string): string[] {
  // Jinja filters (`name | upper`) name functions, not inputs.
  const beforeFilter = expression.split(/\|(?!\|)/)[0] ?? '';
  // Handlebars calls are space-separated (`{{formatDate date "short"}}`, `{{role "system"}}`) and
  // their first word is the helper; Jinja expressions use operators and have no helper word.
  const shape = beforeFilter.replace(STRING_LITERAL, '"s"').replace(/[\w$-]+=/g, '').trim();
  const isHelperCall = /\s/.test(shape) && !JINJA_OPERATOR.test(shape.replace(/"s"/g, ''));
  const tokens = identifiers(beforeFilter);
  return keepVariables(isHelperCall ? tokens.slice(1) : tokens);
}

function identifiers(expression: string): string[] {
  const withoutLiterals = expression
    .replace(STRING_LITERAL, ' ')
    .replace(/[\w$-]+=/g, ' ') // hash keys: `{{link url text=title}}` reads `url` and `title`
    .replace(/\b\d+(?:\.\d+)?\b/g, ' ')
    .replace(/[\w$]+\s*\(/g, ' '); // Jinja calls: `range(n)` reads `n`, not `range`
  return [...withoutLiterals.matchAll(IDENTIFIER_PATH)].map((match) => match[0]);
}

function keepVariables(tokens: string[]): string[] {
  return tokens
    .map((token) => token.replace(/^(?:\.\.\/)+/, ''))
    .filter((token) => {
      const root = token.split('.')[0] ?? '';
      return root !== '' && !root.startsWith('@') && !NOT_VARIABLES.has(root.toLowerCase());
    });
}

/** One `{{ ... }}` tag of a template, as the runtime's strict renderer sees it. */
export interface TemplateTag {
  /** Offsets of the whole tag in the text. */
  start: number;
  end: number;
  /** The tag as written, e.g. `{{ customer_name }}`. */
  raw: string;
  /**
   * `variable`: a plain substitution (`{{name}}`, `{{ name }}`, `{{{name}}}`, `{{&name}}`,
   * `{{~name~}}`, dotted `{{customer.name}}`), `name` set; `comment`: renders as nothing;
   * `logic`: a block, helper, partial or Jinja expression, which a substitution cannot render.
   */
  kind: 'variable' | 'comment' | 'logic';
  name?: string;
}

const SIMPLE_VARIABLE = /^[A-Za-z_][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;
const ANY_TAG = new RegExp(`${COMMENT_TAG.source}|${TEMPLATE_TAG.source}`, 'g');

/**
 * Every tag of `body` in order, with the same reading of a tag as `templateVariables`: a simple
 * tag's name is the variable `templateVariables` lists for it. Pure (no Node built-ins), so the
 * runtime renders with exactly the parsing the recorder counts with.
 */
export function scanTemplateTags(body: string): TemplateTag[] {
  const tags: TemplateTag[] = [];
  for (const match of body.matchAll(ANY_TAG)) {
    const raw = match[0];
    const start = match.index;
    const inner = match[1] ?? match[2];
    if (inner === undefined) {
      tags.push({ start, end: start + raw.length, raw, kind: 'comment' });
      continue;
    }
    const expression = inner.trim().replace(/^~|~$/g, '').trim().replace(/^&\s*/, '');
    const simple = SIMPLE_VARIABLE.test(expression) && !NOT_VARIABLES.has(expression.split('.')[0]!.toLowerCase()) && expression !== 'else';
    tags.push({ start, end: start + raw.length, raw, kind: simple ? 'variable' : 'logic', ...(simple ? { name: expression } : {}) });
  }
  return tags;
}

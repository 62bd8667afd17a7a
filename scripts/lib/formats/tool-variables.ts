// Pure (no Node built-ins; the runtime renders with it): the variables a tool fills in its own
// syntax, read by the recorder as a prompt's variables and substituted by `promptvault/runtime`.
// - GitHub Copilot (VS Code prompt files): `${input:name}` and `${input:name:placeholder}` ask
//   the user for `name` when the prompt runs; the placeholder is the hint shown. Context variables
//   (`${selection}`, `${file}`, `${workspaceFolder}`) are the editor's, not inputs: left as text.
// - Claude Code (slash commands, and the agents and skills it reads the same way): `$ARGUMENTS`
//   is everything typed after the command, `$1`..`$9` its positional arguments.
// An app serving such a prompt itself is the one filling them: render({ name }), render({
// ARGUMENTS, $1 }) (the names as checkpoints record them).

/** How a shape writes the variables its tool fills; `template` has only `{{ name }}` tags. */
export type VariableSyntax = 'template' | 'copilot-input' | 'claude-arguments';
export const VARIABLE_SYNTAXES: readonly VariableSyntax[] = ['template', 'copilot-input', 'claude-arguments'];

/** One tool variable in a text: where it is and the name render() takes for it. */
export interface ToolVariableTag {
  start: number;
  end: number;
  raw: string;
  name: string;
}

const COPILOT_INPUT = /\$\{input:([\w.-]+)(?::[^}]*)?\}/g;
const CLAUDE_ARGUMENT = /\$(ARGUMENTS|[1-9])\b/g;

/** The variable syntax of a prompt of this kind (`claude-command`, `copilot-prompt`, ...). */
export function syntaxOfKind(kind: string | undefined): VariableSyntax {
  if (kind?.startsWith('claude-')) return 'claude-arguments';
  if (kind?.startsWith('copilot-')) return 'copilot-input';
  return 'template';
}

/** Every tool variable of `text` in order. */
export function scanToolVariables(text: string, syntax: VariableSyntax): ToolVariableTag[] {
  if (syntax === 'template') return [];
  const pattern = syntax === 'copilot-input' ? COPILOT_INPUT : CLAUDE_ARGUMENT;
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    raw: match[0],
    name: syntax === 'copilot-input' || match[1] === 'ARGUMENTS' ? match[1]! : `$${match[1]}`,
  }));
}

/** Distinct, sorted names of the tool variables of `text`. */
export function toolVariables(text: string, syntax: VariableSyntax): string[] {
  return [...new Set(scanToolVariables(text, syntax).map((tag) => tag.name))].sort();
}

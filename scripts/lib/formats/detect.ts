import type { FormatKind } from './kinds.ts';

// Which shape a file is, from its path alone (and, for plain Markdown, whether it has front
// matter). Paths follow each tool's documented layout; the suffix decides first because Copilot and
// Dotprompt files may live anywhere.

/** The shape of a repository-relative path. */
export function detectFormat(file: string): FormatKind {
  const lower = file.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  if (/\.prompt\.ya?ml$/.test(name)) return 'github-models';
  if (name.endsWith('.prompt.md')) return 'copilot-prompt';
  if (name.endsWith('.instructions.md') || (name === 'copilot-instructions.md' && lower.includes('.github/'))) return 'copilot-instructions';
  if (name.endsWith('.chatmode.md')) return 'copilot-chatmode';
  if (name.endsWith('.agent.md')) return 'copilot-agent';
  if (name.endsWith('.mdc')) return 'cursor-rule';
  if (name.endsWith('.prompty')) return 'prompty';
  if (name.endsWith('.prompt')) return 'dotprompt';
  if (name === 'skill.md' && /(^|\/)skills\/[^/]+\/skill\.md$/.test(lower)) return 'claude-skill';
  if (/(^|\/)agents\/(?:[^/]+\/)*[^/]+\.md$/.test(lower) && /(^|\/)(\.claude|plugins\/[^/]+)\/agents\//.test(lower)) return 'claude-agent';
  if (/(^|\/)\.claude\/commands\/|(^|\/)plugins\/[^/]+\/commands\//.test(lower)) return 'claude-command';
  if (/(^|\/)agents\/[^/]+\.md$/.test(lower)) return 'claude-agent';
  if (/(^|\/)commands\/(?:[^/]+\/)*[^/]+\.md$/.test(lower)) return 'claude-command';
  if (/\.(md|markdown)$/.test(name)) return 'markdown';
  return 'text';
}

// The layouts of known-layouts.ts one or two folders down, where a monorepo's packages keep them
// (`apps/support-bot/.claude/agents/`, `packages/shared/prompts/`), so that `promptvault init` on a
// monorepo does not propose only the root's files. Pure: takes the repository's paths.
import { globToRegExp } from '../prompt/locate.ts';
import { KNOWN_LAYOUTS, type FoundLayout, type KnownLayout } from './known-layouts.ts';

/**
 * The layouts the tools also read inside a package (Claude Code and Cursor read nested `.claude/`
 * and `.cursor/rules/` folders and a package's CLAUDE.md; a package's own `prompts/`). Copilot reads `.github/` at the root
 * only, and the `**` layouts (Dotprompt, Prompty) already match at any depth.
 */
const NESTABLE: readonly KnownLayout[] = [
  { glob: '.claude/agents/**/*.md', what: 'Claude Code subagents' },
  { glob: '.claude/commands/**/*.md', what: 'Claude Code slash commands' },
  { glob: '.claude/skills/*/SKILL.md', what: 'Claude Code skills' },
  { glob: '.cursor/rules/**/*.mdc', what: 'Cursor rules' },
  { glob: 'prompts/**/*.md', what: 'Markdown prompts' },
  // Claude Code reads the CLAUDE.md of the folder it works in and of those above it, so a team
  // keeps one per package (and AGENTS.md for the agents that read that); the root's alone was found.
  { glob: 'CLAUDE.md', what: 'Claude Code project memory' },
  { glob: 'AGENTS.md', what: 'AGENTS.md agent instructions' },
];

/**
 * Those layouts in packages, one glob per packages folder: `apps/support-bot/.claude/agents/x.md`
 * gives `apps/*\/.claude/agents/**\/*.md`. The package folder is a `*`, so a package added later is
 * covered, and it stays in the ids (`support-bot/.claude/agents/x`): two packages' agents of one
 * name are two prompts. A file a root layout already matches is not a package's, nor one under
 * a dot folder (`.github/prompts/x.prompt.md` is Copilot's) or vault/.
 */
export function detectWorkspaceLayouts(paths: readonly string[]): FoundLayout[] {
  const atRoot = KNOWN_LAYOUTS.map((layout) => globToRegExp(layout.glob));
  const candidates = paths.filter((file) => !file.startsWith('.') && !file.startsWith('vault/') && !atRoot.some((pattern) => pattern.test(file)));
  const found = new Map<string, FoundLayout>();
  for (const layout of NESTABLE) {
    const below = [globToRegExp(`*/${layout.glob}`), globToRegExp(`*/*/${layout.glob}`)];
    for (const file of candidates) {
      const depth = below.findIndex((pattern) => pattern.test(file));
      if (depth < 0 || file.split('/').slice(0, depth + 1).some((folder) => folder.startsWith('.'))) continue;
      const glob = depth === 0 ? `*/${layout.glob}` : `${file.split('/')[0]}/*/${layout.glob}`;
      const entry = found.get(glob) ?? { glob, what: `${layout.what} of packages`, files: 0 };
      entry.files++;
      found.set(glob, entry);
    }
  }
  return [...found.values()];
}

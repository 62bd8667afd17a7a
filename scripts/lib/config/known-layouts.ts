// Where the prompt files of the common tools live, so `promptvault init` can propose globs for a
// repository instead of assuming `prompts/**/*.md`. Pure: takes the repository's paths.
import { globToRegExp } from '../prompt/locate.ts';

export interface KnownLayout {
  /** Glob written into `.promptvault.yaml` when files match it. */
  glob: string;
  /** What those files are, for the message, e.g. `Claude Code subagents`. */
  what: string;
}

/** In the order they are proposed (and written into the config). */
export const KNOWN_LAYOUTS: readonly KnownLayout[] = [
  { glob: '.claude/agents/**/*.md', what: 'Claude Code subagents' },
  { glob: '.claude/commands/**/*.md', what: 'Claude Code slash commands' },
  { glob: '.claude/skills/*/SKILL.md', what: 'Claude Code skills' },
  { glob: 'plugins/*/agents/*.md', what: 'Claude Code plugin agents' },
  { glob: 'commands/**/*.md', what: 'slash commands' },
  // A plugin repository's own root (agents/, commands/, skills/ beside .claude-plugin/), where the
  // formats reader already takes agents/*.md for Claude Code agents; init needed --prompts for it.
  { glob: 'agents/*.md', what: 'Claude Code plugin agents' },
  { glob: 'skills/*/SKILL.md', what: 'Claude Code skills' },
  { glob: '.github/prompts/*.prompt.md', what: 'GitHub Copilot prompt files' },
  { glob: '.github/instructions/*.instructions.md', what: 'GitHub Copilot instructions' },
  { glob: '.github/copilot-instructions.md', what: 'GitHub Copilot repository instructions' },
  // The root memory files the agents read first; teams version them like any prompt. The root
  // only: a nested one (apps/web/CLAUDE.md) under a `**/` glob would also be matched by the
  // folder globs above with another id.
  { glob: 'CLAUDE.md', what: 'Claude Code project memory' },
  { glob: 'AGENTS.md', what: 'AGENTS.md agent instructions' },
  { glob: '.github/chatmodes/*.chatmode.md', what: 'GitHub Copilot chat modes' },
  { glob: '.github/agents/*.agent.md', what: 'GitHub Copilot custom agents' },
  { glob: '.cursor/rules/**/*.mdc', what: 'Cursor rules' },
  { glob: '**/*.prompt', what: 'Dotprompt files' },
  { glob: '**/*.prompty', what: 'Prompty files' },
  { glob: '**/*.prompt.yml', what: 'GitHub Models prompt files' },
  { glob: 'prompts/**/*.md', what: 'Markdown prompts' },
];

export interface FoundLayout extends KnownLayout {
  /** How many of the repository's files the glob matches. */
  files: number;
}

// The folder Markdown prompts' ids are taken below (`prompts/**/*.md`): a layout found anywhere
// whose files all lie under it is rooted there too, so every format has one id root.
const PROMPTS_ROOT = 'prompts/';

// The known layouts this repository has files in, with how many each. A layout matched anywhere
// (`**/*.prompt`, `**/*.prompty`, `**/*.prompt.yml`) gives ids that are the whole path, so when all
// its files are under `prompts/` it is written `prompts/**/*.prompt`: the Dotprompt
// `prompts/support/refund.prompt` is then `support/refund`, as the Markdown prompt
// `prompts/support/faq.md` is `support/faq` (and Genkit, whose default prompt folder is
// `prompts/`, names it so). With one file outside `prompts/` the glob stays `**/`: every file is
// recorded, under its whole path.
export function detectLayouts(paths: readonly string[]): FoundLayout[] {
  return KNOWN_LAYOUTS.flatMap((layout) => {
    const pattern = globToRegExp(layout.glob);
    const matched = paths.filter((file) => pattern.test(file));
    if (matched.length === 0) return [];
    const rooted = layout.glob.startsWith('**/') && matched.every((file) => file.startsWith(PROMPTS_ROOT));
    return [{ ...layout, ...(rooted ? { glob: `${PROMPTS_ROOT}${layout.glob}` } : {}), files: matched.length }];
  });
}

import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';

describe('the shape of a prompt file comes from its path', () => {
  it.each([
    ['.claude/agents/code-reviewer.md', 'claude-agent'],
    ['plugins/billing/agents/invoices.md', 'claude-agent'],
    ['agents/triage.md', 'claude-agent'],
    ['.claude/commands/review.md', 'claude-command'],
    ['commands/git/commit.md', 'claude-command'],
    ['plugins/ops/commands/deploy.md', 'claude-command'],
    ['skills/pdf-forms/SKILL.md', 'claude-skill'],
    ['.claude/skills/Release Notes/SKILL.md', 'claude-skill'],
    ['.github/prompts/explain.prompt.md', 'copilot-prompt'],
    ['.github/instructions/python.instructions.md', 'copilot-instructions'],
    ['.github/copilot-instructions.md', 'copilot-instructions'],
    ['.github/chatmodes/planner.chatmode.md', 'copilot-chatmode'],
    ['.github/agents/tester.agent.md', 'copilot-agent'],
    ['.cursor/rules/style.mdc', 'cursor-rule'],
    ['prompts/greet.prompt', 'dotprompt'],
    ['prompts/chat.prompty', 'prompty'],
    ['prompts/summarize.prompt.yml', 'github-models'],
    ['prompts/summarize.prompt.yaml', 'github-models'],
    ['prompts/café/résumé.md', 'markdown'],
    ['Anthropic/Claude Code/Plan.md', 'markdown'],
    ['prompts/notes.txt', 'text'],
  ])('%s is %s', (file, kind) => {
    expect(detectFormat(file)).toBe(kind);
  });
});

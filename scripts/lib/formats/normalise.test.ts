import { describe, expect, it } from 'vitest';
import { normalisePrompt, type NormalisedPrompt } from './normalise.ts';

function read(file: string, text: string): NormalisedPrompt {
  const result = normalisePrompt(text, file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.prompt;
}

describe('every shape becomes the same normalised prompt', () => {
  it('reads a Claude Code subagent: name as title, description, model, tools list, color', () => {
    const prompt = read('.claude/agents/code-reviewer.md', '---\nname: code-reviewer\ndescription: Reviews diffs for bugs\nmodel: sonnet\ntools: Read, Grep, Glob\ncolor: blue\n---\nYou review code.\n');
    expect(prompt).toMatchObject({ kind: 'claude-agent', title: 'code-reviewer', description: 'Reviews diffs for bugs', model: 'sonnet', settings: { tools: ['Read', 'Grep', 'Glob'], color: 'blue' }, tags: [], codex: [] });
  });

  it('reads a Claude Code command with argument-hint, allowed-tools and $ARGUMENTS', () => {
    const prompt = read('commands/git/commit.md', '---\ndescription: Write a commit message\nargument-hint: [scope]\nallowed-tools: Bash(git add:*), Bash(git commit:*)\n---\n# Commit\nCommit $ARGUMENTS, scope $1.\n');
    expect(prompt).toMatchObject({ kind: 'claude-command', title: 'Commit', description: 'Write a commit message', declaredVariables: ['$1', 'ARGUMENTS'] });
    expect(prompt.settings['allowed-tools']).toEqual(['Bash(git add:*)', 'Bash(git commit:*)']);
    // `[scope]` is a YAML list of one; Claude Code shows the hint as typed.
    expect(prompt.settings['argument-hint']).toBe('[scope]');
  });

  it('names a skill by its folder when it has no name or heading', () => {
    expect(read('skills/pdf-forms/SKILL.md', '---\ndescription: Fill PDF forms\n---\nSteps.\n')).toMatchObject({ kind: 'claude-skill', title: 'pdf-forms' });
  });

  it('reads Copilot prompt, instructions, chat mode and agent files', () => {
    expect(read('.github/prompts/explain.prompt.md', "---\nmode: agent\nmodel: GPT-4o\ntools: ['codebase']\ndescription: Explain code\n---\nExplain ${input:symbol:the symbol}.\n")).toMatchObject({ kind: 'copilot-prompt', title: 'explain', model: 'GPT-4o', settings: { mode: 'agent', tools: ['codebase'] }, declaredVariables: ['symbol'] });
    expect(read('.github/instructions/py.instructions.md', "---\napplyTo: '**/*.py'\n---\nUse type hints.\n")).toMatchObject({ kind: 'copilot-instructions', title: 'py', settings: { applyTo: '**/*.py' } });
    expect(read('.github/chatmodes/plan.chatmode.md', '---\ndescription: Plan only\ntools: [search]\n---\nPlan.\n').kind).toBe('copilot-chatmode');
    expect(read('.github/agents/tester.agent.md', '---\nname: Tester\n---\nTest.\n')).toMatchObject({ kind: 'copilot-agent', title: 'Tester' });
  });

  it('reads a Cursor rule with unquoted globs', () => {
    expect(read('.cursor/rules/style.mdc', '---\ndescription: TS style\nglobs: src/**/*.ts, src/**/*.tsx\nalwaysApply: false\n---\n# TypeScript style\nNo any.\n')).toMatchObject({ kind: 'cursor-rule', title: 'TypeScript style', description: 'TS style', settings: { globs: ['src/**/*.ts', 'src/**/*.tsx'], alwaysApply: false } });
  });

  it('reads Dotprompt model, config and Picoschema input variables', () => {
    const prompt = read('prompts/greet.prompt', '---\nname: greet\nmodel: googleai/gemini-1.5-flash\nconfig:\n  temperature: 0.7\ninput:\n  schema:\n    name: string\n    language?: string, the reply language\n    tone(enum, how formal): [formal, casual]\n  default:\n    name: Guest\noutput:\n  format: json\n---\nGreet {{name}} in {{language}}.\n');
    expect(prompt).toMatchObject({ kind: 'dotprompt', title: 'greet', model: 'googleai/gemini-1.5-flash', declaredVariables: ['language', 'name', 'tone'], settings: { config: { temperature: 0.7 }, output: { format: 'json' } } });
  });

  it('reads Prompty model deployment, parameters and inputs', () => {
    const prompt = read('prompts/chat.prompty', '---\nname: Support chat\ndescription: Answers questions\nauthors: [ada]\ntags: [support]\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n  parameters:\n    max_tokens: 256\ninputs:\n  question:\n    type: string\n  context:\n    type: string\ntemplate: jinja2\n---\nsystem:\nYou answer.\nuser:\n{{question}}\n');
    expect(prompt).toMatchObject({ kind: 'prompty', title: 'Support chat', model: 'gpt-4o', tags: ['support'], declaredVariables: ['context', 'question'], settings: { api: 'chat', parameters: { max_tokens: 256 }, template: 'jinja2' } });
    expect(read('prompts/v2.prompty', '---\nname: v2\ninputs:\n  - name: city\n    kind: string\n---\nWeather in {{city}}\n').declaredVariables).toEqual(['city']);
  });

  it('reads a GitHub Models file: its messages are the prompt text', () => {
    const prompt = read('prompts/summarize.prompt.yml', 'name: Summarizer\ndescription: Summarizes text\nmodel: openai/gpt-4o-mini\nmodelParameters:\n  temperature: 0.5\nmessages:\n  - role: system\n    content: You summarize.\n  - role: user\n    content: |\n      Summarize {{input}}\ntestData:\n  - input: x\n');
    expect(prompt).toMatchObject({ kind: 'github-models', title: 'Summarizer', model: 'openai/gpt-4o-mini', settings: { modelParameters: { temperature: 0.5 } } });
    expect(prompt.body).toBe('system:\nYou summarize.\n\nuser:\nSummarize {{input}}\n');
  });

  it('records a GitHub Models file that is not valid YAML as its text, with a warning', () => {
    const result = normalisePrompt('name: broken\nmessages: [unclosed\n', 'a.prompt.yml');
    expect(result.ok && result.prompt.body).toContain('messages: [unclosed');
    expect(result.ok && result.warnings[0]?.code).toBe('github-models-invalid');
  });

  it('titles plain Markdown by title, then name, then first heading, then file name', () => {
    expect(read('p/a.md', '---\ntitle: T\nname: N\n---\n# H\n').title).toBe('T');
    expect(read('p/a.md', '---\nname: N\n---\n# H\n').title).toBe('N');
    expect(read('p/a.md', '```\n# not a heading\n```\n## Real heading ##\n').title).toBe('Real heading');
    expect(read('prompts/café/résumé.md', 'Just text.\n')).toMatchObject({ kind: 'markdown', title: 'résumé', hasFrontMatter: false });
    expect(read('notes/todo.txt', 'Plain text.').kind).toBe('text');
  });

  it('keeps promptvault keys from any shape and accepts comma-separated tags', () => {
    expect(read('.claude/agents/x.md', '---\nname: x\nassistant: support-bot\ntone: formal\ntags: billing, refunds\nid: stable-x\n---\nBody\n')).toMatchObject({ assistant: 'support-bot', tone: 'formal', tags: ['billing', 'refunds'], stableId: 'stable-x' });
  });

  it('warns about wrongly typed optional keys instead of refusing the file', () => {
    const result = normalisePrompt('---\ntitle: [a, list]\ntone: { x: 1 }\ntags: { a: 1 }\n---\nBody\n', 'p/odd.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.prompt.title).toBe('odd');
    expect(result.warnings.map((w) => w.code)).toEqual(['front-matter-type', 'front-matter-type', 'front-matter-type']);
  });

  it('refuses forked_from or codex values that cannot be ids', () => {
    const result = normalisePrompt('---\nforked_from: ../escape\ncodex: { a: 1 }\n---\nBody\n', 'p/x.md');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.line)).toEqual([3, 2]);
  });

  it('reads 50 KB and 400 KB prompts whole', () => {
    for (const size of [50_000, 400_000]) {
      const body = 'word '.repeat(size / 5);
      expect(read('p/big.md', `---\ntitle: Big\n---\n${body}`).body.length).toBe(body.length);
    }
  });
});

describe("the keys a shape's own tool reads as text are read so, without a warning", () => {
  const warnings = (file: string, text: string) => { const result = normalisePrompt(text, file); return result.ok ? result.warnings.map((w) => [w.code, w.line]) : result.problems; };

  it('reads Cursor globs, Claude argument hints and Copilot applyTo as their text', () => {
    expect(read('.cursor/rules/ts.mdc', '---\nglobs: *.ts, *.tsx\nalwaysApply: true\n---\nUse strict.\n')).toMatchObject({ data: { globs: '*.ts, *.tsx' }, settings: { globs: ['*.ts', '*.tsx'], alwaysApply: true } });
    expect(read('.claude/commands/pr.md', '---\nargument-hint: [pr-number] [priority]\n---\nReview $1.\n').settings['argument-hint']).toBe('[pr-number] [priority]');
    expect(read('.github/instructions/ts.instructions.md', '---\napplyTo: **/*.ts\n---\nUse strict.\n').settings.applyTo).toBe('**/*.ts');
    expect(warnings('.cursor/rules/ts.mdc', '---\nglobs: *.ts\n---\nUse strict.\n')).toEqual([]);
  });

  it('keeps the warning for shapes whose tool parses real YAML, and for a line broken elsewhere, on its line', () => {
    expect(warnings('p.prompty', '---\nname: p\nglobs: *.ts\n---\nuser: hi\n')).toEqual([['front-matter-lenient', 3]]);
    expect(warnings('p.prompt', '---\nargument-hint: [a] [b]\n---\nhi\n')).toEqual([['front-matter-lenient', 2]]);
    expect(warnings('notes.md', '---\nglobs: *.ts\n---\nhi\n')).toEqual([['front-matter-lenient', 2]]);
    expect(warnings('.cursor/rules/ts.mdc', '---\nglobs: *.ts\ndescription: x\ntags: [a\n---\nhi\n')).toEqual([['front-matter-lenient', 4]]);
    // ... and the text keys keep their text in the line-by-line reading that follows.
    expect(read('.claude/commands/pr.md', '---\nargument-hint: [pr-number] [priority]\ndescription: Review: a PR\nx: [a\n---\nReview $1.\n')).toMatchObject({ data: { 'argument-hint': '[pr-number] [priority]' }, settings: { 'argument-hint': '[pr-number] [priority]' } });
    // ... as written, quotes and backslashes included, not as the quoting that let YAML read it.
    expect(read('.claude/commands/pr.md', '---\nargument-hint: [file] "message" \\n\nx: [a\n---\nhi\n').settings['argument-hint']).toBe('[file] "message" \\n');
    expect(read('.claude/commands/pr.md', '---\nargument-hint: [file] "message"\n  [priority]\nx: [a\n---\nhi\n').settings['argument-hint']).toBe('[file] "message" [priority]');
    // Read as text is never a way round the refusal of tags.
    expect(warnings('.cursor/rules/ts.mdc', '---\nglobs: *.ts\ndescription: !!js/function x\n---\nhi\n')).toMatchObject([{ code: 'front-matter-tag', line: 3 }]);
    expect(warnings('.cursor/rules/ts.mdc', "---\nglobs: !!js/function '*.ts'\n---\nhi\n")).toMatchObject([{ code: 'front-matter-tag', line: 2 }]);
  });
});

// The front matter Cursor, Claude Code and Copilot document, written as they document it
// (`globs: *.ts`, `argument-hint: [pr-number] [priority]`, `applyTo: **/*.ts`), is committed
// through the real hook and checked with no warning, each value read as its tool reads it; the
// same unquoted values in Prompty, Dotprompt or plain Markdown files, whose front matter is real
// YAML, keep their warning, as does a line broken in any shape. The site shows the values escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { loadSiteVault, type SiteVault } from '../../lib/site/load-vault-fs.ts';
import { buildSiteModel } from '../../lib/site/site-model.ts';
import { promptMainHtml } from '../../lib/site/prompt-page/main.ts';

const fm = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n${body}\n`;

/** Every documented shape of the tools' front matter, and the value each key must read as. */
const TOOL_FILES: Record<string, { text: string; data: Record<string, unknown> }> = {
  '.cursor/rules/typescript.mdc': { text: fm(['description: TypeScript style', 'globs: *.ts', 'alwaysApply: false'], '# TypeScript\nUse strict mode.'), data: { globs: '*.ts', alwaysApply: false } },
  '.cursor/rules/react.mdc': { text: fm(['description: React components', 'globs: *.ts, *.tsx', 'alwaysApply: false'], 'Prefer function components.'), data: { globs: '*.ts, *.tsx' } },
  '.cursor/rules/scripts.mdc': { text: fm(['description: Scripts', 'globs: **/*.js, src/**/*.ts # comma-separated, unquoted', 'alwaysApply: false'], 'Use node: imports.'), data: { globs: '**/*.js, src/**/*.ts' } },
  '.cursor/rules/always.mdc': { text: fm(['description:', 'globs:', 'alwaysApply: true'], 'Answer in English.'), data: { alwaysApply: true } },
  '.cursor/rules/listed.mdc': { text: fm(['globs:', '  - "**/*.test.ts"', '  - "**/*.spec.ts"', 'alwaysApply: false'], 'Tests use Vitest.'), data: { globs: ['**/*.test.ts', '**/*.spec.ts'] } },
  '.claude/commands/review-pr.md': {
    text: fm(['argument-hint: [pr-number] [priority] [assignee]', 'description: Review a pull request', 'allowed-tools: Bash(git add:*), Bash(git status:*), Bash(git commit:*)', 'model: claude-3-5-haiku-20241022'], 'Review PR #$1 with priority $2 and assign to $3.'),
    data: { 'argument-hint': '[pr-number] [priority] [assignee]', 'allowed-tools': 'Bash(git add:*), Bash(git status:*), Bash(git commit:*)', model: 'claude-3-5-haiku-20241022' },
  },
  '.claude/commands/commit.md': { text: fm(['argument-hint: [message]', 'description: Commit the staged change', 'disable-model-invocation: true'], 'Commit with message: $ARGUMENTS'), data: { 'argument-hint': ['message'] } },
  '.claude/commands/fix-issue.md': { text: fm(['argument-hint: [issue-number] [--dry-run]', 'allowed-tools: Bash(gh issue view:*), Read, Edit'], 'Fix issue $1.'), data: { 'argument-hint': '[issue-number] [--dry-run]' } },
  '.claude/agents/reviewer.md': { text: fm(['name: reviewer', 'description: Reviews code for style', 'tools: Read, Grep, Glob', 'model: sonnet'], 'You review code.'), data: { tools: 'Read, Grep, Glob', model: 'sonnet' } },
  '.github/instructions/typescript.instructions.md': { text: fm(['applyTo: **/*.ts'], 'Use strict TypeScript.'), data: { applyTo: '**/*.ts' } },
  '.github/instructions/web.instructions.md': { text: fm(["description: 'Web code'", 'applyTo: **/*.ts, **/*.tsx'], 'Use React.'), data: { applyTo: '**/*.ts, **/*.tsx' } },
  '.github/prompts/explain.prompt.md': { text: fm(['mode: agent', "tools: ['codebase', 'search']", 'model: GPT-4o', 'description: Explain the selection'], 'Explain ${input:topic}.'), data: { tools: ['codebase', 'search'], mode: 'agent' } },
};

/** The same unquoted values where the file's own tool parses real YAML: still a warning, on its line. */
const YAML_FILES: Record<string, { text: string; line: number }> = {
  'prompts/summarise.prompty': { text: fm(['name: Summarise', 'description: Summarise a text', 'tags: *.ts', 'inputs:', '  text: string'], 'user:\nSummarise {{text}}.'), line: 4 },
  'prompts/translate.prompt': { text: fm(['model: googleai/gemini-1.5-flash', 'config:', '  temperature: 0.2', 'tools: [a] [b]'], 'Translate {{text}}.'), line: 5 },
  'prompts/notes.md': { text: fm(['title: Notes', 'globs: *.ts'], 'Write notes.'), line: 3 },
  // A Cursor rule broken elsewhere than in `globs` is still broken: its line is named.
  '.cursor/rules/broken.mdc': { text: fm(['description: Broken rule', 'globs: *.ts', 'tags: [billing'], 'Broken.'), line: 4 },
};

const HOSTILE = {
  '.cursor/rules/hostile.mdc': fm(['description: Hostile', 'globs: *.ts, <img src=x onerror=alert(1)>', 'alwaysApply: false'], 'Be careful.'),
  '.claude/commands/hostile.md': fm(['argument-hint: [<script>alert(1)</script>] [b]', 'description: Hostile'], 'Run $1.'),
};

let repo: TestRepo;
let commitOutput = '';
let site: SiteVault;

beforeAll(async () => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.cursor/rules/**/*.mdc', '.claude/**/*.md', '.github/**/*.md', 'prompts/**/*']\n");
  for (const [file, { text }] of Object.entries(TOOL_FILES)) repo.write(file, text);
  for (const [file, { text }] of Object.entries(YAML_FILES)) repo.write(file, text);
  for (const [file, text] of Object.entries(HOSTILE)) repo.write(file, text);
  const committed = repo.commit('adopt the tools\' prompt files', '2026-01-02');
  commitOutput = committed.stdout + committed.stderr;
  expect(committed.code, commitOutput).toBe(0);
  site = await loadSiteVault({ root: repo.dir, cache: false });
});
afterAll(() => repo?.cleanup());

const warnedFiles = (output: string) => [...new Set([...output.matchAll(/^\s*(\S+?)(?::\d+)?: front matter is not valid YAML/gm)].map((m) => m[1]!))].sort();

describe("front matter written as its tool documents it reads without a warning", () => {
  it('the hook records every file and warns only about the real-YAML shapes and the broken line', () => {
    expect(repo.filesAtHead('vault/checkpoints').length).toBeGreaterThanOrEqual(Object.keys(TOOL_FILES).length + Object.keys(YAML_FILES).length);
    expect(warnedFiles(commitOutput)).toEqual(Object.keys(YAML_FILES).sort());
  });

  it('check warns about the same files, each on its line, and about no tool file', () => {
    const result = repo.cli(['check']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(warnedFiles(result.stderr)).toEqual(Object.keys(YAML_FILES).sort());
    for (const [file, { line }] of Object.entries(YAML_FILES)) expect(result.stderr).toContain(`${file}:${line}: front matter is not valid YAML`);
  });

  it('keeps each value as the tool means it', () => {
    for (const [file, { data }] of Object.entries(TOOL_FILES)) {
      const recorded = site.prompts.find((prompt) => prompt.path === file);
      expect(recorded, file).toBeDefined();
      expect(recorded!.front_matter, file).toMatchObject(data);
    }
  });
});

describe('the site shows tool front matter escaped', () => {
  it('prints a glob or an argument hint holding markup as text', () => {
    const model = buildSiteModel(site);
    for (const [file, needle] of [['.cursor/rules/hostile.mdc', '&lt;img src=x onerror=alert(1)&gt;'], ['.claude/commands/hostile.md', '[&lt;script&gt;alert(1)&lt;/script&gt;] [b]']] as const) {
      const prompt = site.prompts.find((p) => p.path === file)!;
      const html = promptMainHtml(prompt.id, { model, labels: [], pageSize: 100, url: (p: string) => `/${p}` });
      expect(html).toContain(needle);
      expect(html).not.toMatch(/<img|<script/);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectCodex } from '../../lib/config/detect-codex.ts';
import { detectWorkspaceLayouts } from '../../lib/config/workspace-layouts.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// `init` on an npm-workspaces monorepo: each package keeps its own Claude Code, Cursor and Markdown
// prompts, and the codex sits in a package. init finds them below the packages folders, keeps two
// packages' agents of one name apart, and writes the codex folder it found.

const agent = (name: string, cites: string) => `---\nname: ${name}\ndescription: ${name} agent\ncodex: [${cites}]\n---\nYou are the ${name} agent.\n`;

const FILES: Record<string, string> = {
  'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*", "packages/*"] }\n',
  'apps/support-bot/.claude/agents/triage.md': agent('triage', 'refunds/limit'),
  'apps/support-bot/.claude/commands/handoff.md': '---\ndescription: Hand the ticket over\n---\nHand over ticket $1.\n',
  'apps/docs-assistant/.claude/agents/triage.md': agent('triage', 'docs/cite'),
  'apps/docs-assistant/.cursor/rules/typescript.mdc': '---\ndescription: TS\nalwaysApply: false\n---\nStrict TypeScript.\n',
  'packages/shared/prompts/apology.md': '---\ntitle: Apology\ncodex: [refunds/limit]\n---\nSay sorry for the delay.\n',
  'packages/shared/codex/refunds/limit.md': '---\ntitle: Refund limit\n---\nAgents may refund up to $100.\n',
  'packages/shared/codex/docs/cite.md': '---\ntitle: Cite\n---\nEvery answer must cite its page.\n',
  'packages/shared/codex/README.md': '# The codex\n',
  '.github/prompts/review.prompt.md': '---\nmode: ask\n---\nReview the selection.\n',
  '.cursor/rules/monorepo.mdc': '---\ndescription: Repo\nalwaysApply: true\n---\nUse npm workspaces.\n',
};

let repo: TestRepo;
let init: ReturnType<TestRepo['cli']>;
beforeAll(() => {
  repo = createRepo({ hooks: false });
  for (const [file, text] of Object.entries(FILES)) repo.write(file, text);
  expect(repo.commit('the monorepo as it is', '2026-01-02').code).toBe(0);
  // Installed packages, not yet ignored (init writes the .gitignore that ignores them).
  repo.write('node_modules/prompt-kit/prompts/example.md', '---\ntitle: Example\n---\nA dependency\'s own prompt.\n');
  repo.write('apps/support-bot/node_modules/agent-lib/.claude/agents/helper.md', agent('helper', 'refunds/limit'));
  init = repo.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('promptvault init on a monorepo', () => {
  it('proposes no glob into node_modules, though .gitignore does not list it yet', () => {
    expect(init.stdout).not.toContain('node_modules');
    expect(repo.read('.promptvault.yaml')).not.toContain('node_modules');
  });

  it('finds the layouts inside the packages, one glob per packages folder, and says so', () => {
    expect(init.stdout.split('\n')[0]).toBe('promptvault init: found 1 GitHub Copilot prompt files (.github/prompts/*.prompt.md), 1 Cursor rules (.cursor/rules/**/*.mdc), '
      + '2 Claude Code subagents of packages (apps/*/.claude/agents/**/*.md), 1 Claude Code slash commands of packages (apps/*/.claude/commands/**/*.md), '
      + '1 Cursor rules of packages (apps/*/.cursor/rules/**/*.mdc), 1 Markdown prompts of packages (packages/*/prompts/**/*.md)');
    expect((parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts).toEqual([
      '.github/prompts/*.prompt.md', '.cursor/rules/**/*.mdc', 'apps/*/.claude/agents/**/*.md', 'apps/*/.claude/commands/**/*.md', 'apps/*/.cursor/rules/**/*.mdc', 'packages/*/prompts/**/*.md',
    ]);
  });

  it('writes the codex folder found in a package, by its path, so the ids the prompts cite resolve', () => {
    expect(init.stdout).toContain('promptvault init: codex: packages/shared/codex/**/*.md (2 clause file(s) found; change with --codex GLOB or in .promptvault.yaml)');
    expect((parse(repo.read('.promptvault.yaml')) as { codex: string[] }).codex).toEqual(['packages/shared/codex/**/*.md']);
  });

  it('records every prompt and clause with backfill, two packages\' agents of one name as two prompts, and check passes', () => {
    const backfill = repo.cli(['backfill']);
    expect(backfill.code, backfill.stderr).toBe(0);
    const adopt = repo.commit('Adopt promptvault', '2026-01-03', { env: { HUSKY: '0' } }); // no installed promptvault here for the hook to find
    expect(adopt.code, adopt.stdout + adopt.stderr).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('promptvault check: 7 prompts, 2 clauses');
    const log = repo.cli(['log', 'docs-assistant/.claude/agents/triage']);
    expect(log.code, log.stderr).toBe(0);
    expect(repo.cli(['log', 'support-bot/.claude/agents/triage']).code).toBe(0);
  });
});

describe('detectWorkspaceLayouts and detectCodex', () => {
  it('leaves the root\'s layouts, dot folders and vault/ to others, and takes packages one or two folders down', () => {
    const found = detectWorkspaceLayouts([
      '.claude/agents/root.md', '.github/prompts/x.prompt.md', 'vault/prompts/y.md', '.hidden/pkg/prompts/z.md',
      'frontend/.claude/agents/a.md', 'apps/web/prompts/deep/b.md', 'apps/api/prompts/c.md', 'a/b/c/.claude/agents/too-deep.md',
    ]);
    expect(found.map((layout) => `${layout.glob}=${layout.files}`)).toEqual(['*/.claude/agents/**/*.md=1', 'apps/*/prompts/**/*.md=2']);
  });

  it('prefers codex/ at the root, and finds none where there is no clause file', () => {
    expect(detectCodex(['codex/a.md', 'packages/p/codex/b.md'])).toEqual({ globs: ['codex/**/*.md'], files: 1 });
    expect(detectCodex(['codex/README.md', 'docs/codex.md', '.github/codex/x.md'])).toBeUndefined();
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo } from '../../test-utils/repo.ts';

// newcomer36's monorepo: Claude Code reads a CLAUDE.md in each package it works in (and Codex an
// AGENTS.md), and the team kept one in packages/web, packages/api and services/billing. init found
// the root CLAUDE.md only ("1 Claude Code project memory (CLAUDE.md)"), so the three packages'
// memory files went unrecorded while every other layout of the packages was proposed.

const repo = createRepo({ hooks: false });
afterAll(() => repo.cleanup());
const FILES: Record<string, string> = {
  'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*", "services/*"] }\n',
  'CLAUDE.md': '# Acme monorepo\n\nRun npm test before proposing a change.\n',
  'packages/web/CLAUDE.md': '# packages/web\r\n\r\nUse the design tokens, never raw colours.\r\n',
  'packages/api/CLAUDE.md': '# packages/api\n\nEvery endpoint validates its input with zod.\n',
  'services/billing/AGENTS.md': '# services/billing\n\nAmounts are integers in cents.\n',
  'packages/api/.claude/agents/review.md': '---\nname: review\n---\nReview API diffs.\n',
  'docs/getting-started.md': '---\ntitle: Getting started\n---\nHow the monorepo works.\n',
};
for (const [file, text] of Object.entries(FILES)) repo.write(file, text);
const committed = repo.commit('the monorepo as it is', '2026-01-02');

describe('promptvault init on a monorepo whose packages keep their own CLAUDE.md and AGENTS.md', () => {
  it('proposes one glob per packages folder for them, records them under the package\'s name and leaves docs/ out', () => {
    expect(committed.code).toBe(0);
    const init = repo.cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('2 Claude Code project memory of packages (packages/*/CLAUDE.md)');
    expect(init.stdout).toContain('1 AGENTS.md agent instructions of packages (services/*/AGENTS.md)');
    const prompts = (parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts;
    expect(prompts).toEqual(expect.arrayContaining(['CLAUDE.md', 'packages/*/CLAUDE.md', 'services/*/AGENTS.md', 'packages/*/.claude/agents/**/*.md']));
    expect(prompts.some((glob) => glob.startsWith('docs') || glob.startsWith('*/'))).toBe(false);
    const backfill = repo.cli(['backfill']);
    expect(backfill.code, backfill.stderr).toBe(0);
    const staged = repo.git(['diff', '--cached', '--name-only', '--', 'vault/checkpoints/']).stdout;
    for (const id of ['CLAUDE', 'web/CLAUDE', 'api/CLAUDE', 'billing/AGENTS']) {
      expect(staged, id).toMatch(new RegExp(`^vault/checkpoints/${id}/0001-[0-9a-f]{12}\\.yaml$`, 'm'));
    }
  });
});

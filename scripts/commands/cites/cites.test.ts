// Which prompts cite a clause, asked before editing or removing it: the prompts at HEAD whose
// `codex` names it, with file and current version, also after the clause file was deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.claude/agents/**/*.md', '.github/prompts/*.prompt.md']\ncodex: ['codex/**/*.md']\n");
  repo.write('codex/refunds/limit.md', '---\ntitle: Refund limit\n---\nThe assistant must never refund more than $100.\n');
  repo.write('codex/privacy.md', '---\ntitle: Privacy\n---\nNever share account numbers.\n');
  repo.write('.claude/agents/refund.md', promptFile({ name: 'refund', codex: ['refunds/limit', 'privacy'] }, 'Refund up to $100.'));
  repo.write('.github/prompts/triage.prompt.md', promptFile({ description: 'Triage', codex: ['refunds/limit'] }, 'Sort the ticket.'));
  repo.write('.claude/agents/greet.md', promptFile({ name: 'greet' }, 'Say hello.'));
  expect(repo.commit('add', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('promptvault cites', () => {
  it('lists the prompts citing a clause with their current version and file, then the count', () => {
    const result = repo.cli(['cites', 'refunds/limit']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.replace(/v1·[0-9a-f]{6}/g, 'v1·xxxxxx')).toBe([
      'refund         v1·xxxxxx  .claude/agents/refund.md',
      'triage.prompt  v1·xxxxxx  .github/prompts/triage.prompt.md',
      'promptvault cites: 2 prompt(s) cite refunds/limit (codex/refunds/limit.md)',
      '',
    ].join('\n'));
    const json = JSON.parse(repo.cli(['cites', 'privacy', '--json']).stdout) as { prompts: { prompt: string }[] };
    expect(json.prompts.map((p) => p.prompt)).toEqual(['refund']);
  });

  it('an unknown clause id exits 2 with the nearest ids', () => {
    const result = repo.cli(['cites', 'refunds/limt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('promptvault cites: no clause has the id "refunds/limt" and no prompt cites it. Did you mean "refunds/limit"');
  });

  it('still lists the citing prompts once the clause file is gone', () => {
    repo.remove('codex/privacy.md');
    expect(repo.commit('drop privacy', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    const result = repo.cli(['cites', 'privacy']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault cites: 1 prompt(s) cite privacy (no file at HEAD: deleted or moved)');
  });

  it('names the prompt files whose front matter is invalid at HEAD as a warning (file, line, why) instead of leaving them out unsaid', () => {
    repo.write('.claude/agents/broken.md', '---\nname: broken\ncodex: [refunds/limit\n---\nRefund anything.\n');
    repo.write('.claude/agents/typed.md', '---\nname: typed\ncodex: 5\n---\nRefund.\n');
    expect(repo.commit('edit in the web editor', '2026-01-04', { args: ['--no-verify'] }).code).toBe(0);
    const result = repo.cli(['cites', 'refunds/limit']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('promptvault cites: 2 prompt(s) cite refunds/limit (codex/refunds/limit.md)');
    expect(result.stderr).toContain('promptvault cites: warning: 2 prompt file(s) at HEAD have invalid front matter, so whether they cite refunds/limit is unknown');
    expect(result.stderr).toMatch(/\.claude\/agents\/broken\.md:3: codex names the clause "\[refunds\/limit", but no clause has that id; the front matter is not valid YAML/);
    expect(result.stderr).toMatch(/\.claude\/agents\/typed\.md:3: .*codex/);
    const json = JSON.parse(repo.cli(['cites', 'refunds/limit', '--json']).stdout) as { inDoubt: { file: string }[] };
    expect(json.inDoubt.map((problem) => problem.file).sort()).toEqual(['.claude/agents/broken.md', '.claude/agents/typed.md']);
  });
});

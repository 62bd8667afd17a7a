import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// Prompts live wherever teams keep them: spaces, non-ASCII, dot folders, upper case, several dots.
// One repository, one story: a prompt moved through such paths by the hook keeps its lineage.

let repo: TestRepo;
const outputs: string[] = [];
const commit = (message: string, date: string) => {
  const result = repo.commit(message, date);
  outputs.push(result.stdout, result.stderr);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout + result.stderr;
};

beforeAll(() => {
  repo = createRepo();
  fs.writeFileSync(path.join(repo.dir, '.promptvault.yaml'), "prompts: ['**/*.md', '**/*.mdc']\n");
  repo.write('README.md', '# Our prompts\n');
  repo.write('docs/README.md', '# Docs prompt\n\nExplain the docs.\n');
  repo.write('prompts/café/résumé.md', '---\nname: Résumé helper\ndescription: Use when: a CV needs work\n---\nImprove the résumé.\n');
  repo.write('Prompts/Release.Notes.v2.md', 'Write the release notes.\n');
  repo.write('.cursor/rules/Style Guide.mdc', '---\nglobs: *.ts\n---\n# Style\nNo any.\n');
  commit('prompts in awkward places', '2026-01-02');
});

afterAll(() => repo?.cleanup());

describe('prompts in any path git can hold', () => {
  it('records them under encoded folders, skipping only the README at the root', () => {
    const folders = [...new Set(repo.filesAtHead('vault/checkpoints').map((file) => path.dirname(file)))].sort();
    expect(folders).toEqual([
      'vault/checkpoints/%2Ecursor/rules/Style%20Guide.mdc',
      'vault/checkpoints/Prompts/Release.Notes.v2',
      'vault/checkpoints/docs/README',
      'vault/checkpoints/prompts/caf%C3%A9/r%C3%A9sum%C3%A9',
    ]);
    const checkpoint = repo.showHead(repo.filesAtHead('vault/checkpoints/prompts/caf%C3%A9')[0]!);
    expect(checkpoint).toContain('prompt: prompts/café/résumé');
    expect(checkpoint).toContain('title: Résumé helper');
    expect(checkpoint).toMatch(/description: ["']Use when: a CV needs work["']/);
  });

  it('keeps the lineage of a prompt moved through a path with spaces and into a dot folder', () => {
    repo.move('prompts/café/résumé.md', 'Anthropic/Claude Code/Résumé.md');
    expect(commit('move into a folder with a space', '2026-01-03')).toMatch(/Anthropic\/Claude Code\/Résumé v2·[0-9a-f]{6} \(rename from prompts\/café\/résumé@v1·[0-9a-f]{6}\)/);
    repo.move('Anthropic/Claude Code/Résumé.md', '.claude/agents/résumé.md');
    expect(commit('move into .claude', '2026-01-04')).toMatch(/\.claude\/agents\/résumé v3·[0-9a-f]{6} \(rename from Anthropic\/Claude Code\/Résumé@v2·[0-9a-f]{6}\)/);
    const log = JSON.parse(repo.cli(['log', '.claude/agents/résumé', '--json']).stdout) as { mutation: { prompt: string; version: number }; checkpoint: { kind: string } }[];
    expect(log.map((entry) => `${entry.mutation.prompt}@${entry.mutation.version}`)).toEqual(['.claude/agents/résumé@3', 'Anthropic/Claude Code/Résumé@2', 'prompts/café/résumé@1']);
    expect(log[0]!.checkpoint.kind).toBe('claude-agent');
    const checked = repo.cli(['check']);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    for (const output of [...outputs, checked.stdout, checked.stderr]) expect(output).not.toContain('internal error');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// A monorepo whose Claude agents and Cursor rules are written in their tools' lenient YAML, all
// recorded through the hook on main; a feature branch then edits one agent.
let repo: TestRepo;
const agent = (name: string, text: string) => `---\nname: ${name}\ndescription: Use when: a ${name} ticket arrives\ntools: Read, Grep\n---\n${text}\n`;
const rule = '---\ndescription: TypeScript style: strict\nglobs: *.ts\nalwaysApply: false\n---\nUse strict TypeScript.\n';
const lenientAnnotations = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning') && line.includes('title=front-matter-lenient'));

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['apps/*/.claude/agents/**/*.md', 'apps/*/.cursor/rules/**/*.mdc']\n");
  for (const name of ['triage', 'refunds', 'escalation']) repo.write(`apps/support-bot/.claude/agents/${name}.md`, agent(name, `Handle ${name}.`));
  repo.write('apps/docs-assistant/.cursor/rules/typescript.mdc', rule);
  expect(repo.commit('adopt promptvault', '2026-01-02').code).toBe(0);
  expect(repo.git(['checkout', '-q', '-b', 'feature']).code).toBe(0);
  repo.write('apps/support-bot/.claude/agents/triage.md', agent('triage', 'Handle triage. Ask for the order number first.'));
  expect(repo.commit('triage asks for the order number', '2026-01-03').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('check --since annotates only the lenient files the range changed', () => {
  it('in --format github with --since, one annotation for the changed agent and one line counting the rest', () => {
    const result = repo.cli(['check', '--format', 'github', '--since', 'main']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const annotations = lenientAnnotations(result.stdout);
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(/^::warning file=apps\/support-bot\/\.claude\/agents\/triage\.md,line=\d+,title=front-matter-lenient::front matter is not valid YAML/);
    expect(annotations[1]).toBe('::warning title=front-matter-lenient::3 more files are read leniently (front matter strict YAML rejects, unchanged since the base): run `promptvault check` locally to list them');
  });

  it('counts them all in the one line when the range changed none of them', () => {
    const result = repo.cli(['check', '--format', 'github', '--since', 'HEAD']);
    expect(lenientAnnotations(result.stdout)).toEqual(['::warning title=front-matter-lenient::4 more files are read leniently (front matter strict YAML rejects, unchanged since the base): run `promptvault check` locally to list them']);
  });

  it('without --since, lists every file read leniently, as before', () => {
    const result = repo.cli(['check']);
    expect(result.code).toBe(0);
    for (const file of ['triage', 'refunds', 'escalation'].map((name) => `apps/support-bot/.claude/agents/${name}.md`).concat('apps/docs-assistant/.cursor/rules/typescript.mdc')) {
      expect(result.stderr).toContain(`${file}:`);
    }
    expect(result.stderr).not.toContain('more files are read leniently');
  });

  it('in text with --since, names the changed file and counts the rest on stderr', () => {
    const result = repo.cli(['check', '--since', 'main']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('apps/support-bot/.claude/agents/triage.md:');
    expect(result.stderr).not.toContain('apps/support-bot/.claude/agents/refunds.md:');
    expect(result.stderr).toContain('promptvault check: 3 more files are read leniently');
  });
});

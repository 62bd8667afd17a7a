import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { warningsOfChangedFiles } from './unchanged-warnings.ts';

// A monorepo whose Claude agents and Cursor rules are written in their tools' lenient YAML, and a
// prompt whose front matter says `title` twice, all recorded through the hook on main; a feature
// branch then edits one agent and adds a prompt whose id differs from an old one only by case.
// CI's `check --since` warns about those two and counts the old warnings in one line.
let repo: TestRepo;
const agent = (name: string, text: string) => `---\nname: ${name}\ndescription: Use when: a ${name} ticket arrives\ntools: Read, Grep\n---\n${text}\n`;
const rule = '---\ndescription: TypeScript style: strict\nglobs: *.ts\nalwaysApply: false\n---\nUse strict TypeScript.\n';
const warningAnnotations = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'));
const SUMMARY = '4 more warnings about 4 files this range did not change (front-matter-duplicate-key 1, front-matter-lenient 3): run `promptvault check` locally to list them';

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['apps/*/.claude/agents/**/*.md', 'apps/*/.cursor/rules/**/*.mdc', 'prompts/**/*.md']\n");
  for (const name of ['triage', 'refunds', 'escalation']) repo.write(`apps/support-bot/.claude/agents/${name}.md`, agent(name, `Handle ${name}.`));
  repo.write('apps/docs-assistant/.cursor/rules/typescript.mdc', rule);
  repo.write('prompts/support/refund.md', '---\ntitle: Refund\ntitle: Refund request\n---\nHelp with refunds.\n');
  repo.write('prompts/support/greet.md', promptFile({ title: 'Greeting' }, 'Say hello.'));
  expect(repo.commit('adopt promptvault', '2026-01-02').code).toBe(0);
  expect(repo.git(['checkout', '-q', '-b', 'feature']).code).toBe(0);
  repo.write('apps/support-bot/.claude/agents/triage.md', agent('triage', 'Handle triage. Ask for the order number first.'));
  expect(repo.commit('triage asks for the order number', '2026-01-03').code).toBe(0);
  // The hook refuses a case collision; a web editor does not, and `record --all` records it.
  repo.write('prompts/Support/Greet.md', promptFile({ title: 'Greeting, shouting' }, 'SAY HELLO.'));
  expect(repo.commit('add a shouting greeting', '2026-01-04', { args: ['--no-verify'] }).code).toBe(0);
  expect(repo.cli(['record', '--all']).code).toBe(0);
  expect(repo.commit('record it', '2026-01-05', { add: false }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('check --since warns only about the files the range changed', () => {
  it('in --format github, annotates the edited agent and the new colliding prompt (whichever side the warning names), and one line counts the rest by code', () => {
    const result = repo.cli(['check', '--format', 'github', '--since', 'main']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const annotations = warningAnnotations(result.stdout);
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toMatch(/^::warning file=apps\/support-bot\/\.claude\/agents\/triage\.md,line=\d+,title=front-matter-lenient::front matter is not valid YAML/);
    expect(annotations[1]).toMatch(/^::warning file=prompts\/[sS]upport\/[gG]reet\.md,title=id-case-collision::/);
    expect(annotations[2]).toBe(`::warning title=unchanged-files::${SUMMARY}`);
  });

  it('counts them all in the one line when the range changed none of them', () => {
    const result = repo.cli(['check', '--format', 'github', '--since', 'HEAD']);
    expect(warningAnnotations(result.stdout)).toEqual(['::warning title=unchanged-files::6 more warnings about 6 files this range did not change (front-matter-duplicate-key 1, front-matter-lenient 4, id-case-collision 1): run `promptvault check` locally to list them']);
  });

  it('without --since, lists every warning, as before', () => {
    const result = repo.cli(['check']);
    expect(result.code).toBe(0);
    for (const file of ['triage', 'refunds', 'escalation'].map((name) => `apps/support-bot/.claude/agents/${name}.md`).concat('apps/docs-assistant/.cursor/rules/typescript.mdc', 'prompts/support/refund.md')) {
      expect(result.stderr).toContain(`${file}:`);
    }
    expect(result.stderr).toContain('differs only by letter case');
    expect(result.stderr).not.toContain('this range did not change');
  });

  it('in text with --since, names the changed files and counts the rest on stderr', () => {
    const result = repo.cli(['check', '--since', 'main']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('apps/support-bot/.claude/agents/triage.md:');
    expect(result.stderr).toContain('differs only by letter case');
    expect(result.stderr).not.toContain('apps/support-bot/.claude/agents/refunds.md:');
    expect(result.stderr).not.toContain('prompts/support/refund.md:');
    expect(result.stderr).toContain(`promptvault check: ${SUMMARY}`);
  });
});

describe('warningsOfChangedFiles', () => {
  it('keeps a collision named on the old file when the range changed the other side, and counts none left out as nothing', () => {
    const collision = { code: 'id-case-collision', file: 'prompts/support/greet.md', related: ['prompts/Support/Greet.md'], message: 'differs only by letter case' };
    expect(warningsOfChangedFiles([collision], new Set(['prompts/Support/Greet.md']))).toEqual({ warnings: [collision] });
    expect(warningsOfChangedFiles([collision], new Set())).toEqual({ warnings: [], unchanged: { count: 1, files: 1, codes: { 'id-case-collision': 1 } } });
  });
});

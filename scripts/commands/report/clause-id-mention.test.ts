// A clause id is a path, and a codex kept per team reads like a GitHub team mention
// (`codex/@acme/security.md` is the clause `@acme/security`). The PR comment names the clause in
// the summary of its text's collapsed block, HTML GitHub still scans for mentions: every update of
// the comment would notify the team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const clause = (body: string) => `---\ntitle: Keys\ntone: formal\n---\n${body}\n`;

beforeAll(() => {
  repo = createRepo();
  repo.write('codex/@acme/security.md', clause('The assistant must never share API keys.'));
  expect(repo.commit('start', '2026-01-02').code).toBe(0);
  repo.git(['checkout', '-q', '-b', 'soften']);
  repo.write('codex/@acme/security.md', clause('The assistant may share API keys.'));
  const edited = repo.commit('soften the key rule', '2026-01-03');
  expect(edited.code, edited.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a clause id that reads as a team mention', () => {
  it('is named in the PR comment without mentioning anyone, its text still in the code block', () => {
    const result = repo.cli(['report', '--format', 'markdown', '--base', 'main']);
    expect(result.code, result.stderr).toBe(0);
    const md = result.stdout;
    expect(md).toContain('<details><summary>');
    // Outside code spans and fences, no `@` that starts a mention.
    const prose = md.replace(/^(`{3,})diff\n[^]*?\n\1$/gm, '').replace(/`[^`\n]*`/g, '');
    expect(prose).toContain('acme/security');
    expect(prose).not.toMatch(/(^|[^\w])@[\w-]/m);
  });
});

describe('a clause id holding a backtick', () => {
  it('stays inside the code span of the command that closes its audit', () => {
    const id = 'ops/`<img src=x>`[click](example.com)';
    repo.write(`codex/${id}.md`, clause('The assistant must never run scripts.'));
    expect(repo.commit('add the ops rule', '2026-01-04').code).toBe(0);
    repo.write(`codex/${id}.md`, clause('The assistant may run scripts.'));
    expect(repo.commit('soften the ops rule', '2026-01-05').code).toBe(0);
    const md = repo.cli(['report', '--format', 'markdown', '--base', 'main']).stdout;
    const line = md.split('\n').find((l) => l.includes('close it with') && l.includes('img'));
    // CommonMark: a code span opened by N backticks ends only at a run of exactly N.
    const span = /close it with (`+) (.*?) \1 \(or/.exec(line ?? '');
    expect(span?.[2]).toContain(`review '${id}' --audit`);
    expect(span![1]!.length).toBeGreaterThan(1);
  });
});

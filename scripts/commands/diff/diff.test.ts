// A prompt engineer's day from the CLI: compare two versions of a prompt (across a move), compare
// one with the file at HEAD, print an older version and put it back, bring back a deleted prompt.
// One repository for the file, built through the real hook (but for the commits that stage only a
// label file: the hook records nothing for them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const refund = (body: string) => promptFile({ name: 'refund', description: 'Handles refunds' }, body);
const V1 = refund('Refund up to $100.\n\nAlways apologise first.');
const V2 = refund('Refund up to $150.\n\nAlways apologise first.');
const V3 = refund('Refund up to $150.\n\nAlways apologise first.\n\nNever promise a date.');

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.claude/agents/**/*.md']\n");
  repo.write('.claude/agents/refund.md', V1.replace('\n', '\r\n'));
  expect(repo.commit('add refund', '2026-01-02').code).toBe(0);
  repo.write('.claude/agents/refund.md', V2);
  expect(repo.commit('raise the limit', '2026-01-03').code).toBe(0);
  repo.move('.claude/agents/refund.md', '.claude/agents/billing/refund.md');
  expect(repo.commit('move refund under billing', '2026-01-04').code).toBe(0);
  repo.write('.claude/agents/billing/refund.md', V3);
  expect(repo.commit('no dates', '2026-01-05').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('comparing and restoring versions from the CLI', () => {
  it('diff prints a unified diff of two versions, found across a move, each named as log names it', () => {
    const result = repo.cli(['diff', 'refund@2', 'billing/refund@4']);
    expect(result.code, result.stderr).toBe(0);
    const labels = repo.cli(['log', 'billing/refund']).stdout.match(/v\d·[0-9a-f]{6}/g)!;
    expect(result.stdout).toBe([
      `--- a/refund@${labels.find((l) => l.startsWith('v2'))} .claude/agents/refund.md`,
      `+++ b/billing/refund@${labels.find((l) => l.startsWith('v4'))} .claude/agents/billing/refund.md`,
      '@@ -5,3 +5,5 @@',
      ' Refund up to $150.',
      ' ',
      ' Always apologise first.',
      '+',
      '+Never promise a date.',
      '',
    ].join('\n'));
  });

  it('log names each version by the subject of the commit that made it, as a registry shows a version\'s message', () => {
    const lines = repo.cli(['log', 'billing/refund']).stdout.split('\n').filter(Boolean);
    expect(lines.map((line) => /"(.*)"$/.exec(line)?.[1])).toEqual(['no dates', 'move refund under billing', 'raise the limit', 'add refund']);
    const json = JSON.parse(repo.cli(['log', 'billing/refund', '--json']).stdout) as { commit: { id: string; subject: string } }[];
    expect(json[0]!.commit).toEqual({ id: repo.git(['rev-parse', 'HEAD']).stdout.trim(), subject: 'no dates' });
  });

  it('diff with one version compares it with the prompt file at HEAD, and says so when both hold the same text', () => {
    const result = repo.cli(['diff', 'refund@1']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('-Refund up to $100.\n+Refund up to $150.');
    expect(result.stdout).toMatch(/\+\+\+ b\/billing\/refund@v4·[0-9a-f]{6} \.claude\/agents\/billing\/refund\.md/);
    const same = repo.cli(['diff', 'billing/refund@4']);
    expect(same.stdout).toMatch(/^promptvault diff: billing\/refund@v4·[0-9a-f]{6} and billing\/refund@v4·[0-9a-f]{6} hold the same text\n$/);
  });

  it('names every reference that is wrong at once, with the versions there are and the forms expected, exit 2', () => {
    const result = repo.cli(['diff', 'billing/refund@9', 'refnd@x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('promptvault diff: 2 references name no prompt version');
    expect(result.stderr).toMatch(/billing\/refund@9: billing\/refund has no recorded version v9\. Its versions: v1·[0-9a-f]{6}, v2·[0-9a-f]{6}, v3·[0-9a-f]{6}, v4·[0-9a-f]{6}/);
    expect(result.stderr).toMatch(/refnd@x: "refnd@x" is not a version\n  expected: billing\/refund@4, billing\/refund@v4·[0-9a-f]{6}/);
    expect(repo.cli(['diff']).code).toBe(2);
    expect(repo.cli(['show', 'refund@v2-000000']).stderr).toMatch(/refund has no recorded version v2·000000\. Its versions: v1·/);
  });

  it('the forms a wrong reference should take are written with the prompt it named at its newest version, not a sample id', () => {
    // An adopter has no support/refund: the example named a prompt they went looking for.
    const result = repo.cli(['show', 'refund@9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\n  expected: billing\/refund@4, billing\/refund@(v4·[0-9a-f]{6}) \(the label `log` and the site show; v4-[0-9a-f]{6} also works\), or billing\/refund alone for its file at HEAD\n/);
    expect(result.stderr).not.toContain('support/refund');
  });

  it('show prints a version byte for byte (CRLF kept); written back, the hook records it as a revert to that version, from before the move', () => {
    const shown = repo.cli(['show', 'refund@1']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe(V1.replace('\n', '\r\n'));
    repo.write('.claude/agents/billing/refund.md', shown.stdout);
    expect(repo.commit('back to the first text', '2026-01-06').code).toBe(0);
    const [latest] = JSON.parse(repo.cli(['log', 'billing/refund', '--json']).stdout) as { mutation: { version: number; kind: string; symbolic_tags: string[]; reverts_to?: { prompt: string; version: number } } }[];
    expect(latest!.mutation).toMatchObject({ version: 5, kind: 'edit', reverts_to: { prompt: 'refund', version: 1 } });
    expect(latest!.mutation.symbolic_tags).toContain('@revert');
    expect(repo.cli(['diff', 'refund@1', 'billing/refund@5']).stdout).toMatch(/hold the same text/);
  });

  it('a prompt deleted in the web editor while a label names it: check gives the show command that brings it back, and it works', () => {
    expect(repo.cli(['label', 'set', 'production', 'billing/refund@4']).code).toBe(0);
    expect(repo.commit('production: refund v4', '2026-01-07', { add: false, args: ['--no-verify'] }).code).toBe(0);
    repo.remove('.claude/agents/billing/refund.md');
    expect(repo.commit('Delete refund.md', '2026-01-07', { args: ['--no-verify'] }).code).toBe(0);
    const failing = repo.cli(['check']);
    expect(failing.code).toBe(1);
    const command = /or restore the prompt at that version: `(promptvault show billing\/refund@v4-[0-9a-f]{6}) > \.claude\/agents\/billing\/refund\.md`, then commit/.exec(failing.stdout)?.[1];
    expect(command, failing.stdout).toBeDefined();
    repo.write('.claude/agents/billing/refund.md', repo.cli(command!.split(' ').slice(1)).stdout);
    expect(repo.commit('bring refund back for production', '2026-01-07').code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.cli(['label', 'rm', 'production']).code).toBe(0);
    expect(repo.commit('no production label', '2026-01-07', { add: false, args: ['--no-verify'] }).code).toBe(0);
  });

  it('a deleted prompt is compared by its versions and brought back with show', () => {
    repo.remove('.claude/agents/billing/refund.md');
    expect(repo.commit('drop refund', '2026-01-07').code).toBe(0);
    const gone = repo.cli(['diff', 'billing/refund']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/promptvault diff: a reference names no prompt version\nbilling\/refund: no prompt at HEAD has the id "billing\/refund": it was deleted in commit [0-9a-f]{12} \("drop refund"\)\. Name a version to read its text, e\.g\. billing\/refund@6/);
    expect(repo.cli(['diff', 'billing/refund@4', 'billing/refund@5']).stdout).toContain('-Refund up to $150.');
    repo.write('.claude/agents/billing/refund.md', repo.cli(['show', 'billing/refund@4']).stdout);
    expect(repo.commit('bring refund back', '2026-01-08').code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.cli(['diff', 'billing/refund@4']).stdout).toMatch(/hold the same text/);
  });
});

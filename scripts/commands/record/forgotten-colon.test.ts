import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// A newcomer forgets a colon: `tokenizer o200k_base` in .promptvault.yaml, `tone strict` in a
// clause. The hook said "Implicit keys need to be on a single line" with "correct the YAML on that
// line" (the config) or the fix for an unquoted ': ' (a clause): neither names the colon.

const repo = createRepo();
afterAll(() => repo.cleanup());

describe('a line with its colon forgotten', () => {
  it('in .promptvault.yaml blocks the commit naming the line, the colon and the line to write', () => {
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\n");
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('config', '2026-01-01').code).toBe(0);
    const head = repo.git(['rev-parse', 'HEAD']).stdout;
    repo.write('.promptvault.yaml', "prompts: ['prompts/**/*.md']\ncodex: ['codex/**/*.md']\ntokenizer o200k_base\nguard:\n  threshold: 0.5\n");
    const commit = repo.commit('tokenizer', '2026-01-02');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('.promptvault.yaml:3: this line has no ":" after its key ("tokenizer o200k_base")');
    expect(commit.stderr).toContain('fix: write it as "key: value", e.g. tokenizer: o200k_base;');
    expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(head);
    repo.git(['checkout', '-q', 'HEAD', '--', '.promptvault.yaml']);
  });

  it('in a clause blocks the commit naming the line and the line to write', () => {
    repo.write('codex/refunds/window.md', '---\ntitle: Refund window\ntone strict\n---\nCustomers must request a refund within 30 days.\n');
    const commit = repo.commit('clause', '2026-01-03');
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('codex/refunds/window.md:3: front matter is not valid YAML: this line has no ":" after its key ("tone strict")');
    expect(commit.stderr).toContain('fix: write it as "key: value", e.g. tone: strict');
  });
});

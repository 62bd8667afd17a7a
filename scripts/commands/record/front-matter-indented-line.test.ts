import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// A newcomer indents a front-matter line under a key that already has its value
// (`tone: strict` then `  extra: bad`). The hook named the line above, twice, with the fix for
// `description: Use when: asked` ("quote values that contain ': '"), which mends nothing here.

const repo = createRepo();
afterAll(() => repo.cleanup());

describe('a front-matter line indented under a key that has a value', () => {
  it('blocks a clause once, naming that line, the key it sits under and how to mend it', () => {
    repo.write('codex/refunds/window.md', promptFile({ title: 'Refund window', tone: 'strict' }, 'Customers must request a refund within 30 days.'));
    expect(repo.commit('clause', '2026-01-01').code).toBe(0);
    const head = repo.git(['rev-parse', 'HEAD']).stdout;
    repo.write('codex/refunds/window.md', '---\ntitle: Refund window\ntone: strict\n  extra: bad\n---\nCustomers must request a refund within 45 days.\n');
    const commit = repo.commit('widen window', '2026-01-02');
    expect(commit.code).not.toBe(0);
    const said = commit.stderr.split('\n').filter((line) => line.startsWith('codex/refunds/window.md:'));
    expect(said).toEqual(['codex/refunds/window.md:4: front matter is not valid YAML: this line is indented under "tone:", which has its value on the line above already']);
    expect(commit.stderr).toContain('fix: indent this line as far as "tone:" if it is a key of its own; if it belongs in a mapping under "tone:", leave nothing after "tone:" on its line');
    expect(commit.stderr).not.toContain('quote values');
    expect(repo.git(['rev-parse', 'HEAD']).stdout).toBe(head);
  });

  it('names that line in the warning of a prompt read leniently', () => {
    repo.git(['checkout', '-q', 'HEAD', '--', 'codex/refunds/window.md']);
    repo.write('prompts/shipping.md', '---\ntitle: Shipping\nmodel: gpt-4o\n  temperature: 0.2\n---\nAnswer shipping questions.\n');
    const commit = repo.commit('shipping', '2026-01-03');
    expect(commit.code, commit.stderr).toBe(0);
    expect(commit.stderr).toContain('prompts/shipping.md:4: front matter is not valid YAML (this line is indented under "model:", which has its value on the line above already)');
  });
});

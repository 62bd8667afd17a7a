// A Markdown prompt whose front matter holds a key of the wrong kind is recorded with a warning:
// the hook and check name the file and the line of that key, as they do for `tags` and for YAML
// that does not parse, so a team finds `model: { temperature: 0.2 }` in a long header at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

const fm = (lines: string[], body: string) => `---\n${lines.join('\n')}\n---\n${body}\n`;

let repo: TestRepo;
let commitOutput = '';

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', fm(['title: Refund', 'tags: [billing]', 'model: { temperature: 0.2, max_tokens: 400 }'], 'Refund the order {{order}}.'));
  repo.write('prompts/support/greet.md', fm(['title: [Greet, Hello]', 'tone: friendly', 'description: { short: hi }'], 'Greet {{name}}.'));
  repo.write('prompts/support/named.md', fm(['title: Named', 'model: { name: gpt-4o-mini, temperature: 0.2 }'], 'Answer.'));
  const committed = repo.commit('add support prompts', '2026-01-02');
  commitOutput = committed.stdout + committed.stderr;
  expect(committed.code, commitOutput).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a front-matter key of the wrong kind is warned about on its line', () => {
  it('a model mapping without a name: the hook names the file and line, what to write, and records the prompt', () => {
    expect(commitOutput).toContain('prompts/support/refund.md:4: model: a mapping without a name (temperature, max_tokens); no model is recorded, its other keys are kept as settings');
    expect(commitOutput).toContain('model: { name: gpt-4o-mini, temperature: 0.2 }');
    expect(repo.filesAtHead('vault/checkpoints/support/refund')).toHaveLength(1);
  });

  it('check warns the same way, and of text keys holding lists or mappings on their own lines; a named model warns of nothing', () => {
    const result = repo.cli(['check']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toContain('prompts/support/refund.md:4: model: a mapping without a name');
    expect(result.stderr).toContain('prompts/support/greet.md:2: title: expected text, received a list; ignored');
    expect(result.stderr).toContain('prompts/support/greet.md:4: description: expected text, received a mapping; ignored');
    expect(result.stderr).not.toContain('named.md');
  });
});

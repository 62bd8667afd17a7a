import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

// A newcomer names a prompt by its file, before knowing that ids drop the glob's folder and the
// extension: `log prompts/support/refund.md` was "no recorded prompt has the id ...", `show
// prompts/support/refund.md@1` the same, each with a list of ids that did not say which was meant.

const repo = createRepo();
afterAll(() => repo.cleanup());
repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
const first = repo.commit('v1', '2026-01-01');
repo.write('prompts/support/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
const second = repo.commit('v2', '2026-01-02');

describe('a prompt named by its file', () => {
  it('log takes the file for the prompt, from the root, with ./ and from a subfolder', () => {
    expect([first.code, second.code]).toEqual([0, 0]);
    const byId = repo.cli(['log', 'support/refund', '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    for (const args of [['log', 'prompts/support/refund.md', '--json'], ['log', './prompts/support/refund.md', '--json'], ['log', '--cwd', `${repo.dir}/prompts/support`, 'refund.md', '--json']]) {
      const byFile = repo.cli(args);
      expect(byFile.code, byFile.stderr).toBe(0);
      expect(byFile.stdout).toBe(byId.stdout);
    }
  });

  it('show and label set name the id to write instead', () => {
    const show = repo.cli(['show', 'prompts/support/refund.md@1']);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('"prompts/support/refund.md" is the file of the prompt "support/refund": name the prompt by its id, support/refund@1');
    const label = repo.cli(['label', 'set', 'production', './prompts/support/refund.md@2']);
    expect(label.code).toBe(2);
    expect(label.stderr).toContain('is the file of the prompt "support/refund": name the prompt by its id, support/refund@2');
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('a path outside the repository is still an unknown id', () => {
    const outside = repo.cli(['log', '../elsewhere/refund.md']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('no recorded prompt has the id "../elsewhere/refund.md"');
  });
});

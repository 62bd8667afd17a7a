import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// `init --prompts <glob>` writes the glob into .promptvault.yaml. A folder whose name holds a line
// break made a single-quoted value YAML cannot read back ("Missing closing 'quote"), so the first
// `check` after init refused the config init had just written.

let repo: TestRepo;
afterAll(() => repo?.cleanup());

describe('init --prompts with globs holding a line break or quotes', () => {
  it('writes a config that reads back to the very globs, and the prompts they name are recorded', () => {
    repo = createRepo({ hooks: false });
    const globs = ['team\nA/**/*.md', 'it\'s "x"/**/*.md'];
    repo.write('team\nA/greet.md', promptFile({ title: 'Greet' }, 'Greet the customer.'));
    repo.write('it\'s "x"/refund.md', promptFile({ title: 'Refund' }, 'Help with a refund.'));
    const init = repo.cli(['init', ...globs.flatMap((glob) => ['--prompts', glob])]);
    expect(init.code, init.stderr).toBe(0);
    expect(parse(repo.read('.promptvault.yaml')).prompts).toEqual(globs);
    repo.git(['add', '-A']);
    const recorded = repo.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stderr).not.toContain('.promptvault.yaml');
    // The records are staged already; this repository has no CLI for init's hook files to run.
    expect(repo.commit('adopt', '2026-01-02', { add: false, args: ['--no-verify'] }).code).toBe(0);
    expect(repo.filesAtHead('vault/checkpoints/').map((file) => file.split('/').slice(2, -1).join('/')).sort()).toEqual(['greet', 'refund']);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout).toBe(0);
  });
});

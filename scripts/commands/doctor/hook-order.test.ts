import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { stepsAfterRecord } from './steps-after-record.ts';

// An adopter with husky and lint-staged: `init` put promptvault's line last in .husky/pre-commit,
// then lint-staged's setup appended `npx lint-staged` after it. The formatter rewrites a prompt
// after its version was written; the commit holds records of a text it does not hold. Here the
// formatter is a one-line stand-in doing what `prettier --write` + re-staging does: strip the
// trailing spaces of the staged prompt and `git add` it again.

const FORMATTER = "sed -i 's/ *$//' prompts/refund.md && git add prompts/refund.md";

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));
// Both cases start from the same first version through the hook, committed once and copied.
let template: TestRepo;
beforeAll(() => {
  template = createRepo();
  repos.push(template);
  template.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
  expect(template.commit('v1', '2026-01-01').code).toBe(0);
});
const copyOfTemplate = (): TestRepo => {
  const repo = copyRepo(template);
  repos.push(repo);
  return repo;
};

describe('a step after promptvault in the pre-commit hook', () => {
  it('rewrites a prompt after it was recorded: check and the branch report say the hook recorded it and a later step changed it, doctor names the step, and putting our line last fixes the next commit', () => {
    const repo = copyOfTemplate();
    const hook = path.join(repo.dir, '.husky/pre-commit');
    const ours = fs.readFileSync(hook, 'utf8');
    fs.writeFileSync(hook, `${ours.trimEnd()}\n${FORMATTER}\n`);

    const doctor = repo.cli(['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`NO  pre-commit: ${hook} runs \`${FORMATTER}\` (line 3) after promptvault records the commit: a step there that rewrites staged files (lint-staged, a formatter) changes prompts after their versions were written`);
    expect(doctor.stdout).toContain(`fix: move the line running \`promptvault record --hook pre-commit\` to the end of ${hook}`);

    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.   '));
    const committed = repo.commit('kinder', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: refund v2·[0-9a-f]{6}/);
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    const commit = repo.git(['rev-parse', '--short=12', 'HEAD']).stdout.trim();
    expect(check.stdout).toContain(`prompts/refund.md: differs from its latest recorded version v2, which the hook recorded in the very commit that last changed the file: a step of the pre-commit hook that ran after promptvault (lint-staged, a formatter) rewrote the staged file once its version was written; last changed in commit ${commit} by Ada Reviewer <ada@example.com> on 2026-01-02 ("kinder")`);
    expect(check.stdout).toContain('fix: put the line running `promptvault record --hook pre-commit` last in .husky/pre-commit (`promptvault doctor` names the steps after it), then run `promptvault record --all` and commit the records it stages');
    // The pull request's comment says the same of the file.
    const report = repo.cli(['report', '--format', 'markdown', '--base', 'HEAD~1']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('**1 file(s) changed without the hook (a web edit, a bot, hooks not installed) or rewritten after it (a pre-commit step after promptvault\'s, an amend with --no-verify)');
    expect(report.stdout).toContain('- `prompts/refund.md`: differs from its latest recorded version v2, which the hook recorded in the very commit that last changed the file: a step of the pre-commit hook that ran after promptvault \\(lint-staged, a formatter\\) rewrote the staged file once its version was written; last changed in commit');

    // The fix: the formatter first, promptvault last; then the resync the fix names.
    fs.writeFileSync(hook, ours.replace(/^(.*record --hook pre-commit.*)$/m, `${FORMATTER}\n$1`));
    expect(repo.cli(['doctor']).code).toBe(0);
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('resync', '2026-01-03').code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly and fast.   '));
    expect(repo.commit('faster', '2026-01-04').code).toBe(0);
    expect(repo.showHead('prompts/refund.md')).toContain('kindly and fast.\n');
    const after = repo.cli(['check']);
    expect(after.code, after.stderr).toBe(0);
  });

  it('a prompt changed by a later commit made without the hook is still "changed without the hook"', () => {
    const repo = copyOfTemplate();
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    expect(repo.commit('kinder', '2026-01-02', { args: ['--no-verify'] }).code).toBe(0);
    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('prompts/refund.md: differs from its latest recorded version v1: it was changed without the hook');
  });
});

describe('stepsAfterRecord', () => {
  it('lists the commands after the record line, leaving out blank lines and comments', () => {
    const text = 'export PATH="$(dirname "$0")/../node_modules/.bin:$PATH"\n# promptvault\npromptvault record --hook pre-commit\n\n# format\nnpx lint-staged\r\nnpm test\n';
    expect(stepsAfterRecord(text, 'record --hook pre-commit')).toEqual([{ line: 6, command: 'npx lint-staged' }, { line: 7, command: 'npm test' }]);
  });

  it('is empty when the record line is last, commented out or absent', () => {
    expect(stepsAfterRecord('npx lint-staged\npromptvault record --hook pre-commit\n# done\n', 'record --hook pre-commit')).toEqual([]);
    expect(stepsAfterRecord('# promptvault record --hook pre-commit\nnpx lint-staged\n', 'record --hook pre-commit')).toEqual([]);
    expect(stepsAfterRecord('npx lint-staged\n', 'record --hook pre-commit')).toEqual([]);
  });

  it('leaves out the ends of the block the record line stands in, and of the hook', () => {
    const guarded = 'if [ -x node_modules/.bin/promptvault ]; then\n  npx --no-install promptvault record --hook pre-commit\nfi\nexit $?\n';
    expect(stepsAfterRecord(guarded, 'record --hook pre-commit')).toEqual([]);
    const looped = 'for dir in a b; do\n  (cd "$dir" && npx promptvault record --hook pre-commit)\ndone\nnpx lint-staged\n';
    expect(stepsAfterRecord(looped, 'record --hook pre-commit')).toEqual([{ line: 4, command: 'npx lint-staged' }]);
  });
});

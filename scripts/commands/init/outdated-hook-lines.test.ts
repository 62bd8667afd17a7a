import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { findOutdatedHookLines, rewriteOutdatedHookLines } from '../../lib/config/outdated-hook-lines.ts';
import { hookLines } from './index.ts';

// A team that adopted promptvault before session 23 has the post-commit line of that init, which
// runs `git reflog -1` (git 2.39 reads the whole reflog for it, on every commit). It still works,
// so nothing said so: init kept it and doctor was silent. Now doctor names it and `init --hooks`
// (which every `npm install` runs) rewrites it, and only it. Doctor named it on an `ok` line and
// exited 0 (session 24); a finding with a fix is now a `NO` line and exit 1, as the other stale
// shapes are (an older prepare script, promptvault installed twice).

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const CLI = 'node "$hook_dir/../scripts/bin.js"';
const FIND_CLI = 'hook_dir=${0%/*}; [ "$hook_dir" != "$0" ] || hook_dir=.; export PATH="$hook_dir/../node_modules/.bin:$PATH"';
/** The line init wrote from 2026-12-01 to 2026-12-05 (c298e3a9), with this repository's command. */
const FIRST = `case "$(git reflog -1 --format=%gs 2>/dev/null)" in revert:*|cherry-pick:*) ${CLI} repair --hook post-commit ;; esac`;
/** The line init wrote for twenty minutes on 2026-12-05 (d6ad5621): "revert:" after any tab. */
const SECOND = `d=\${GIT_DIR:-.git}; if [ -f "$d/logs/HEAD" ] && [ ! -e "$d/reftable" ]; then made=$(tail -n 1 "$d/logs/HEAD"); else made="\t$(git reflog -1 --format=%gs 2>/dev/null)"; fi; case "$made" in *"\trevert:"*|*"\tcherry-pick:"*) promptvault repair --hook post-commit ;; esac`;
/** Lines of the team's own, which look like ours and must stay as they are. */
const TEAMS = [
  'git reflog -1 --format=%gs >> "${GIT_DIR:-.git}/made.log"',
  `case "$(git reflog -1 --format=%gs 2>/dev/null)" in revert:*|cherry-pick:*|merge*) ${CLI} repair --hook post-commit ;; esac`,
];

describe("an older init's post-commit line", () => {
  it('is named by doctor and rewritten by init --hooks with its own command; a revert is still recorded; the team\'s lines stay', () => {
    const repo = createRepo();
    repos.push(repo);
    const hook = [FIND_CLI, TEAMS[0], FIRST, `  ${TEAMS[1]}`, ''].join('\n');
    repo.write('.husky/post-commit', hook);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(repo.commit('add refund', '2026-01-01').code).toBe(0);
    repo.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds, kindly.'));
    expect(repo.commit('kinder refund', '2026-01-02').code).toBe(0);

    const doctor = repo.cli(['doctor']);
    expect(doctor.code, doctor.stdout).toBe(1);
    const file = path.join(repo.dir, '.husky/post-commit');
    expect(doctor.stdout).toContain(`ok  post-commit: runs promptvault (${file})\n`);
    expect(doctor.stdout).toContain(`NO  post-commit: line 3 of ${file} is an older init's, which runs \`git reflog -1\`, which reads HEAD's whole reflog on every commit`);
    expect(doctor.stdout).toContain('    fix: run `npx promptvault init --hooks`: it rewrites that line as init writes it now (no other line changes), then commit .husky/post-commit\n');

    const init = repo.cli(['init', '--hooks']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("promptvault init: .husky/post-commit line 3, an older init's, runs `git reflog -1`");
    expect(init.stdout).toContain('promptvault init: wrote .husky/post-commit\n');
    expect(repo.read('.husky/post-commit')).toBe([FIND_CLI, TEAMS[0], hookLines(CLI)['post-commit'], `  ${TEAMS[1]}`, ''].join('\n'));
    const mended = repo.cli(['doctor']);
    expect(mended.code, mended.stdout).toBe(0);
    expect(mended.stdout).not.toContain("an older init's");
    expect(mended.stdout).not.toContain('fix:');
    // Run again, nothing to do.
    expect(repo.cli(['init', '--hooks']).stdout).not.toContain('wrote .husky/post-commit');
    expect(repo.commit('the post-commit line of this init', '2026-01-03').code).toBe(0);

    // The rewritten line runs repair after a revert: the revert commit holds its records.
    const reverted = repo.git(['revert', '--no-edit', 'HEAD~1'], { date: '2026-01-04' });
    expect(reverted.code, reverted.stderr).toBe(0);
    expect(repo.git(['show', '--name-only', '--diff-filter=A', '--format=', 'HEAD']).stdout).toMatch(/^vault\/checkpoints\/refund\//m);
    const check = repo.cli(['check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it("in a hooks folder of the team's own (core.hooksPath, where init does not write), doctor gives the line to put there instead", () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    repo.write('team-hooks/post-commit', `#!/bin/sh\n${FIRST.replace(CLI, 'npx --no-install promptvault')}\n`);
    fs.chmodSync(path.join(repo.dir, 'team-hooks/post-commit'), 0o755);
    expect(repo.git(['config', 'core.hooksPath', 'team-hooks']).code).toBe(0);
    const doctor = repo.cli(['doctor']);
    expect(doctor.code, doctor.stdout).toBe(1);
    expect(doctor.stdout).toContain(`NO  post-commit: line 2 of ${path.join(repo.dir, 'team-hooks/post-commit')} is an older init's, which runs \`git reflog -1\``);
    expect(doctor.stdout).toContain(`    fix: replace that line with the one init writes now: ${hookLines('npx --no-install promptvault')['post-commit']}\n`);
  });

  it('is found in each shape an older init wrote, whatever its command, and no line of another shape is', () => {
    expect(findOutdatedHookLines('post-commit', [FIND_CLI, FIRST, SECOND].join('\n')).map(({ line, cli }) => ({ line, cli }))).toEqual([
      { line: 2, cli: CLI },
      { line: 3, cli: 'promptvault' },
    ]);
    expect(findOutdatedHookLines('post-commit', [...TEAMS, hookLines('promptvault')['post-commit'], `${FIRST} # ours`].join('\n'))).toEqual([]);
    expect(findOutdatedHookLines('pre-commit', FIRST)).toEqual([]);
  });

  it('is dropped, not rewritten, beside the line init writes now (repair would run twice), and two of them give one', () => {
    const current = (cli: string) => hookLines(cli)['post-commit']!;
    const now = current(CLI);
    expect(rewriteOutdatedHookLines('post-commit', [FIND_CLI, FIRST, now, ''].join('\n'), current).text).toBe([FIND_CLI, now, ''].join('\n'));
    expect(rewriteOutdatedHookLines('post-commit', [FIND_CLI, FIRST, FIRST, ''].join('\n'), current).text).toBe([FIND_CLI, now, ''].join('\n'));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { as, CLI_ENTRY, createRepo, gitIn, mustSucceed, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A shared prompt library kept as a git submodule of the application's repository, and edited in
// place: its checkout's `.git` is a file naming the superproject's `.git/modules/library`. init
// took the parent of the common git dir for the working tree (`.git/modules/`), and husky said
// ".git can't be found": no hooks, so the library's commits went unrecorded (adopter trial).

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

describe('init in a git submodule checkout', () => {
  it('installs the hooks in the submodule\'s own working tree, whose commits are then recorded; doctor agrees', () => {
    const app: TestRepo = createRepo();
    cleanups.push(() => app.cleanup());
    const library = `${app.dir}-library`;
    cleanups.push(() => fs.rmSync(library, { recursive: true, force: true }));
    fs.mkdirSync(path.join(library, 'prompts'), { recursive: true });
    mustSucceed(gitIn(library, ['init', '-q', '-b', 'main']), 'git init');
    fs.writeFileSync(path.join(library, '.gitignore'), 'node_modules/\n');
    fs.writeFileSync(path.join(library, 'prompts/triage.md'), promptFile({ title: 'Triage' }, 'Sort tickets by urgency.'));
    mustSucceed(gitIn(library, ['add', '.']), 'git add');
    mustSucceed(gitIn(library, ['commit', '-qm', 'library'], { env: as('Lib', 'lib@example.com') }), 'git commit');

    app.write('prompts/refund.md', promptFile({ title: 'Refund' }, 'Help with refunds.'));
    expect(app.commit('v1', '2026-01-01').code).toBe(0);
    expect(app.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/library']).code).toBe(0);
    expect(app.commit('the shared library', '2026-01-02').code).toBe(0);
    const checkout = path.join(app.dir, 'vendor/library');
    expect(fs.statSync(path.join(checkout, '.git')).isFile()).toBe(true);
    // What `npm install -D promptvault` in the checkout leaves for the hook files: this checkout's CLI.
    fs.mkdirSync(path.join(checkout, 'node_modules/.bin'), { recursive: true });
    fs.writeFileSync(path.join(checkout, 'node_modules/.bin/promptvault'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n`, { mode: 0o755 });

    const init = app.cli(['init', '--cwd', checkout]);
    expect(init.code, init.stderr).toBe(0);
    expect(gitIn(checkout, ['config', 'core.hooksPath']).stdout.trim()).toBe(path.join(checkout, '.husky/_'));
    expect(fs.existsSync(path.join(checkout, '.husky/_/pre-commit'))).toBe(true);
    expect(fs.existsSync(path.join(app.dir, '.git/modules/.husky'))).toBe(false);
    const doctor = app.cli(['doctor', '--cwd', checkout]);
    expect(doctor.stdout).toContain(`ok  the main worktree ${checkout}`);
    expect(doctor.code, doctor.stdout).toBe(0);

    mustSucceed(gitIn(checkout, ['add', '-A']), 'git add');
    expect(app.cli(['backfill', '--cwd', checkout]).code).toBe(0);
    mustSucceed(gitIn(checkout, ['commit', '-qm', 'adopt promptvault'], { date: '2026-01-03' }), 'adopt');
    fs.writeFileSync(path.join(checkout, 'prompts/triage.md'), promptFile({ title: 'Triage' }, 'Sort tickets by urgency, then by age.'));
    const edit = gitIn(checkout, ['commit', '-qam', 'by age too'], { date: '2026-01-04' });
    expect(edit.code, edit.stderr).toBe(0);
    expect(edit.stderr).toMatch(/promptvault: triage v2·[0-9a-f]{6} \(edit from triage@v1·[0-9a-f]{6}\)/);
    expect(app.cli(['check', '--cwd', checkout]).code).toBe(0);
  });
});

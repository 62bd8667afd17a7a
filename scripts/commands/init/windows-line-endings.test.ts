import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A mixed Windows/macOS team: the Windows clones have core.autocrlf=true, so git checks text files
// out with CRLF, the hook files in .husky/ included, and sh then runs
// `promptvault record --hook pre-commit\r`: every commit was refused with `received "pre-commit"`,
// the carriage return invisible. `init` now commits `.husky/* text eol=lf` in .gitattributes,
// `init --hooks` (npm install's prepare) mends a clone checked out before that, `doctor` names it.

let origin: TestRepo;
const clones: string[] = [];
afterAll(() => {
  origin?.cleanup();
  for (const dir of clones) fs.rmSync(dir, { recursive: true, force: true });
});

/** The installed `promptvault` command, as npm links it into node_modules/.bin (the hooks look there first). */
function linkCli(dir: string): void {
  fs.mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  fs.symlinkSync(path.join(PROJECT_ROOT, 'scripts/bin.js'), path.join(dir, 'node_modules/.bin/promptvault'));
}

/** A Windows team member's clone of origin at `ref`, with husky's runner installed as `npm install` would. */
function windowsClone(name: string, ref: string): string {
  const dir = `${origin.dir}-${name}`;
  clones.push(dir);
  expect(origin.git(['clone', '-q', '-c', 'core.autocrlf=true', '-b', ref, origin.dir, dir]).code).toBe(0);
  linkCli(dir);
  return dir;
}

const edit = (dir: string, file: string, text: string) => fs.appendFileSync(path.join(dir, file), text);

beforeAll(() => {
  origin = createRepo({ hooks: false });
  origin.write('prompts/réponse.md', promptFile({ title: 'Réponse' }, 'Réponds poliment au client.'));
  expect(origin.commit('the prompts we have', '2026-01-02').code).toBe(0);
  linkCli(origin.dir);
  const init = origin.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
  expect(init.stdout).toContain('promptvault init: wrote .gitattributes');
  expect(origin.cli(['backfill']).code).toBe(0);
  expect(origin.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
  // A team that adopted before init wrote the attribute: the same repository without it.
  origin.git(['checkout', '-q', '-b', 'adopted-before']);
  origin.remove('.gitattributes');
  expect(origin.commit('no attributes', '2026-01-04').code).toBe(0);
  origin.git(['checkout', '-q', 'main']);
});

describe('hook files on a Windows clone with core.autocrlf=true', () => {
  it('init commits .husky/* text eol=lf, so a Windows clone checks the hooks out LF and its commits are recorded', () => {
    expect(origin.showHead('.gitattributes')).toContain('.husky/* text eol=lf\n');
    const dir = windowsClone('win', 'main');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).not.toContain('\r');
    expect(origin.cli(['init', '--hooks', '--cwd', dir]).code).toBe(0);
    edit(dir, 'prompts/réponse.md', 'Merci.\r\n');
    const committed = origin.git(['-C', dir, 'commit', '-qam', 'from Windows'], { date: '2026-01-05' });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: réponse v2·[0-9a-f]{6} \(edit from réponse@v1·[0-9a-f]{6}\)/);
  });

  it('a clone checked out with CRLF hooks says the hook file has Windows line endings, doctor names it, and init --hooks mends it', () => {
    const dir = windowsClone('win-old', 'adopted-before');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toContain('\r\n');
    // What an older promptvault's prepare left: husky's runner in place, the CRLF hook files kept.
    expect(origin.git(['-C', dir, 'config', 'core.hooksPath', path.join(dir, '.husky/_')]).code).toBe(0);
    fs.cpSync(path.join(origin.dir, '.husky/_'), path.join(dir, '.husky/_'), { recursive: true });
    edit(dir, 'prompts/réponse.md', 'Merci.\r\n');
    const refused = origin.git(['-C', dir, 'commit', '-qam', 'from Windows'], { date: '2026-01-05' });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('promptvault record: --hook must be pre-commit or pre-merge-commit, received "pre-commit\\r" (its "\\r" is a carriage return: the hook file in .husky/ has Windows line endings');
    expect(refused.stderr).toContain('fix: run `npx promptvault init --hooks`, which rewrites the hook files with LF');

    const doctor = origin.cli(['doctor', '--cwd', dir]);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('.husky/pre-commit has Windows line endings (CRLF, e.g. from core.autocrlf=true)');

    const mend = origin.cli(['init', '--hooks', '--cwd', dir]);
    expect(mend.code, mend.stderr).toBe(0);
    expect(mend.stdout).toContain('promptvault init: .husky/pre-commit had Windows line endings (CRLF, from core.autocrlf=true), which sh cannot run: rewritten with LF');
    expect(mend.stdout).toContain('commit the line `.husky/* text eol=lf` in .gitattributes');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).not.toContain('\r');
    // Only the line ends changed: git, normalising them, sees no change, and status lists none.
    expect(origin.git(['-C', dir, 'diff', '--quiet', '--', '.husky']).code).toBe(0);
    expect(origin.git(['-C', dir, 'status', '--porcelain', '--', '.husky']).stdout).toBe('');
    expect(origin.cli(['doctor', '--cwd', dir]).code).toBe(0);
    const committed = origin.git(['-C', dir, 'commit', '-qam', 'from Windows'], { date: '2026-01-05' });
    expect(committed.code, committed.stderr).toBe(0);
    expect(committed.stderr).toMatch(/promptvault: réponse v2·[0-9a-f]{6} \(edit from réponse@v1·[0-9a-f]{6}\)/);
  });

  it('mending a clone whose pull brought the attribute after its CRLF checkout does not ask to commit the line again', () => {
    const dir = windowsClone('win-pulled', 'adopted-before');
    // A pull that brings .gitattributes writes only the files it changes: the hooks stay CRLF.
    expect(origin.git(['-C', dir, 'checkout', 'origin/main', '--', '.gitattributes']).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toContain('.husky/* text eol=lf');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toContain('\r\n');
    const mend = origin.cli(['init', '--hooks', '--cwd', dir]);
    expect(mend.code, mend.stderr).toBe(0);
    expect(mend.stdout).toContain('.husky/pre-commit had Windows line endings');
    expect(mend.stdout).not.toContain('commit the line');
  });
});

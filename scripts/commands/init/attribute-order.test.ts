import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// In a .gitattributes, a later line that matches a path wins for each attribute it names. A
// repository that already has `* text=auto`, `* -text` or `* text eol=crlf` lines must still give
// the hook files LF in a Windows clone (core.autocrlf=true), or sh reads `pre-commit\r`.

const repos: TestRepo[] = [];
const clones: string[] = [];
afterAll(() => {
  for (const repo of repos) repo.cleanup();
  for (const dir of clones) fs.rmSync(dir, { recursive: true, force: true });
});

/** A repository with this .gitattributes, set up by init and committed; the hook file as a Windows clone checks it out. */
function hookInWindowsClone(attributes: string): { attributes: string; hook: string; initOut: string } {
  const repo = createRepo({ hooks: false });
  repos.push(repo);
  repo.write('prompts/greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name.'));
  repo.write('.gitattributes', attributes);
  expect(repo.commit('prompts and our attributes', '2026-01-02').code).toBe(0);
  const init = repo.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
  expect(repo.commit('adopt promptvault', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
  const clone = `${repo.dir}-windows`;
  clones.push(clone);
  expect(repo.git(['clone', '-q', '-c', 'core.autocrlf=true', repo.dir, clone]).code).toBe(0);
  return { attributes: repo.read('.gitattributes'), hook: fs.readFileSync(path.join(clone, '.husky/pre-commit'), 'utf8'), initOut: init.stdout };
}

describe('the hook files stay LF in a Windows clone whatever .gitattributes held before init', () => {
  it('after `* text=auto`: init adds its line after it', () => {
    const { attributes, hook } = hookInWindowsClone('* text=auto\n');
    expect(attributes).toMatch(/^\* text=auto\n.*\.husky\/\* text eol=lf\n$/s);
    expect(hook).not.toContain('\r');
  });

  it('after `* -text`: init adds its line after it', () => {
    const { hook } = hookInWindowsClone('* -text\n');
    expect(hook).not.toContain('\r');
  });

  it('after `* text=auto eol=crlf`: init adds its line after it, which wins', () => {
    const { hook } = hookInWindowsClone('* text=auto eol=crlf\n');
    expect(hook).not.toContain('\r');
  });

  it('when a later line overrides an earlier `.husky/* text eol=lf`: init adds its line again, last', () => {
    const { attributes, hook } = hookInWindowsClone('.husky/* text eol=lf\n*.sh text eol=lf\n* text eol=crlf\n');
    expect(attributes.trimEnd().split('\n').at(-1)).toBe('.husky/* text eol=lf');
    expect(hook).not.toContain('\r');
  });

  it('keeps a file whose own line already wins, unchanged', () => {
    const before = '* text=auto eol=crlf\n.husky/** text eol=lf\n';
    const { attributes, hook } = hookInWindowsClone(before);
    expect(attributes).toBe(before);
    expect(hook).not.toContain('\r');
  });
});

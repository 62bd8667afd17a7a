import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

// A monorepo shares one .gitattributes (or .gitignore) through a symbolic link. git (2.32 and
// later) does not read such a link in the working tree: "unable to access '.gitattributes': Too
// many levels of symbolic links". Replacing the link with a file would silently end the sharing.

let repo: TestRepo;
afterEach(() => repo?.cleanup());

function setUp(): void {
  repo = createRepo({ hooks: false });
  repo.write('prompts/greeting.md', promptFile({ title: 'Greeting' }, 'Greet the customer by name.'));
  repo.write('shared/gitattributes', '*.png binary\n');
  fs.symlinkSync('shared/gitattributes', path.join(repo.dir, '.gitattributes'));
  expect(repo.commit('prompts and a shared .gitattributes', '2026-01-02').code).toBe(0);
}

describe('init refuses a .gitattributes or .gitignore that is a symbolic link, and writes nothing', () => {
  it('names the link and its target, says why git ignores it and how to fix it', () => {
    setUp();
    const result = repo.cli(['init']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "promptvault init: nothing was written; these files are symbolic links
      .gitattributes: is a symbolic link (to shared/gitattributes); git does not read a .gitattributes that is a link in the working tree (it warns "unable to access '.gitattributes': Too many levels of symbolic links"), so neither its lines nor the one init adds (\`.husky/* text eol=lf\`: the hook files stay LF in Windows clones) would apply
        expected: a regular file at .gitattributes
        fix: replace the link by a copy of what it points to (cp follows the link, mv replaces it): \`cp .gitattributes .gitattributes.copy && mv .gitattributes.copy .gitattributes\`, commit it, and run \`promptvault init\` again
      "
    `);
    expect(fs.lstatSync(path.join(repo.dir, '.gitattributes')).isSymbolicLink()).toBe(true);
    expect(repo.read('shared/gitattributes')).toBe('*.png binary\n');
    expect(repo.exists('.promptvault.yaml')).toBe(false);
    expect(repo.exists('.husky')).toBe(false);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('does the same for a linked .gitignore, and sets up once both are files', () => {
    setUp();
    fs.rmSync(path.join(repo.dir, '.gitattributes'));
    fs.copyFileSync(path.join(repo.dir, 'shared/gitattributes'), path.join(repo.dir, '.gitattributes'));
    repo.write('shared/gitignore', 'dist/\n');
    fs.rmSync(path.join(repo.dir, '.gitignore'));
    fs.symlinkSync('shared/gitignore', path.join(repo.dir, '.gitignore'));
    const refused = repo.cli(['init']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.gitignore: is a symbolic link (to shared/gitignore)');
    expect(refused.stderr).not.toContain('.gitattributes:');
    fs.rmSync(path.join(repo.dir, '.gitignore'));
    fs.copyFileSync(path.join(repo.dir, 'shared/gitignore'), path.join(repo.dir, '.gitignore'));
    const done = repo.cli(['init']);
    expect(done.code, done.stderr).toBe(0);
    expect(repo.read('.gitattributes')).toMatch(/^\*\.png binary\n.*\n\.husky\/\* text eol=lf\n$/s);
    expect(repo.read('.gitignore')).toBe('dist/\nnode_modules/\n');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRepo, type Repo } from '../git/index.ts';
import { gitIn, mustSucceed } from '../../test-utils/repo.ts';
import { hasCrlfLineEnds, keepHookFilesLf, withLfLineEnds } from './hook-line-endings-fs.ts';

const HOOK_FILES = ['.husky/pre-commit', '.husky/pre-merge-commit', '.husky/post-commit', '.husky/post-rewrite'];

const dirs: string[] = [];
afterAll(() => { for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true }); });
/** A repository whose .gitattributes holds `text` (none: null); what git reads, git is asked. */
async function withAttributes(text: string | null): Promise<Repo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-attributes-'));
  dirs.push(dir);
  mustSucceed(gitIn(dir, ['init', '-q']), 'git init');
  if (text !== null) fs.writeFileSync(path.join(dir, '.gitattributes'), text);
  return openRepo({ cwd: dir });
}

describe('hook files are mended only of the CRLF line ends core.autocrlf gives them', () => {
  it('makes CRLF line ends LF and keeps a carriage return of the hook\'s own inside a line', () => {
    const own = 'printf \'50%\r\' >&2\nnpx --no-install promptvault record --hook pre-commit\n';
    expect(hasCrlfLineEnds(own)).toBe(false);
    expect(withLfLineEnds(own)).toBe(own);
    const checkedOut = own.replace(/\n/g, '\r\n');
    expect(hasCrlfLineEnds(checkedOut)).toBe(true);
    expect(withLfLineEnds(checkedOut)).toBe(own);
  });
});

describe('init adds the LF attribute for the hook files to .gitattributes, keeping what is there', () => {
  it('appends after the user\'s lines in their own line ends, once', async () => {
    const repo = await withAttributes('*.png binary\r\n*.sh text eol=lf');
    expect(await keepHookFilesLf(repo, HOOK_FILES)).toBe('changed');
    expect(fs.readFileSync(path.join(repo.dir, '.gitattributes'), 'utf8')).toBe('*.png binary\r\n*.sh text eol=lf\r\n# promptvault: the git hooks are sh scripts; CRLF (core.autocrlf=true) would break them\r\n.husky/* text eol=lf\r\n');
    expect(await keepHookFilesLf(repo, HOOK_FILES)).toBe('kept');
  });

  it('keeps a file whose own wording already gives .husky/ files LF, and creates one where there is none', async () => {
    const repo = await withAttributes('/.husky/** eol=lf\n');
    expect(await keepHookFilesLf(repo, HOOK_FILES)).toBe('kept');
    expect(fs.readFileSync(path.join(repo.dir, '.gitattributes'), 'utf8')).toBe('/.husky/** eol=lf\n');
    const none = await withAttributes(null);
    expect(await keepHookFilesLf(none, HOOK_FILES)).toBe('changed');
    expect(fs.readFileSync(path.join(none.dir, '.gitattributes'), 'utf8')).toMatch(/^# promptvault: .*\n\.husky\/\* text eol=lf\n$/);
  });

  it('adds it beside a line that gives LF to one hook only, or to husky\'s runner folder', async () => {
    for (const line of ['.husky/pre-commit text eol=lf\n', '.husky/_/* eol=lf\n']) {
      const repo = await withAttributes(line);
      expect(await keepHookFilesLf(repo, HOOK_FILES)).toBe('changed');
      const text = fs.readFileSync(path.join(repo.dir, '.gitattributes'), 'utf8');
      expect(text.startsWith(line) && text.endsWith('\n.husky/* text eol=lf\n')).toBe(true);
    }
  });
});

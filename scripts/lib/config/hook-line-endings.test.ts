import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCrlfLineEnds, keepHookFilesLf, withLfLineEnds } from './hook-line-endings-fs.ts';

const dirs: string[] = [];
afterAll(() => { for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true }); });
function withAttributes(text: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-attributes-'));
  dirs.push(dir);
  if (text !== null) fs.writeFileSync(path.join(dir, '.gitattributes'), text);
  return dir;
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
  it('appends after the user\'s lines in their own line ends, once', () => {
    const dir = withAttributes('*.png binary\r\n*.sh text eol=lf');
    expect(keepHookFilesLf(dir)).toBe('changed');
    expect(fs.readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toBe('*.png binary\r\n*.sh text eol=lf\r\n# promptvault: the git hooks are sh scripts; CRLF (core.autocrlf=true) would break them\r\n.husky/* text eol=lf\r\n');
    expect(keepHookFilesLf(dir)).toBe('kept');
  });

  it('keeps a file whose own wording already gives .husky/ files LF, and creates one where there is none', () => {
    const dir = withAttributes('/.husky/** eol=lf\n');
    expect(keepHookFilesLf(dir)).toBe('kept');
    expect(fs.readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toBe('/.husky/** eol=lf\n');
    const none = withAttributes(null);
    expect(keepHookFilesLf(none)).toBe('changed');
    expect(fs.readFileSync(path.join(none, '.gitattributes'), 'utf8')).toMatch(/^# promptvault: .*\n\.husky\/\* text eol=lf\n$/);
  });

  it('adds it beside a line that gives LF to one hook only, or to husky\'s runner folder', () => {
    for (const line of ['.husky/pre-commit text eol=lf\n', '.husky/_/* eol=lf\n']) {
      const dir = withAttributes(line);
      expect(keepHookFilesLf(dir)).toBe('changed');
      const text = fs.readFileSync(path.join(dir, '.gitattributes'), 'utf8');
      expect(text.startsWith(line) && text.endsWith('\n.husky/* text eol=lf\n')).toBe(true);
    }
  });
});

// Node-only: reads and writes .gitattributes and the hook files. Why it exists: a Windows clone
// with `core.autocrlf=true` checks the hook files out with CRLF, and sh then reads
// `promptvault record --hook pre-commit\r`: every commit is refused. The attribute below makes git
// check them out with LF whatever core.autocrlf says; a clone made before it was committed gets
// its hook files rewritten with LF by `init --hooks` (npm install's `prepare`).
import fs from 'node:fs';
import path from 'node:path';
import { checkAttributes, type Repo } from '../git/index.ts';
import { writeFileAtomic } from '../vault/write-fs.ts';

/** The .gitattributes line that keeps the hook files LF in every checkout. */
export const HOOK_EOL_ATTRIBUTE = '.husky/* text eol=lf';

/**
 * Adds HOOK_EOL_ATTRIBUTE at the end of the repository's .gitattributes (creating it when
 * missing), unless git already gives every hook file `text` and `eol=lf`. Asked of git, not read
 * from our line: in a .gitattributes the last matching line wins for each attribute, so an earlier
 * `.husky/* text eol=lf` loses to a later `* text eol=crlf`, and ours, appended, wins over both.
 * Returns whether the file was written or already did it.
 */
export async function keepHookFilesLf(repo: Repo, hookFiles: string[]): Promise<'changed' | 'kept'> {
  if (await hookFilesStayLf(repo, hookFiles)) return 'kept';
  const file = path.join(repo.dir, '.gitattributes');
  const text = readAttributes(file);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = ['# promptvault: the git hooks are sh scripts; CRLF (core.autocrlf=true) would break them', HOOK_EOL_ATTRIBUTE];
  writeFileAtomic(file, `${text}${text && !text.endsWith('\n') ? newline : ''}${lines.join(newline)}${newline}`, '.gitattributes');
  return 'changed';
}

/**
 * Whether a hook file's lines end with CRLF, as core.autocrlf=true checks them out: sh reads the
 * "\r" as part of each line's last word. A carriage return inside a line (a `printf` of one) is
 * the user's own and not a line end.
 */
export function hasCrlfLineEnds(text: string): boolean {
  return text.includes('\r\n');
}

/** The hook file's text with CRLF line ends made LF; any other carriage return kept. */
export function withLfLineEnds(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/**
 * Whether the repository's attribute files give every hook file (`.husky/<hook>`) LF in every
 * checkout: `eol=lf` with `text` not unset (`-text` checks out the bytes as committed, CRLF if a
 * Windows editor saved them so).
 */
export async function hookFilesStayLf(repo: Repo, hookFiles: string[]): Promise<boolean> {
  const given = await checkAttributes(repo, { paths: hookFiles, attributes: ['text', 'eol'] });
  return hookFiles.every((file) => given.get(file)?.get('eol') === 'lf' && given.get(file)?.get('text') !== 'unset');
}

function readAttributes(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

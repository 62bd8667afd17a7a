// Node-only: reads and writes .gitattributes and the hook files. Why it exists: a Windows clone
// with `core.autocrlf=true` checks the hook files out with CRLF, and sh then reads
// `promptvault record --hook pre-commit\r`: every commit is refused. The attribute below makes git
// check them out with LF whatever core.autocrlf says; a clone made before it was committed gets
// its hook files rewritten with LF by `init --hooks` (npm install's `prepare`).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../vault/write-fs.ts';

/** The .gitattributes line that keeps the hook files LF in every checkout. */
export const HOOK_EOL_ATTRIBUTE = '.husky/* text eol=lf';

/**
 * A .gitattributes line that already gives every `.husky/` file LF (ours, or the user's own
 * wording). A line for one hook (`.husky/pre-commit eol=lf`) or for husky's runner (`.husky/_/*`)
 * leaves the other hooks to core.autocrlf: ours is added then.
 */
const HAS_ATTRIBUTE = /^\/?\.husky\/\*{1,2}\s(?:.*\s)?eol=lf(?:\s|$)/m;

/**
 * Adds HOOK_EOL_ATTRIBUTE to the repository's .gitattributes (creating it when missing).
 * Returns whether the file was written or already had such a line.
 */
export function keepHookFilesLf(dir: string): 'changed' | 'kept' {
  const file = path.join(dir, '.gitattributes');
  if (hasHookEolAttribute(dir)) return 'kept';
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

/** Whether the repository's .gitattributes already keeps the hook files LF in every checkout. */
export function hasHookEolAttribute(dir: string): boolean {
  return HAS_ATTRIBUTE.test(readAttributes(path.join(dir, '.gitattributes')).replace(/\r/g, ''));
}

function readAttributes(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

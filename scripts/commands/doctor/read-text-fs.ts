// Node-only: doctor reads files the repository holds (hook files, the pre-commit framework's
// config) where any of them may be missing, a folder or unreadable. Those are the repository's
// state, findings doctor reports with a fix, never errors that stop it.
import fs from 'node:fs';

/** The file's text ('' when it is missing), or why it cannot be read (an errno code such as EISDIR). */
export function readTextIfAny(file: string): { text: string } | { unreadable: string } {
  try {
    return { text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

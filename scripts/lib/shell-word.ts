// One word of a command we print for the user to copy (`npx promptvault review <clause> ...`,
// `git add <file>`): ids and paths come from file names, which may hold spaces, quotes or `$`,
// and a command that splits or expands them does not work. Pure.

/** The text as one POSIX shell word: as it is when nothing in it is special, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w./@:+-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

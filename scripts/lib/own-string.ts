// Pure: a string that does not keep a larger one alive. V8 makes a slice of 13 characters or more
// (slice, substring, split, trim) a view into the string it was cut from, so one path kept from
// a command's output keeps the whole output in memory for as long as the path. The site keeps a
// path, a commit and a date from git's listings for every record: at 50,000 checkpoints that
// held `git ls-files` (11 MB) and `git log` (6 MB) of output, ten times that at 500,000.

/** `value` with storage of its own (a copy when it could be a view into a longer string). */
export function ownString(value: string): string {
  // Concatenating makes a new string; the slice of it is a view into that copy only.
  return value.length < 13 ? value : (' ' + value).slice(1);
}

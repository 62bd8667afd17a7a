// Ids are the path of a prompt or clause below its glob's folder, without the extension: any path
// git can hold (spaces, non-ASCII, dot folders such as `.claude`, upper case, several dots). What
// keeps an id inside its folder is the segment rule: no empty segment, no `.` or `..` segment, no
// NUL. Ids are written to disk only through the encoding in id-path.ts, so a dot folder or a
// space never becomes a hidden or awkward folder under vault/.

export const ID_EXAMPLE = 'support/refund';

/** True for a `/`-separated path of non-empty segments, none of them `.` or `..`. */
export function isValidId(value: string): boolean {
  if (value.length === 0 || value.length > 4096 || value.includes('\0') || value.includes('\\')) return false;
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** isValidId as a regular expression (length aside): segments that are not empty, `.` or `..`; no NUL or backslash. */
export const ID_PATTERN = /^(?!\/)(?!.*\/\/)(?!.*\/$)(?!(?:.*\/)?\.\.?(?:\/|$))[^\0\\]+$/;

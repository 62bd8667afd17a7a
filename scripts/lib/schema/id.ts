import { z } from 'zod';

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
const ID_RULE = `an id made of folder and file names separated by "/", none of them empty, "." or "..", e.g. "${ID_EXAMPLE}"`;

/** A prompt or clause id: its path under its folder without the extension. */
export const idSchema = z
  .string()
  .max(4096, ID_RULE)
  // isValidId as a pattern, so the JSON Schema generated from this one carries the rule to editors.
  .regex(ID_PATTERN, ID_RULE);

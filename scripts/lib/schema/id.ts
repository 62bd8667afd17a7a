import { z } from 'zod';

// Ids name files under prompts/, codex/ and vault/: a segment may not start with a dot, so no id
// can climb out of its folder ("..") or hide a file; "/" separates folders.
const SEGMENT = '[A-Za-z0-9_][A-Za-z0-9_.-]*';
export const ID_PATTERN = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);

export const ID_EXAMPLE = 'support/refund';

/** A prompt or clause id: its path under prompts/ or codex/ without the extension. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, `an id made of folder and file names separated by "/", e.g. "${ID_EXAMPLE}"`);

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

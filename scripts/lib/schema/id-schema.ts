import { z } from 'zod';
import { ID_EXAMPLE, ID_PATTERN } from './id.ts';

// The id rule as a zod schema, apart from id.ts so that code checking ids (the recording commit's)
// does not load zod.

const ID_RULE = `an id made of folder and file names separated by "/", none of them empty, "." or "..", e.g. "${ID_EXAMPLE}"`;

/** A prompt or clause id: its path under its folder without the extension. */
export const idSchema = z
  .string()
  .max(4096, ID_RULE)
  // isValidId as a pattern, so the JSON Schema generated from this one carries the rule to editors.
  .regex(ID_PATTERN, ID_RULE);

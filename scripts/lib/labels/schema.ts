import { z } from 'zod';
import { idSchema } from '../schema/id-schema.ts';

// A label names one version of each of some prompts: `production`, `staging`. One file per label,
// `vault/labels/<label>.yaml`, so moving a label is a commit that changes that file alone: its
// history is `git log vault/labels/<label>.yaml`, and CODEOWNERS can protect it.

export const LABELS_DIR = 'vault/labels';

// A label is a file name: no "/", no leading dot, so no label can climb out of vault/labels/.
export const LABEL_NAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;
export const LABEL_NAME_EXAMPLE = 'production';

/** A label's name, also its file name without `.yaml`, e.g. `production`, `staging`, `canary-eu`. */
export const labelNameSchema = z
  .string()
  .regex(LABEL_NAME_PATTERN, `a label name of letters, digits, "_", "-" and "." (at most 64, not starting with "." or "-"), e.g. "${LABEL_NAME_EXAMPLE}"`)
  .refine((name) => !name.endsWith('.yaml') && !name.includes('..'), 'a label name without ".." and without the ".yaml" extension');

export function isValidLabelName(name: string): boolean {
  return labelNameSchema.safeParse(name).success;
}

/** The version a label names for one prompt. */
export const labelEntrySchema = z.strictObject({
  /** Checkpoint version, e.g. `4`. */
  version: z.number().int().positive(),
  /** Record key: the checkpoint's file name without `.yaml`, e.g. `0004-0d4cf2d0d827`. */
  key: z.string().regex(/^\d{4,}-[0-9a-f]{12}$/, 'a record key like "0004-0d4cf2d0d827" (the checkpoint file name)'),
  /** sha256 of the prompt file at that version, as in its checkpoint. */
  content_hash: z.string().regex(/^sha256-[0-9a-f]{64}$/, 'a content hash like "sha256-<64 hex digits>"'),
  /**
   * The prompt id whose folder holds the record, when it differs from the id the label is set for:
   * a version recorded before the prompt was moved (`billing/refund` labelled at its v1, recorded
   * as `support/refund`).
   */
  record: idSchema.optional(),
});
export type LabelEntry = z.infer<typeof labelEntrySchema>;

/** `vault/labels/<label>.yaml`. */
export const labelFileSchema = z.strictObject({
  /** The label's name; must match the file name. */
  label: labelNameSchema,
  /** Prompt id -> the version the label names. Ids are those of the prompt when the label was set; a later move is followed through the prompt's lineage. */
  prompts: z.record(idSchema, labelEntrySchema),
});
export type LabelFile = z.infer<typeof labelFileSchema>;

export function labelPath(label: string): string {
  return `${LABELS_DIR}/${label}.yaml`;
}

/** The label a path names, or undefined for anything else under vault/ (README.md, strays). */
export function labelOfPath(file: string): string | undefined {
  const match = /^vault\/labels\/([^/]+)\.yaml$/.exec(file);
  return match && isValidLabelName(match[1]!) ? match[1] : undefined;
}

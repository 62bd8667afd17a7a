// Pure: one record file's text parsed and validated against the schema of its kind (the folder it
// lies in): what every snapshot reader and the site's record-parsing threads do with a record.
import type { Validated } from '../schema/validate.ts';
import { auditSchema, checkpointSchema, mutationSchema, type Audit, type Checkpoint, type Mutation } from '../schema/records.ts';
import type { RecordKind } from './paths.ts';
import { CHECKPOINT_EXAMPLE, MUTATION_EXAMPLE } from './read-lineage.ts';
import { parseRecord } from './serialize.ts';

export const AUDIT_EXAMPLE = 'clause: privacy/account-numbers\nprevious_version: ...\nnew_version: ...\nregression_flag: true\n...';

/** The record in `text` (the file `file`, of kind `kind`), validated, or its problems. */
export function parseRecordFile(kind: RecordKind, text: string, file: string): Validated<Checkpoint | Mutation | Audit> {
  return kind === 'checkpoint'
    ? parseRecord(text, file, checkpointSchema, CHECKPOINT_EXAMPLE)
    : kind === 'mutation' ? parseRecord(text, file, mutationSchema, MUTATION_EXAMPLE) : parseRecord(text, file, auditSchema, AUDIT_EXAMPLE);
}

// Pure: one copy of each repeated string in the records the site keeps for the whole build. Each
// record is its own JSON.parse, and V8 gives every string value of a parse storage of its own: the
// same commit id in every record of a commit (`commit_parents`, a parent's `commit`), a version's
// content hash in its checkpoint, its mutation and its children's `parents`, a prompt id in every
// record of the prompt and its children, the tokenizer's name and a variable's in every checkpoint.
// At 50,000 checkpoints those copies were about 30 MB of the 240 MB the build keeps alive, ten
// times that at 500,000 (heap snapshots of the bench's vault).
import type { Checkpoint, Mutation } from '../schema/records.ts';

/** Replaces, in place, each repeated string of the records' fields that repeat with the first copy met. */
export function shareRecordStrings(checkpoints: Checkpoint[], mutations: Mutation[]): void {
  // Dropped on return: only the strings the records hold stay.
  const pool = new Map<string, string>();
  const share = (value: string): string => {
    const first = pool.get(value);
    if (first !== undefined) return first;
    pool.set(value, value);
    return value;
  };
  const shareAll = (values: string[]) => {
    for (let i = 0; i < values.length; i++) values[i] = share(values[i]!);
  };
  const shareOrNull = (value: string | null): string | null => (value === null ? null : share(value));
  // Unique strings (a record's `file`, an audit's texts) are left alone: pooling them saves nothing.
  for (const checkpoint of checkpoints) {
    checkpoint.prompt = share(checkpoint.prompt);
    checkpoint.content_hash = share(checkpoint.content_hash);
    checkpoint.created_at = share(checkpoint.created_at);
    checkpoint.path = share(checkpoint.path);
    checkpoint.title = share(checkpoint.title);
    checkpoint.tone_type = share(checkpoint.tone_type);
    checkpoint.tone_source = share(checkpoint.tone_source) as Checkpoint['tone_source'];
    checkpoint.tokenizer = share(checkpoint.tokenizer);
    checkpoint.assistant = shareOrNull(checkpoint.assistant);
    checkpoint.forked_from = shareOrNull(checkpoint.forked_from);
    shareAll(checkpoint.tags);
    shareAll(checkpoint.variables);
    shareAll(checkpoint.codex);
    shareAll(checkpoint.commit_parents);
    if (checkpoint.kind !== undefined) checkpoint.kind = share(checkpoint.kind);
    if (checkpoint.model !== undefined) checkpoint.model = share(checkpoint.model);
  }
  for (const mutation of mutations) {
    mutation.prompt = share(mutation.prompt);
    mutation.content_hash = share(mutation.content_hash);
    mutation.created_at = share(mutation.created_at);
    mutation.kind = share(mutation.kind) as Mutation['kind'];
    mutation.parent_prompt = shareOrNull(mutation.parent_prompt);
    mutation.assistant = shareOrNull(mutation.assistant);
    shareAll(mutation.symbolic_tags);
    shareAll(mutation.commit_parents);
    for (const parent of mutation.parents) {
      parent.prompt = share(parent.prompt);
      parent.content_hash = share(parent.content_hash);
      parent.commit = shareOrNull(parent.commit);
    }
    if (mutation.reverts_to) {
      mutation.reverts_to.prompt = share(mutation.reverts_to.prompt);
      mutation.reverts_to.content_hash = share(mutation.reverts_to.content_hash);
    }
  }
}

// Pure: labels that name a version repair dropped follow the version that replaced it. A rebase
// onto a branch that changed the same prompt leaves the branch's records describing texts no
// commit holds; repair drops them and records one version per rebased commit. A label set on the
// branch (`label set staging refund@3`, committed and rebased with it) still named the dropped
// record: check failed on a dangling label, and the version meant was right there, renumbered.
import type { LabelEntry, LabelFile } from '../labels/schema.ts';
import type { Mutation } from '../schema/records.ts';
import type { Stored } from './plan.ts';

type Version = Pick<Stored<Mutation>, 'file' | 'prompt' | 'version' | 'content_hash' | 'commit_parents'>;
type RewrittenCommit = { commit: string; parents: readonly string[]; identity: string };

export interface LabelFollow {
  label: string;
  prompt: string;
  from: LabelEntry;
  to: LabelEntry;
}

/** The record key a label names: the checkpoint's (and mutation's) file name without `.yaml`. */
const keyOf = (file: string) => /([^/]+)\.yaml$/.exec(file)?.[1] ?? file;

/**
 * The labels of `labels` moved off the `dropped` records, each to the version that replaced it: the
 * one recorded for the commit the rebase made of the dropped record's commit (`rebasedParents`:
 * dropped record file -> the commit parents of that rebased commit), else the one version of the
 * same prompt with the same text, else the one version of the text that the commit which brought
 * the dropped record holds on this branch (`heldTexts`: a forge's rebase-merge, no rebase here to
 * pair commits by). A label with none stays as it is (check names it).
 */
export function relabelDropped(labels: readonly LabelFile[], dropped: readonly Version[], versions: readonly Version[], rebasedParents: ReadonlyMap<string, readonly string[]>, heldTexts: ReadonlyMap<string, string> = new Map()): { files: LabelFile[]; follows: LabelFollow[] } {
  const droppedByKey = new Map(dropped.map((record) => [`${record.prompt}/${keyOf(record.file)}`, record]));
  const follows: LabelFollow[] = [];
  const files: LabelFile[] = [];
  for (const label of labels) {
    let changed = false;
    const prompts: Record<string, LabelEntry> = {};
    for (const [id, entry] of Object.entries(label.prompts)) {
      const gone = droppedByKey.get(`${entry.record ?? id}/${entry.key}`);
      const next = gone ? replacementOf(gone, versions, rebasedParents.get(gone.file), heldTexts.get(gone.file)) : undefined;
      if (!next) {
        prompts[id] = entry;
        continue;
      }
      const to: LabelEntry = { version: next.version, key: keyOf(next.file), content_hash: next.content_hash, ...(next.prompt !== id ? { record: next.prompt } : {}) };
      prompts[id] = to;
      follows.push({ label: label.label, prompt: id, from: entry, to });
      changed = true;
    }
    if (changed) files.push({ label: label.label, prompts });
  }
  return { files, follows };
}

/** The version that replaced a dropped record: see relabelDropped (the own tags follow it too: retag-dropped.ts). */
export function replacementOf<V extends Version>(gone: Version, versions: readonly V[], parents: readonly string[] | undefined, held: string | undefined): V | undefined {
  const same = versions.filter((version) => version.prompt === gone.prompt && version.file !== gone.file);
  if (parents) {
    const made = same.filter((version) => version.commit_parents.join(',') === parents.join(','));
    if (made.length === 1) return made[0];
  }
  const text = same.filter((version) => version.content_hash === gone.content_hash);
  if (text.length === 1) return text[0];
  const copied = held === undefined ? [] : same.filter((version) => version.content_hash === held);
  return copied.length === 1 ? copied[0] : undefined;
}

/**
 * For each dropped record, the commit parents of the commit a rebase made of the one it was
 * recorded for: that commit is the rebased-away commit whose parents are the record's
 * commit_parents, else the rebased-away commit that added the record file (`addedBy`: a record an
 * earlier rebase kept travelled with commit_parents naming commits from before that rebase, which
 * this one no longer lists), and its rebased copy the new commit with the same author, author date
 * and subject.
 */
export function rebasedParentsOf(dropped: readonly Version[], rebased: { before: readonly RewrittenCommit[]; after: readonly RewrittenCommit[] }, addedBy: ReadonlyMap<string, string> = new Map()): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const record of dropped) {
    const made = rebased.before.filter((commit) => commit.parents.join(',') === record.commit_parents.join(','));
    const original = made.length === 1 ? made[0] : rebased.before.find((commit) => commit.commit === addedBy.get(record.file));
    if (!original) continue;
    const copies = rebased.after.filter((commit) => commit.identity === original.identity);
    if (copies.length === 1) map.set(record.file, copies[0]!.parents);
  }
  return map;
}

/** The dropped records whose commit_parents name no rebased-away commit: their commit is found by the one that added their file. */
export function recordsWithoutParentCommit(dropped: readonly Version[], before: readonly RewrittenCommit[]): Version[] {
  return dropped.filter((record) => before.filter((commit) => commit.parents.join(',') === record.commit_parents.join(',')).length !== 1);
}

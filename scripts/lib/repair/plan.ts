import { refKey } from '../lineage/heads.ts';
import type { Audit, Checkpoint, Mutation } from '../schema/records.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

// Pure: what `promptvault repair` does to the vault of a branch whose commits were made or
// rewritten without the hook (revert, cherry-pick, rebase, a killed run). The model:
// - a record belongs to this branch when it was made for one of its commits (its `commit_parents`
//   are the parents of a commit in the branch's history); records never leave a branch, so one a
//   commit deleted (a revert) comes back;
// - a record copied from another branch (a cherry-pick, a rebase) stays when the commit that
//   copied it holds its very text and its parents are here; otherwise it describes a text no
//   commit of this branch has, and goes (the original stays on its own branch);
// - one change has one record: of duplicates made for the same commit (a killed run and its
//   re-run, committed together) one stays.
// What is left is consistent; the current texts are then recorded like `record --all` does.

export type Stored<T> = T & { file: string };

export interface RepairInput {
  mutations: Stored<Mutation>[];
  checkpoints: Stored<Checkpoint>[];
  audits: Stored<Audit>[];
  /** Records this branch's history deleted and that are not there now, parsed from before the deletion. */
  deleted: { mutations: Stored<Mutation>[]; checkpoints: Stored<Checkpoint>[]; audits: Stored<Audit>[] };
  /**
   * Whether a record was made for a commit of this branch: one whose parents are its
   * `commit_parents` and whose tree holds its text. (A sibling commit on another branch has the
   * same parents; only the text tells them apart.)
   */
  madeHere: (file: string) => boolean;
  /** For records not made on this branch: the content hash of their text in the commit that added them (null: no such file there). */
  textWhereAdded: Map<string, string | null>;
  /**
   * For audits not made here: the content hash of their clause in the parent of the commit that
   * added them (null: no such file there); absent where one parent does not tell (a merge, a moved
   * clause, a root commit).
   */
  textBeforeAdded?: Map<string, string | null>;
  /**
   * Records among those not made here whose adding commit has their `commit_parents` as its
   * parents but not their text: made for that very commit's first attempt, which was then amended
   * without the hook (or whose file a later pre-commit step rewrote). Said as such when dropped.
   */
  firstAttempts?: Set<string>;
  /**
   * Of `firstAttempts`: versions of a commit that a fixup or squash of `git rebase -i` folded the
   * next commit into (a version recorded for the rebased-away copy of that next commit names it as
   * parent). Its text is in no commit, and one rule holds for every rewritten commit: it holds one
   * version per prompt of its net change, as `git commit --amend` records it. So no lineage keeps
   * it, and what descends from it is recorded again from the commits that stand.
   */
  folded?: Set<string>;
  /** Prompt id -> content hash of its current text. */
  currentText: Map<string, string>;
  /** The commit that added each record file (asked for records that may be duplicates only). */
  addedBy: Map<string, string>;
}

/**
 * Groups of mutation records that say the same thing twice: the same version of the same text made
 * for the same commit and added by the same commit (a run killed after writing, then re-run, and
 * both committed; only the date in the file name differs). Two branches that each record a v2 from
 * the same fork point are not duplicates: their texts differ, and each record arrives with its own
 * branch's commit (or, backfilled, with one commit, but still with its own text).
 */
export function duplicateCandidates<M extends Pick<Mutation, 'prompt' | 'version' | 'commit_parents' | 'content_hash'> & { file: string }>(mutations: M[]): M[][] {
  return [...Map.groupBy(mutations, (m) => `${m.prompt}@${m.version}:${m.content_hash}:${m.commit_parents.join(',')}`).values()].filter((group) => group.length > 1);
}

export function findDuplicates<M extends Pick<Mutation, 'prompt' | 'version' | 'commit_parents' | 'content_hash'> & { file: string }>(mutations: M[], addedBy: Map<string, string>): M[][] {
  return duplicateCandidates(mutations).flatMap((group) => [...Map.groupBy(group, (m) => addedBy.get(m.file) ?? m.file).values()].filter((same) => same.length > 1));
}

export interface RepairPlan {
  /** Record files to put back, from `deleted`. */
  restore: string[];
  /** Record files to remove, each with why. */
  drop: Map<string, string>;
}

const FIRST_ATTEMPT = 'recorded for the first attempt of the commit that holds it, whose text that commit does not hold: the commit was amended without the hook (`--no-verify`, HUSKY=0), or a later pre-commit step rewrote the file';

const FOLDED_AUDIT = 'an audit recorded for a commit that a fixup or squash of `git rebase -i` folded the next commit into: its text is in no commit, and the folded change is audited again from that commit\'s parent';
const FOLDED = 'recorded for a commit that a fixup or squash of `git rebase -i` folded the next commit into: its text is in no commit, and the folded commit is recorded as one version of its net change, as `git commit --amend` records it';

/** Records of the same version share a file name in checkpoints/ and mutations/. */
const pairKey = (file: string) => file.replace(/^vault\/(checkpoints|mutations)\//, '');

export function planRepair(input: RepairInput): RepairPlan {
  const drop = new Map<string, string>();
  const restored = input.deleted.mutations.filter((m) => input.madeHere(m.file));
  let mutations = [...input.mutations, ...restored];

  // One change, one record: duplicates made for the same commit.
  const named = new Set(mutations.flatMap((m) => m.parents.map((p) => refKey(p))));
  for (const group of findDuplicates(mutations, input.addedBy)) {
    const ranked = [...group].sort((a, b) =>
      Number(named.has(refKey(b))) - Number(named.has(refKey(a)))
      || Number(b.content_hash === input.currentText.get(b.prompt)) - Number(a.content_hash === input.currentText.get(a.prompt))
      || compareCodeUnits(a.created_at, b.created_at) || compareCodeUnits(a.file, b.file));
    for (const extra of ranked.slice(1)) drop.set(extra.file, `a second record of ${extra.prompt} v${extra.version} for the same commit (left by an interrupted run)`);
  }

  // Copies from another branch: kept only where this branch's commit holds their text.
  for (const m of mutations) {
    if (drop.has(m.file) || input.madeHere(m.file)) continue;
    const clash = mutations.some((o) => o !== m && !drop.has(o.file) && input.madeHere(o.file) && o.prompt === m.prompt && o.version === m.version && o.content_hash !== m.content_hash);
    if (input.folded?.has(m.file)) drop.set(m.file, FOLDED);
    else if (input.textWhereAdded.get(m.file) !== m.content_hash) drop.set(m.file, input.firstAttempts?.has(m.file) ? FIRST_ATTEMPT : `recorded on another branch for a text no commit of this branch holds (copied by a cherry-pick or rebase)`);
    else if (clash) drop.set(m.file, `recorded on another branch as v${m.version}, a number this branch gave another text`);
  }

  // Lineage stays whole: a dropped record a kept one descends from stays, through other dropped
  // ones (a squash merged through the hook names the branch's last version, which names the one
  // before: both stay); a kept copy whose parents are gone goes. Repeated until nothing changes.
  const keptKeys = () => new Set(mutations.filter((m) => !drop.has(m.file)).map((m) => refKey(m)));
  const byKey = Map.groupBy(mutations, (m) => refKey(m));
  // Bounded: each round only restores or removes, and a record comes back only with its parents.
  for (let changed = true, round = 0; changed && round < 1000; round++) {
    changed = false;
    const keys = keptKeys();
    const needed = new Set<string>();
    const wanted = mutations.filter((m) => !drop.has(m.file)).flatMap((m) => m.parents.map((p) => refKey(p)));
    for (let key = wanted.pop(); key !== undefined; key = wanted.pop()) {
      if (needed.has(key)) continue;
      needed.add(key);
      for (const m of byKey.get(key) ?? []) if (drop.has(m.file)) wanted.push(...m.parents.map((p) => refKey(p)));
    }
    // Oldest first: each one restored lets its child come back in the same round, before any
    // kept record is dropped for missing it below.
    for (let restored = true; restored;) {
      restored = false;
      for (const m of mutations) {
        if (drop.has(m.file) && needed.has(refKey(m)) && !keys.has(refKey(m)) && !drop.get(m.file)!.startsWith('a second record') && !input.folded?.has(m.file) && m.parents.every((p) => keys.has(refKey(p)))) {
          drop.delete(m.file);
          keys.add(refKey(m));
          changed = true;
          restored = true;
        }
      }
    }
    for (const m of mutations) {
      const missing = drop.has(m.file) ? undefined : m.parents.find((p) => !keys.has(refKey(p)));
      if (!missing) continue;
      // A record made here can name a version the branch cannot hold: a hook before this fix
      // joined a conflicted cherry-pick's copy with the head ("v4 merge from v2 + v3"). Its text is
      // recorded again from what stays; keeping it would leave the lineage broken for good.
      drop.set(m.file, input.madeHere(m.file)
        ? `names ${missing.prompt} v${missing.version}, a version this branch does not hold (a copy another branch's record brought): its text is recorded again from this branch's versions`
        : 'copied from another branch without the versions it descends from');
      keys.delete(refKey(m));
      changed = true;
    }
  }
  mutations = mutations.filter((m) => !drop.has(m.file));

  const restoredKeys = new Set(restored.filter((m) => !drop.has(m.file)).map((m) => pairKey(m.file)));
  const droppedKeys = new Set([...drop.keys()].map(pairKey));
  const restore = [
    ...restored.filter((m) => !drop.has(m.file)).map((m) => m.file),
    ...input.deleted.checkpoints.filter((c) => restoredKeys.has(pairKey(c.file))).map((c) => c.file),
  ];
  for (const c of input.checkpoints) if (droppedKeys.has(pairKey(c.file))) drop.set(c.file, drop.get(`vault/mutations/${pairKey(c.file)}`) ?? 'its mutation log is dropped');
  for (const file of [...drop.keys()]) if (!input.mutations.some((m) => m.file === file) && !input.checkpoints.some((c) => c.file === file)) drop.delete(file);

  // Audits: deleted ones of this branch come back; copies stay where the commit holds their text.
  // An audit whose text the next audit of the same clause, held by the same commit,
  // starts from was folded into by a fixup or squash (as for prompts' `folded`): a newcomer's
  // `--autosquash` was told "amended without the hook (`--no-verify`)", or "recorded on another branch".
  // Judged from a text the commit that holds it does not start from: commits folded into one hold it.
  const fromAnotherText = (a: Stored<Audit>) => input.textBeforeAdded?.has(a.file) === true && input.textBeforeAdded.get(a.file) !== a.previous_hash;
  // Added by the same commit (the text each was added where is that commit's).
  const heldTogether = (a: Stored<Audit>, o: Stored<Audit>) => input.textWhereAdded.get(o.file) === input.textWhereAdded.get(a.file);
  const foldedInto = (a: Stored<Audit>) => input.audits.some((o) => o !== a && o.clause === a.clause && o.previous_hash === a.new_hash && heldTogether(a, o) && fromAnotherText(o));
  restore.push(...input.deleted.audits.filter((a) => input.madeHere(a.file)).map((a) => a.file));
  for (const a of input.audits) {
    if (input.madeHere(a.file)) continue;
    if (input.textWhereAdded.get(a.file) !== a.new_hash) drop.set(a.file, foldedInto(a) ? FOLDED_AUDIT : input.firstAttempts?.has(a.file) ? `an audit ${FIRST_ATTEMPT}` : 'an audit recorded on another branch of a clause text no commit of this branch holds (copied by a cherry-pick or rebase, or brought by a squash merge made without the hook)');
    // The right text, from the wrong one: commits folded into one (a `fixup` or `squash` of `git
    // rebase -i`, `--autosquash`) hold each one's audit, and the last one's new text is the fold's,
    // but it judged the change from the text before it, not from the fold's parent. Kept, it said
    // "90 -> 75 days: no regression" for a commit that changes 60 to 75 days; gone, the change is
    // audited again from the parent's text when repair records the current texts.
    else if (fromAnotherText(a)) drop.set(a.file, 'an audit of a change from a text the commit that holds it does not start from (commits folded into one: a fixup or squash of `git rebase -i`): the change is audited again from that commit\'s parent');
  }
  // The audit of a change back from a flagged change this branch does not hold (a squash merge made
  // without the hook brings a branch's change and its revert in one commit; the change's audit goes
  // above): its `reverts` would name an audit that is not here, and it undoes a change never made here.
  const kept = new Set([...input.audits.filter((a) => !drop.has(a.file)), ...input.deleted.audits.filter((a) => restore.includes(a.file))].map((a) => a.id));
  for (const a of input.audits) {
    if (input.madeHere(a.file) || drop.has(a.file) || !a.reverts || kept.has(a.reverts)) continue;
    drop.set(a.file, `an audit recorded on another branch of a change back from audit ${a.reverts}, which this branch does not hold (a squash merge brought the change and its revert in one commit): it undoes a change never made here`);
  }
  return { restore, drop };
}

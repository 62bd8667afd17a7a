// A clause moved (`git mv`, or new codex globs giving its path another id) is audited under its
// new id, with `renamed_from` naming the old id and `previous_hash` the text it had there: the old
// id's chain of audits goes on under the new one. The old id then has no file and its last audit
// is no deletion; `check` and `record --all` read that as a move, not as a clause deleted without
// the hook (which they reported, and a resync audited as a flagged deletion). Pure.
import type { Audit } from '../schema/records.ts';

/** Old id -> the texts (`previous_hash`) audits of other ids moved it on from. */
export type ClauseMoves = Map<string, Set<string | null>>;

/** The moves `audits` record, read once for every id asked about. */
export function clauseMoves(audits: readonly Pick<Audit, 'clause' | 'renamed_from' | 'previous_hash'>[]): ClauseMoves {
  const moves: ClauseMoves = new Map();
  for (const audit of audits) {
    if (audit.renamed_from === undefined || audit.renamed_from === audit.clause) continue;
    const from = moves.get(audit.renamed_from);
    if (from) from.add(audit.previous_hash);
    else moves.set(audit.renamed_from, new Set([audit.previous_hash]));
  }
  return moves;
}

/** Whether every tip of `clause`'s chain (auditTips) is a deletion, or a text a move took on under another id. */
export function movedOrDeleted(clause: string, tips: readonly Pick<Audit, 'new_hash'>[], moves: ClauseMoves): boolean {
  const movedFrom = moves.get(clause);
  return tips.every((tip) => tip.new_hash === null || movedFrom?.has(tip.new_hash) === true);
}

/**
 * `clause` and the ids it was moved from, followed back through the audits' `renamed_from`: the
 * ids whose flagged audits a change back of `clause` may name in `reverts` (never another clause's).
 */
export function idsMovedInto(clause: string, audits: readonly Pick<Audit, 'clause' | 'renamed_from'>[]): Set<string> {
  const ids = new Set([clause]);
  for (let grew = true; grew;) {
    grew = false;
    for (const audit of audits) {
      if (audit.renamed_from && ids.has(audit.clause) && !ids.has(audit.renamed_from)) {
        ids.add(audit.renamed_from);
        grew = true;
      }
    }
  }
  return ids;
}

import type { Audit } from '../schema/records.ts';

// Which of two audits of a clause came later. An audit's id is its commit's second
// ("20261205T100129Z-") then a digest, so two commits of the clause in one second (a script, a
// rebase, a bot) were ordered by their digests: the audit of a clause's creation could sort after
// the flagged edit made on top of it in the same second, and was then read as that edit's undoing
// (a rejected regression still in the clause closed the gate). Within one second the commits that
// added the audits say the order, where a command has read them (`added_rank`, from
// audit-commit-order-git.ts: check and review); else the texts do: the audit that continues from
// the other's new text came after it. The texts order only neighbours: the first and third of a
// chain continue from neither, and only ids were left to order them (session 24).

type OrderLike = Pick<Audit, 'id'> & Partial<Pick<Audit, 'previous_hash' | 'new_hash'>> & {
  /**
   * Where the commit that added the audit's file stands in its history, larger for later (a
   * descendant always above its ancestors); absent when not read or not committed.
   */
  added_rank?: number;
};

/** The second an audit's id names ("20261205T100129Z"); an id of another shape is its own. */
export function secondOf(id: string): string {
  return /^\d{8}T\d{6}Z(?=-)/.exec(id)?.[0] ?? id;
}

/** Whether `b` continues from `a`'s text (and not also the other way round, a change and its undoing). */
function continues(a: OrderLike, b: OrderLike): boolean {
  return b.previous_hash != null && b.previous_hash === a.new_hash && !(a.previous_hash != null && a.previous_hash === b.new_hash);
}

/** Whether audit `b` came after audit `a`: by the second, then by the commits that added them, then by the texts, then by id. */
export function isLaterAudit(a: OrderLike, b: OrderLike): boolean {
  const sa = secondOf(a.id);
  const sb = secondOf(b.id);
  if (sa !== sb) return sb > sa;
  if (a.added_rank !== undefined && b.added_rank !== undefined && a.added_rank !== b.added_rank) return b.added_rank > a.added_rank;
  if (continues(a, b)) return true;
  if (continues(b, a)) return false;
  return b.id > a.id;
}

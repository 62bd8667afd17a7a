// A flagged clause change and the audit of its change back (`reverts` naming it), as `check` reads
// them after a squash merge made without the hook (GitHub's "Squash and merge"): the branch's commits
// changed the clause, had it rejected and changed it back; the squash brings both audits in one
// commit whose clause text never held the flagged one. Read as an open regression, that asked a
// reviewer to review again a change the branch never got. Which pairs came in one commit is for the
// caller to ask git; these are the candidates, and the links to audits that are gone. Pure.
import type { Audit } from '../schema/records.ts';
import { idsMovedInto } from './moved-clauses.ts';

type RevertLike = Pick<Audit, 'clause' | 'id' | 'reverts' | 'regression_flag'> & Partial<Pick<Audit, 'renamed_from'>> & { file: string };

// (`reverts` names an audit by id, of the same clause or of the id the clause had before a move.)

/** Each flagged audit with the audit that changed its clause back (whose `reverts` names it; an audit of another clause naming it is no change back). */
export function flaggedWithRevert<A extends RevertLike>(audits: readonly A[]): { change: A; back: A }[] {
  const flagged = new Map(audits.filter((audit) => audit.regression_flag).map((audit) => [audit.id, audit]));
  return audits.flatMap((back) => {
    const change = back.reverts ? flagged.get(back.reverts) : undefined;
    return change && (change.clause === back.clause || idsMovedInto(back.clause, audits).has(change.clause)) ? [{ change, back }] : [];
  });
}

/** Audits whose `reverts` names an audit that is not here (a squash left it out, or a copy came without it). */
export function revertsOfMissingAudits<A extends RevertLike>(audits: readonly A[]): A[] {
  const present = new Set(audits.map((audit) => audit.id));
  return audits.filter((audit) => audit.reverts && !present.has(audit.reverts));
}

// Node-only (git): the order of the commits that added audits of one clause in the same second,
// for audit-order.ts. Their ids share the second, and their texts order only neighbours of a
// chain; the commits' parentage orders them all. Read only where it decides something (two
// audits of a clause, or a move, in one second: a script, a rebase, a bot), with one walk of
// those clauses' audit folders; other audits are left as they are, at no cost.
import { listAddingCommits, type Repo } from '../git/index.ts';
import type { Audit } from '../schema/records.ts';
import { recordFolder } from '../vault/paths.ts';
import { secondOf } from './audit-order.ts';

type Ranked = Pick<Audit, 'id' | 'clause'> & Partial<Pick<Audit, 'renamed_from'>> & { file: string };

/**
 * `audits` with `added_rank` set on those that share a second with another audit of their clause
 * or with a move (the place in `ref`'s history, topologically, of the commit that added the file:
 * larger for later). An audit no commit of `ref` added (not committed yet, or cut off by a
 * shallow clone) gets none, and is ordered by its text and id as before.
 */
export async function rankSameSecondAudits<A extends Ranked>(repo: Repo, audits: readonly A[], ref = 'HEAD'): Promise<A[]> {
  const clauses = new Set<string>();
  for (const group of Map.groupBy(audits, (audit) => secondOf(audit.id)).values()) {
    if (group.length < 2) continue;
    const ids = group.map((audit) => audit.clause);
    const moved = group.filter((audit) => audit.renamed_from !== undefined && audit.renamed_from !== audit.clause);
    if (new Set(ids).size === ids.length && moved.length === 0) continue;
    for (const audit of group) clauses.add(audit.clause);
    for (const audit of moved) clauses.add(audit.renamed_from!);
  }
  if (clauses.size === 0) return [...audits];
  const adding = await listAddingCommits(repo, { ref, pathspecs: [...clauses].sort().map((clause) => `:(literal)${recordFolder('audit', clause)}`) });
  const ranks = new Map<string, number>();
  // Newest first: a file added more than once (a revert of its removal) takes its latest adding.
  adding.forEach(({ files }, index) => {
    for (const file of files) if (!ranks.has(file)) ranks.set(file, adding.length - index);
  });
  return audits.map((audit) => {
    const rank = clauses.has(audit.clause) ? ranks.get(audit.file) : undefined;
    return rank === undefined ? audit : { ...audit, added_rank: rank };
  });
}

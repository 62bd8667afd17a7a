// The newest audit of a clause in HEAD, as the guard's "through the hook" tests read it: each
// commit of theirs writes one audit of the clause, so the last id is the last commit's.
import { parse } from 'yaml';
import type { TestRepo } from './repo.ts';

/** The audit of `clauseId` in HEAD whose id sorts last, parsed. */
export function lastAuditAtHead(repo: TestRepo, clauseId: string): Record<string, any> {
  const audits = repo.filesAtHead(`vault/audits/${clauseId}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
  return audits.sort((a, b) => a.id.localeCompare(b.id)).at(-1)!;
}

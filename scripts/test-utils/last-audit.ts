// The newest audit of a clause in HEAD, as the guard's "through the hook" tests read it: each
// commit of theirs writes one audit of the clause, so the last id is the last commit's.
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { RunResult, TestRepo } from './repo.ts';

/** The audit of `clauseId` in HEAD whose id sorts last, parsed. */
export function lastAuditAtHead(repo: TestRepo, clauseId: string): Record<string, any> {
  const audits = repo.filesAtHead(`vault/audits/${clauseId}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>);
  return audits.sort((a, b) => a.id.localeCompare(b.id)).at(-1)!;
}

/**
 * A clause adopted in one commit (`before`, which must commit) and edited in the next (`after`),
 * through the hook, as the guard's round tests try a rewording beside its twin: the edit's commit
 * and its audit. `file` is the clause's path under `codex/`, its id the path without `.md`. New
 * tests use clauseEditAudits (clause-edit-audits.ts), whose failures name the edit; this stays for
 * tests written against it.
 */
export function adoptThenEdit(repo: TestRepo, file: string, before: string, after: string, dates: readonly [string, string]): { edited: RunResult; audit: Record<string, any> } {
  repo.write(file, before);
  expect(repo.commit(`adopt ${file}`, dates[0]).code).toBe(0);
  repo.write(file, after);
  const edited = repo.commit(`edit ${file}`, dates[1]);
  return { edited, audit: lastAuditAtHead(repo, file.replace(/^codex\//, '').replace(/\.md$/, '')) };
}

// Clause audits written by the hook: filled in by the regression guard.
import type { IndexChange, Repo } from '../../lib/git/index.ts';
import type { Config } from '../../lib/schema/config.ts';
import type { RecordWrite } from '../../lib/vault/write-fs.ts';

export interface AuditSummary {
  clause: string;
  id: string;
  regression_flag: boolean;
  reasons: string[];
}

export interface AuditInput {
  repo: Repo;
  config: Config;
  changes: IndexChange[];
  head: string | null;
  commitParents: string[];
  createdAt: string;
  versions: { prompt: string; version: number }[];
  writes: RecordWrite[];
  env: Record<string, string | undefined>;
}

export async function recordAudits(_input: AuditInput): Promise<AuditSummary[]> {
  return [];
}

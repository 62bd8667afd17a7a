// A prompt's lineage as `promptvault log <id> --json` prints it, for the suites that check what a
// hook, a resync or a repair recorded.
import type { LogEntry } from '../commands/log/index.ts';
import type { TestRepo } from './repo.ts';

/** `promptvault log <id> --json` in `repo`: the prompt's versions, newest first. */
export function logOf(repo: TestRepo, id: string): LogEntry[] {
  return JSON.parse(repo.cli(['log', id, '--json']).stdout) as LogEntry[];
}

/** Each version of that log as `v3 edit from v2` (a merge `from v2+v2`, a version 1 `from -`), newest first. */
export function lineageOf(repo: TestRepo, id: string): string[] {
  return logOf(repo, id).map(({ mutation: m }) => `v${m.version} ${m.kind} from ${m.parents.map((p) => `v${p.version}`).join('+') || '-'}`);
}

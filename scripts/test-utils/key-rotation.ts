// The story the reviewer-gate suites replay: Bob relaxes "rotate a leaked key within 24 hours" to
// "within 7 days" (flagged, number-changed), and who may then accept it. The cast commits as
// themselves; .promptvault.yaml names Dana and Bob as reviewers.
import { parse } from 'yaml';
import { as, type TestRepo } from './repo.ts';

export const BOB = as('Bob Author', 'bob@example.com');
export const DANA = as('Dana Lee', 'dana@example.com');
export const CAROL = as('Carol', 'carol@example.com');

/** .promptvault.yaml naming Dana (by name and email) and Bob (by email) as reviewers. */
export const REVIEWERS_CONFIG = 'review:\n  reviewers: ["Dana Lee <dana@example.com>", bob@example.com]\n';

/** The clause codex/security/key-rotation.md with its deadline ("within 24 hours"). */
export const keyRotationClause = (hours: string) => `---\ntitle: Key rotation\ntone: formal\n---\nThe assistant must tell operators to rotate a leaked key ${hours}.\n`;

/** The path of the flagged audit of security/key-rotation in HEAD, read from the working tree. */
export function flaggedKeyRotationAudit(repo: TestRepo): string {
  const files = repo.filesAtHead('vault/audits/security/key-rotation/');
  const flagged = files.find((file) => (parse(repo.read(file)) as { regression_flag: boolean }).regression_flag);
  if (!flagged) throw new Error('no flagged audit');
  return flagged;
}

// A clause weakened (flagged), then moved to another folder: its id changed, and the flagged audit
// stays under the id it had, where `check` names it. A reviewer who reads the clause's file today
// names it by its new id: `review privacy/customers` said the clause had no flagged audit, and
// with `--audit` that it had no such audit. It finds the audit made under the old id now.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { CAROL, createFlaggedChange, EVE } from '../../test-utils/rejected-change.ts';
import type { TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
let flagged = '';
/** The commit of the move: each test starts from it, so either runs alone (vitest -t) or after the other. */
let moved = '';

beforeAll(() => {
  ({ repo, flagged } = createFlaggedChange());
  repo.move('codex/customers.md', 'codex/privacy/customers.md');
  expect(repo.commit('move the clause to privacy', '2026-01-04', { env: EVE }).code).toBe(0);
  moved = repo.git(['rev-parse', 'HEAD']).stdout.trim();
});
beforeEach(() => {
  repo.git(['reset', '-q', '--hard', moved]);
});
afterAll(() => repo?.cleanup());

it('review by the moved clause\'s new id decides the audit made under its old id, and check counts it', () => {
  const before = repo.cli(['check']);
  expect(before.code).toBe(1);
  const reviewed = repo.cli(['review', 'privacy/customers', '--accept', '--note', 'describing is fine now'], { env: CAROL });
  expect(reviewed.code, reviewed.stderr).toBe(0);
  expect(reviewed.stdout).toContain(`accepted audit ${flagged} of privacy/customers (made under its earlier id customers)`);
  expect(reviewed.stdout).toContain(`vault/audits/customers/${flagged}.yaml is staged`);
  expect(repo.commit('Review: accept', '2026-01-05', { add: false, env: CAROL }).code).toBe(0);
  const after = repo.cli(['check']);
  expect(after.code, after.stdout).toBe(0);
});

it('review by the new id with --audit names the old id\'s audit too', () => {
  const reviewed = repo.cli(['review', 'privacy/customers', '--audit', flagged, '--reject', '--note', 'customers stay private'], { env: CAROL });
  expect(reviewed.code, reviewed.stderr).toBe(0);
  expect(reviewed.stdout).toContain(`rejected audit ${flagged} of privacy/customers (made under its earlier id customers)`);
});

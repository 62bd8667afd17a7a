// The account-numbers clause two review suites replay (an amend at a rebase's `edit` stop, a review
// carried by git onto the audit that replaced the one it decided): Dana's base rule, Eve's
// exception for a manager (the text Dana reviews), and Eve's wider one (the text nobody reviewed).
import { createClauseHistory } from './clause-history.ts';
import { as, type TestRepo } from './repo.ts';

export const EVE = as('Eve Park', 'eve@example.com');
export const DANA = as('Dana Lee', 'dana@example.com');

/** The clause's file (its id for `review` is `privacy`). */
export const ACCOUNT_NUMBERS_FILE = 'codex/privacy.md';

/** The rule at each step, as an audit's versions hold it: the base, the exception Dana reviews, the wider one Eve amends it to. */
export const RULE = {
  base: 'Staff must never share account numbers with anyone but the account holder.\n',
  reviewed: 'Staff must never share account numbers with anyone but the account holder unless a manager approves.\n',
  amended: 'Staff must never share account numbers with anyone but the account holder unless any colleague approves.\n',
} as const;

/** The clause file holding `rule`. */
export function accountNumbersClause(rule: string): string {
  return `---\ntitle: Account numbers\ntone: formal\n---\n${rule}`;
}

/** A repository naming Dana as reviewer, with the base rule committed on main (2026-01-02). */
export function createAccountNumbersRepo(): TestRepo {
  return createClauseHistory(['Dana Lee <dana@example.com>'], ACCOUNT_NUMBERS_FILE, [{ date: '2026-01-02', subject: 'add the privacy clause', text: accountNumbersClause(RULE.base) }]);
}

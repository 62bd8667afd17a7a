// The history of the deferred-pick tests (commands/repair/cherry-pick-*.test.ts): two prompts
// committed on main; a `feat` branch changes the refund prompt, then the invoice prompt; main
// changes the refund prompt too; `git cherry-pick -x feat~1 feat` stops on the refund conflict,
// with one pick to follow. Fixed dates, through the real hooks.
import { expect } from 'vitest';
import { promptFile, type RunResult, type TestRepo } from './repo.ts';

export const REFUND = 'prompts/support/refund.md';
export const INVOICE = 'prompts/billing/invoice.md';
export const refund = (...lines: string[]) => promptFile({ title: 'Refund' }, ['Help the customer with a refund.', ...lines].join('\n'));
export const invoice = (...lines: string[]) => promptFile({ title: 'Invoice' }, ['Explain the invoice line by line.', ...lines].join('\n'));

/** The two prompts, committed on 2026-01-01. */
export function commitBothPrompts(repo: TestRepo): void {
  repo.write(REFUND, refund());
  repo.write(INVOICE, invoice());
  expect(repo.commit('prompts', '2026-01-01').code).toBe(0);
}

/** On a repository where commitBothPrompts ran: the branch, main's change, and the two picks, stopped at the first; the cherry-pick's result. */
export function pickTwoFirstConflicting(repo: TestRepo): RunResult {
  repo.git(['checkout', '-q', '-b', 'feat']);
  repo.write(REFUND, refund('Feature line.'));
  expect(repo.commit('refund: feature', '2026-01-02').code).toBe(0);
  repo.write(INVOICE, invoice('Name the tax on each line.'));
  expect(repo.commit('invoice: tax', '2026-01-03').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.write(REFUND, refund('Main line.'));
  expect(repo.commit('refund: main', '2026-01-04').code).toBe(0);
  return repo.git(['cherry-pick', '-x', 'feat~1', 'feat'], { date: '2026-01-05' });
}

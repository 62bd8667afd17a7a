// The repair tests' prompt: a refund procedure whose paragraphs are its steps ("First, greet."),
// so that an edit of one step changes one paragraph and a rebase's conflicts fall where a test
// puts them.
import { expect } from 'vitest';
import type { TestRepo } from './repo.ts';

export const REFUND_PROMPT = 'prompts/refund.md';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth'];

/** The refund prompt's text with these steps, one paragraph each. */
export function refundSteps(...steps: string[]): string {
  return `---\ntitle: Refund\n---\n${steps.map((step, i) => `${ORDINALS[i]}, ${step}.`).join('\n\n')}\n`;
}

/** Writes the refund prompt with these steps and commits it through the hook, which must let it pass. */
export function commitRefundSteps(repo: TestRepo, steps: readonly string[], message: string, date: string): void {
  repo.write(REFUND_PROMPT, refundSteps(...steps));
  const result = repo.commit(message, date);
  expect(result.code, result.stderr).toBe(0);
}

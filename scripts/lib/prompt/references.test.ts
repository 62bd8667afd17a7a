import { describe, expect, it } from 'vitest';
import { parsePrompt } from './parse.ts';
import { checkReferences, indexIds } from './references.ts';

// A history's first commits often cite clauses the codex gets later: backfill then reports the
// unknown id, and its expected value offered "support/refund" (a made-up prompt id) as a clause.
const refund = parsePrompt(Buffer.from('---\ntitle: Refund\ncodex: [refunds/limit]\n---\nHelp with refunds.\n'), 'prompts/support/refund.md', 'support/refund');

describe('a codex reference when no clause exists yet', () => {
  it('says there is no clause yet instead of offering a prompt id as an example', () => {
    if (!refund.ok) throw new Error('the fixture prompt did not parse');
    const problems = checkReferences(refund.value, indexIds([{ path: 'prompts/support/refund.md', id: 'support/refund', kind: 'prompt' }]));
    expect(problems.map((problem) => [problem.code, problem.expected])).toEqual([['codex-unknown', 'an existing clause id, and there is no clause yet']]);
  });

  it('still names the nearest clause when there are some', () => {
    if (!refund.ok) throw new Error('the fixture prompt did not parse');
    const problems = checkReferences(refund.value, indexIds([{ path: 'codex/refunds/limits.md', id: 'refunds/limits', kind: 'clause' }]));
    expect(problems.map((problem) => problem.expected)).toEqual(['an existing clause id, e.g. "refunds/limits"']);
  });
});

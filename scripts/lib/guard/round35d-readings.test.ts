// Round 35d (issue 11): the tuning set's misses of kind `condition` read as classes. A gate said
// the other way round whose condition now waits for another thing (one word replaced by a word
// naming another act, or by its opposite), and a negative adjective of a case said as a "with"
// phrase naming its base. Each beside a twin that keeps the rule; the gate is also driven through
// a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { findGateCasesReplaced } from './reason-gate-case-replaced.ts';
import { findNegativesTurned } from './reason-negative-turned.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a gate turned round whose condition waits for another thing', () => {
  it('reads the condition\'s word replaced once the new gate is said in the old form, and a linked word as kept', () => {
    const [reason] = findGateCasesReplaced('Sleds must not start down the bobsleigh run until the timing gate is armed.', 'Sleds only start down the bobsleigh run once the timing gate is painted.', lexicon);
    expect(reason?.message).toContain('now waits for "painted" where it waited for "armed"');
    expect(findGateCasesReplaced('Do not launch a kite buggy until the marshal has raised the green flag.', 'Launch a kite buggy only once the marshal has hoisted the green flag.', lexicon)).toEqual([]);
    // Said in the same form, the swap is the one-word reading's, not this one's.
    expect(findGateCasesReplaced('Sleds must not start down the run until the gate is armed.', 'Sleds must not start down the run until the gate is painted.', lexicon)).toEqual([]);
  });

  it('flags the condition replaced or turned to its opposite and passes the gate turned with its condition kept', async () => {
    expect(await codes('Do not launch a kite buggy until the marshal has raised the green flag.', 'Launch a kite buggy only once the marshal has lowered the green flag.')).toEqual(['condition-changed']);
    expect(await codes('Sleds must not start down the bobsleigh run until the timing gate is armed.', 'Sleds only start down the bobsleigh run once the timing gate is painted.')).toEqual(['condition-changed']);
    expect(await codes('Do not launch a kite buggy until the marshal has raised the green flag.', 'Launch a kite buggy only once the marshal has hoisted the green flag.')).toEqual([]);
    expect(await codes('Sleds must not start down the bobsleigh run until the timing gate is armed.', 'Sleds only start down the bobsleigh run once the timing gate is armed.')).toEqual([]);
  });
});

describe('a negative adjective of a case said as a "with" phrase naming its base', () => {
  it('reads the negation gone when no negation came, and kept when "without" or "no" says it', () => {
    expect(findNegativesTurned('Refuse any clock that is brought in unlabelled.', 'Refuse any clock that is brought in with a label.')[0]?.message).toContain('"unlabelled" is now said as "with a label"');
    expect(findNegativesTurned('Refuse any clock that is brought in unlabelled.', 'Refuse any clock that is brought in with no label on it.')).toEqual([]);
    expect(findNegativesTurned('Send back any climbing harness that arrives untested.', 'Send back any climbing harness that arrives without a test record.')).toEqual([]);
  });

  it('flags the case turned and passes the negation spelled out', async () => {
    expect(await codes('Send back any climbing harness that arrives untested.', 'Send back any climbing harness that arrives with a test record.')).toEqual(['negation-removed']);
    expect(await codes('Send back any climbing harness that arrives untested.', 'Send back any climbing harness that arrives without a test record.')).toEqual([]);
    expect(await codes('Remove any kite left unattended on the beach.', 'Remove any kite left on the beach with nobody attending it.')).toEqual([]);
  });
});

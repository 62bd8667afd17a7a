// Round 17a (issue 11): faithful edits the guard flagged, each read by what the rule says rather
// than by its words, and the near-misses of each reading that must still flag.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
/** The codes of the reasons that flag the edit, read as the hook reads it. */
async function flagging(previous: string, next: string): Promise<string[]> {
  const result = await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder });
  return result.regression_flag ? result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code) : [];
}

describe('a duty\'s trigger widened by a whole clause', () => {
  it('reads "if A" -> "if A or <a clause of its own>" on a duty as stricter, and the same "or" on a permission or an exception as looser', async () => {
    expect(await flagging('Stop the conveyor if a worker pulls the cord.', 'Stop the conveyor at once if a worker pulls the cord or the supervisor loses sight of the line.')).toEqual([]);
    expect(await flagging('Call the duty manager if a guest is injured.', 'Call the duty manager if a guest is injured or a member of staff sees a guest fall over.')).toEqual([]);
    expect(await flagging('Staff may leave early if the shop is empty.', 'Staff may leave early if the shop is empty or the manager has gone home for the day.')).not.toEqual([]);
    expect(await flagging('Do not serve alcohol unless the guest shows photo ID.', 'Do not serve alcohol unless the guest shows photo ID or a friend vouches for them.')).not.toEqual([]);
    expect(await flagging('Never enter the tank unless the oxygen reading is above 19%.', 'Never enter the tank unless the oxygen reading is above 19% or a supervisor is nearby.')).not.toEqual([]);
  });
});

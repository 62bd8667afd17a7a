// Round 19a (issue 11): false flags of v21 and of a generated history read as causes, each reading
// beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it. */
async function flagging(previous: string, next: string): Promise<string[]> {
  const result = await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder, lexicon });
  return result.regression_flag ? result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code) : [];
}

describe('a rule appended with a prohibition\'s verb contradicts it only when it does the forbidden act', () => {
  it('passes the same verb done to another thing, or said only in a case', async () => {
    expect(await flagging('Never shear a ewe in the last month of pregnancy.', 'Never shear a ewe in the last month of pregnancy. Shear the rams first.')).toEqual([]);
    expect(await flagging('Do not record riders\' lap times on personal phones.', 'Do not record riders\' lap times on personal phones. Record every crash in the incident book.')).toEqual([]);
    expect(await flagging('Never offer a discount code. Log every call.', 'Never offer a discount code. Log every call. Offer a callback when the queue is long.')).toEqual([]);
    expect(await flagging('Do not check personal social media during a shift.', 'Do not check personal social media during a shift. Close the ticket once the customer confirms.')).toEqual([]);
  });
  it('flags the act done to what the prohibition protects, to a pronoun, or overriding it outright', async () => {
    expect(await flagging('Never shear a ewe in the last month of pregnancy.', 'Never shear a ewe in the last month of pregnancy. Shear any ewe that is overheating, whatever the month.')).toContain('contradiction');
    expect(await flagging('Never share account balances over chat.', 'Never share account balances over chat. Share them when the customer asks.')).toContain('contradiction');
    expect(await flagging('Never lend a track bike to an unregistered rider.', 'Never lend a track bike to an unregistered rider. Lend one anyway if the coach agrees.')).toContain('contradiction');
    expect(await flagging('In-game currency cannot be refunded once it has been spent.', 'In-game currency cannot be refunded once it has been spent. Players who regret a purchase within a week get their money back in full regardless.')).toContain('contradiction');
  });
});

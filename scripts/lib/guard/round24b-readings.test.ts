// Round 24b (issue 11): the largest recurring classes of the pooled misses of the blind sets
// v20-v25, read as kinds of English, each reading beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a duty stated plainly, replaced by another statement about the same subject', () => {
  it('flags the demand replaced when the sentences are too far apart to pair, a whole rewrite included', async () => {
    expect(await flagging('Impressions that arrive cracked are returned to the surgery with a note asking for a new mould.', 'Impressions that arrive cracked are patched with wax and cast as usual.')).toContain('semantic-drift');
    expect(await flagging('Samples that arrive warm are logged as compromised and the client is asked to resample.', 'Samples that arrive warm are put in the fridge overnight and tested as normal the next day.')).toContain('semantic-drift');
  });

  it('flags the demand replaced in a sentence paired with the old one, a grant in its place included', async () => {
    expect(await flagging('Fish delivered above 5 degrees are rejected at the door and the supplier is told.', 'Fish delivered above 5 degrees are sold off cheaply at the end of the morning.')).toContain('semantic-drift');
    expect(await flagging('Items left at the reuse shop are checked by staff before they are put on sale.', 'Items left at the reuse shop may be taken for free by anyone who is on site.')).toContain('semantic-drift');
  });

  it('keeps the same demand said in other words, and a stricter one', async () => {
    expect(await flagging('Impressions that arrive cracked are returned to the surgery with a note asking for a new mould.', 'Impressions that arrive cracked go back to the surgery, with a note requesting a fresh mould.')).toEqual([]);
    expect(await flagging('Overgrown plots are photographed and their tenants sent a first warning letter.', 'Overgrown plots are photographed, and a first warning letter is sent to the tenant.')).toEqual([]);
    expect(await flagging("Taxi drivers' licences are checked against the council register every quarter.", "Taxi drivers' licences are verified against the council's register every three months.")).toEqual([]);
    expect(await flagging('Fish delivered above 5 degrees are rejected at the door and the supplier is told.', 'Fish delivered above 5 degrees are rejected at the door, and the supplier is told in writing the same day.')).toEqual([]);
  });
});

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

describe('the care a rule showed the person replaced by telling them something', () => {
  it('flags one word of care gone, none left, and a verb of telling new to the clause', async () => {
    expect(await flagging('If a trainee drops the bike, make sure they are unhurt, reassure them that it happens to most learners, and let them take a short break.', 'If a trainee drops the bike, check the bike for damage and tell them any repairs come out of their deposit.')).toContain('tone-care-dropped');
    expect(await flagging('When a passenger misses the last bus, sympathise and give them the number of the night taxi service.', 'When a passenger misses the last bus, inform them that the timetable is posted at every stop.')).toContain('tone-care-dropped');
    expect(await flagging('If a child is hurt, stay with them, comfort them and their parent, and call the first aider.', 'If a child is hurt, call the first aider and remind the parent that they signed the waiver.')).toContain('tone-care-dropped');
  });

  it('keeps care said in other words beside the telling, a telling forbidden, and "patients" read as people', async () => {
    expect(await flagging('When a learner swimmer panics in the deep end, calmly talk them back to the side.', 'When a learner swimmer panics in the deep end, stay calm and tell them gently how to get back to the side.')).toEqual([]);
    expect(await flagging('If a tenant reports damp, reassure them that we will inspect within a week.', 'If a tenant reports damp, put their mind at ease: tell them we will inspect within a week.')).toEqual([]);
    expect(await flagging('Greet families politely and offer them a seat.', 'Say good morning to families and offer them a seat.')).toEqual([]);
    expect(await flagging('Audiologists may see up to eight patients a day.', 'An audiologist may see no more than eight people a day; tell anyone else to book for tomorrow.')).not.toContain('tone-care-dropped');
  });
});

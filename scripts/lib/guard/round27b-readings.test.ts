// Round 27b (issue 11): the pooled misses of v20-v29 read as kinds of English, each reading beside
// the twin that must keep its verdict: one word of a rule (its act, or the thing it acts on)
// replaced by a word that names another act or thing, every other word kept.
import { describe, expect, it } from 'vitest';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('one word of a rule replaced by a word naming another act or thing', () => {
  it('flags an act or a thing swapped for one the dictionary does not link, the frame kept', async () => {
    expect(await flagging('Sterilise the piercing needles after every client.', 'Sharpen the piercing needles after every client.')).toContain('semantic-drift');
    expect(await flagging('Keep the kiln firing log up to date for every batch.', 'Keep the kiln sales log up to date for every batch.')).toContain('semantic-drift');
    expect(await flagging('The sexton must record each burial in the parish register.', 'The sexton must record each wedding in the parish register.')).toContain('semantic-drift');
  });

  it('keeps a synonym, a broader or narrower word, and a word of the same parent', async () => {
    expect(await flagging('Sterilise the piercing needles after every client.', 'Disinfect the piercing needles after every client.')).toEqual([]);
    expect(await flagging('Grooms must disinfect the stable buckets every evening.', 'Grooms must sanitise the stable buckets every evening.')).toEqual([]);
    expect(await flagging('Keep the boiler maintenance log up to date.', 'Keep the boiler service log up to date.')).toEqual([]);
    expect(await flagging('Keep the allotment gate padlocked outside opening hours.', 'Keep the allotment gate locked outside opening hours.')).toEqual([]);
  });

  it('leaves people, verbs of telling, levels and amounts to their own readings', () => {
    // Parties are reworded with words WordNet does not link ("staff"/"crew"); the party readings read them.
    expect(wordReplaced('Ask the staff to lock the stockroom at night.', 'Ask the crew to lock the stockroom at night.', lexicon)).toBeNull();
    expect(wordReplaced('Tell the parents when the coach is late.', 'Remind the parents when the coach is late.', lexicon)).toBeNull();
    // A colour is a level on a warning scale (reason-level.ts).
    expect(wordReplaced('Close the beach when the flag is red.', 'Close the beach when the flag is amber.', lexicon)).toBeNull();
    // A frame of fewer than three words kept says too little of the rule.
    expect(wordReplaced('Calibrate the scales.', 'Clean the scales.', lexicon)).toBeNull();
    expect(wordReplaced('Calibrate the weighbridge every 6 months.', 'Clean the weighbridge every 6 months.', lexicon)).toEqual({ gone: 'calibrate', came: 'clean' });
  });
});

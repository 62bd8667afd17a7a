// Round 23b (issue 11): v24's misses and the misses foreseen from the issue's kinds, read as kinds
// of English (a thing's kind swapped before its noun, an outcome said as an attempt, a share in
// words, an "only" set added to, a count dropped to one, a ban turned to advice, two parties
// exchanged in every place they are named, a case made more extreme), each reading beside the twin
// that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('the word that picks out a kind of thing, swapped before the kept noun', () => {
  it('flags "the certified scale" -> "the kitchen scale" and "the locked freezer" -> "the spare freezer"', async () => {
    expect(await flagging('Every truffle found is weighed on the certified scale in the barn.', 'Every truffle found is weighed on the kitchen scale in the barn.')).toContain('object-replaced');
    expect(await flagging('Keep the reagents in the locked cupboard in the prep room.', 'Keep the reagents in the spare cupboard in the prep room.')).toContain('object-replaced');
  });

  it('keeps a noun said in the plural, a word that names no kind, and a grant', async () => {
    expect(await flagging('Weigh each parcel on the calibrated scale before you print the label.', 'Weigh each parcel on the calibrated scales before you print the label.')).toEqual([]);
    expect(await flagging('Staff sign in at the main desk before the first class.', 'Staff sign in at the usual desk before the first class.')).toEqual([]);
    expect(await flagging('Guests may use the hotel pool until ten at night.', 'Guests may use the rooftop pool until ten at night.')).toEqual([]);
  });
});
